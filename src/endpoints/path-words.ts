import type { OwnerScope } from '../catalog/types.js'
import { allEndpoints } from './endpoint-table.js'
import type { Endpoint } from './endpoint-table.js'

/** What GitHub's data says the endpoints under one path word need. */
export interface PathWordUse {
  readonly scope: OwnerScope
  /** An endpoint path under the word, for the message. */
  readonly example: string
  readonly endpoints: number
  /**
   * Permissions with how many of the endpoints accept each (an endpoint
   * accepts a permission when one of its alternative sets names it), most
   * first. The first covers all endpoints when its count equals `endpoints`.
   */
  readonly permissions: ReadonlyArray<readonly [string, number]>
}

/** The owner part of a path, and whose resources follow it. */
const OWNER_PREFIXES: ReadonlyArray<readonly [string, OwnerScope]> = [
  ['/repos/{owner}/{repo}/', 'repository'],
  ['/orgs/{org}/', 'organization'],
  ['/user/', 'account'],
]

/** Path words as names compare: `interaction-limits` is `interaction_limits`. */
function wordKey(segment: string): string {
  return segment.toLowerCase().replace(/[^a-z0-9]+/g, '_')
}

let index: ReadonlyMap<string, readonly PathWordUse[]> | undefined

function buildIndex(): ReadonlyMap<string, readonly PathWordUse[]> {
  const grouped = new Map<string, Map<OwnerScope, Endpoint[]>>()
  for (const endpoint of allEndpoints()) {
    for (const [prefix, scope] of OWNER_PREFIXES) {
      if (!endpoint.path.startsWith(prefix)) continue
      const words = endpoint.path
        .slice(prefix.length)
        .split('/')
        .filter((segment) => segment !== '' && !segment.startsWith('{'))
      for (const word of new Set(words.map(wordKey))) {
        const byScope = grouped.get(word) ?? new Map<OwnerScope, Endpoint[]>()
        grouped.set(word, byScope)
        byScope.set(scope, [...(byScope.get(scope) ?? []), endpoint])
      }
    }
  }
  const built = new Map<string, PathWordUse[]>()
  for (const [word, byScope] of grouped) {
    built.set(
      word,
      [...byScope].map(([scope, endpoints]) => use(scope, endpoints)),
    )
  }
  return built
}

function use(scope: OwnerScope, endpoints: readonly Endpoint[]): PathWordUse {
  const counts = new Map<string, number>()
  for (const endpoint of endpoints) {
    const accepted = new Set(endpoint.sets.flatMap((set) => Object.keys(set)))
    for (const permission of accepted)
      counts.set(permission, (counts.get(permission) ?? 0) + 1)
  }
  const shortest = endpoints.reduce((a, b) =>
    b.path.length < a.path.length ? b : a,
  )
  return {
    scope,
    example: shortest.path,
    endpoints: endpoints.length,
    permissions: [...counts].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    ),
  }
}

/**
 * What the REST endpoints whose path holds `word` after the owner
 * (`/repos/{owner}/{repo}/pulls/...`, `/orgs/{org}/hooks`, `/user/starred`)
 * need, per owner scope; `word` in normalizeName form. Empty: no such word.
 */
export function pathWordUses(word: string): readonly PathWordUse[] {
  index ??= buildIndex()
  return index.get(word) ?? []
}
