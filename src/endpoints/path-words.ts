import type { OwnerScope } from '../catalog/types.js'
import { allEndpoints } from './endpoint-table.js'
import type { Endpoint } from './endpoint-table.js'
import type { PermissionSet } from './permission-sets.js'

/** What GitHub's data says the endpoints under one path word need. */
export interface PathWordUse {
  readonly scope: OwnerScope
  /** The path the endpoints share: `/repos/{owner}/{repo}/pulls`. */
  readonly under: string
  readonly endpoints: number
  /**
   * The alternatives every endpoint under the word takes, when they all
   * take the same (`[{issues}, {pull_requests}]` for milestones).
   */
  readonly sameSets?: readonly PermissionSet[]
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
  // word -> "scope under" -> endpoints
  const grouped = new Map<string, Map<string, Endpoint[]>>()
  for (const endpoint of allEndpoints()) {
    for (const [prefix, scope] of OWNER_PREFIXES) {
      if (!endpoint.path.startsWith(prefix)) continue
      const under = resourcePath(prefix, endpoint.path)
      if (!under) continue
      const word = wordKey(under.slice(under.lastIndexOf('/') + 1))
      const byScope = grouped.get(word) ?? new Map<string, Endpoint[]>()
      grouped.set(word, byScope)
      byScope.set(`${scope} ${under}`, [
        ...(byScope.get(`${scope} ${under}`) ?? []),
        endpoint,
      ])
    }
  }
  const built = new Map<string, PathWordUse[]>()
  for (const [word, byScope] of grouped) {
    built.set(
      word,
      [...byScope].map(([key, endpoints]) => {
        const [scope, under] = key.split(' ') as [OwnerScope, string]
        return use(scope, under, endpoints)
      }),
    )
  }
  return built
}

/**
 * The resource path of an endpoint: the owner prefix and its first word
 * (`/orgs/{org}/hooks`), two words for the Actions API, which nests all
 * (`/repos/{owner}/{repo}/actions/runners`). Undefined: no word follows.
 */
function resourcePath(prefix: string, path: string): string | undefined {
  const segments = path.slice(prefix.length).split('/')
  const [first, second] = segments
  if (!first || first.startsWith('{')) return undefined
  if (first === 'actions' && second && !second.startsWith('{'))
    return `${prefix}${first}/${second}`
  return `${prefix}${first}`
}

const setKey = (sets: readonly PermissionSet[]) =>
  JSON.stringify(sets.map((set) => Object.keys(set).sort()))

function use(
  scope: OwnerScope,
  under: string,
  endpoints: readonly Endpoint[],
): PathWordUse {
  const counts = new Map<string, number>()
  for (const endpoint of endpoints) {
    const accepted = new Set(endpoint.sets.flatMap((set) => Object.keys(set)))
    for (const permission of accepted)
      counts.set(permission, (counts.get(permission) ?? 0) + 1)
  }
  const first = endpoints[0]!.sets
  const same = endpoints.every((e) => setKey(e.sets) === setKey(first))
  return {
    scope,
    under,
    endpoints: endpoints.length,
    ...(same && first.length > 0 ? { sameSets: first } : {}),
    permissions: [...counts].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    ),
  }
}

let segments: ReadonlySet<string> | undefined

/**
 * Every literal segment of the REST data's paths, in normalizeName form:
 * words of their own (`contexts`, `reactions`), never typos of a name.
 */
export function pathSegments(): ReadonlySet<string> {
  segments ??= new Set(
    allEndpoints().flatMap((endpoint) =>
      endpoint.path
        .split('/')
        .filter((segment) => segment !== '' && !segment.startsWith('{'))
        .map(wordKey),
    ),
  )
  return segments
}

/**
 * What the REST endpoints of the resource `word` names right after the
 * owner (`/repos/{owner}/{repo}/pulls/...`, `/orgs/{org}/hooks`,
 * `/user/starred`, `/repos/{owner}/{repo}/actions/runners`) need, per
 * resource path; `word` in normalizeName form. Empty: no such resource.
 */
export function pathWordUses(word: string): readonly PathWordUse[] {
  index ??= buildIndex()
  return index.get(word) ?? []
}
