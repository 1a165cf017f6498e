import { levelIncludes } from '../catalog/index.js'
import type { AccessLevel } from '../catalog/index.js'
import { allEndpoints, DATA_PERMISSIONS } from './endpoint-table.js'
import type { Endpoint } from './endpoint-table.js'
import { levelRank } from './permission-sets.js'
import type { PermissionSet } from './permission-sets.js'

/** Permissions with their levels, as a template grants them. */
export type Grant = Readonly<Record<string, AccessLevel>>

/** What an endpoint needs: any one of its sets. `Endpoint` is one. */
export type Requirement = Pick<Endpoint, 'id' | 'sets'>

export interface RequiredGrant<T extends Requirement> {
  /** The smallest grant that lets a token call every endpoint, by name. */
  readonly permissions: Grant
  /** The set chosen for each endpoint (empty when it needs nothing). */
  readonly choices: readonly { readonly endpoint: T; readonly set: Grant }[]
  /** Endpoints whose permissions GitHub's data does not publish. */
  readonly unpublished: readonly T[]
  /** `greedy` for lists too large to search exhaustively. */
  readonly search: 'exact' | 'greedy'
}

export interface MissingGrant<T extends Requirement> {
  readonly endpoint: T
  /** Permissions to add or raise, each at the level it must reach. */
  readonly add: Grant
}

export interface ExcessGrant {
  readonly permission: string
  readonly granted: AccessLevel
  /** The level the endpoints need, lower than granted; absent if none. */
  readonly needed?: AccessLevel
}

export interface GrantCheck<T extends Requirement> {
  readonly missing: readonly MissingGrant<T>[]
  /** Granted permissions, or levels, that no listed endpoint needs. */
  readonly excess: readonly ExcessGrant[]
  readonly unpublished: readonly T[]
}

// GitHub gives `metadata: read` to every token with repository access, so
// it never needs asking for and is never excess.
const IMPLIED = 'metadata'

// Above this many combinations of sets, pick greedily: about 15 endpoints
// with two alternatives each.
const EXACT_LIMIT = 1 << 15

const SCOPES = new Map(DATA_PERMISSIONS.map((p) => [p.name, p.scope]))

/** For each permission and level: how many endpoints it opens. */
let breadthTable: Map<string, number[]> | undefined

function breadthOf(name: string, rank: number): number {
  breadthTable ??= countBreadth()
  return breadthTable.get(name)?.[rank] ?? 0
}

function countBreadth(): Map<string, number[]> {
  const breadth = new Map<string, number[]>()
  for (const endpoint of allEndpoints()) {
    for (const { permission, access } of endpoint.entries) {
      const counts = breadth.get(permission) ?? [0, 0, 0, 0]
      for (let rank = levelRank(access); rank <= 3; rank++) counts[rank]! += 1
      breadth.set(permission, counts)
    }
  }
  return breadth
}

/** Whether `grant` holds every permission of `set` at its level or above. */
export function satisfies(grant: Grant, set: PermissionSet): boolean {
  return Object.entries(set).every(([name, level]) => {
    const held = grant[name]
    return held !== undefined && levelIncludes(held, level)
  })
}

function merge(grant: Grant, set: PermissionSet): Grant {
  const merged: Record<string, AccessLevel> = { ...grant }
  for (const [name, level] of Object.entries(set)) {
    const held = merged[name]
    if (!held || levelRank(level) > levelRank(held)) merged[name] = level
  }
  return merged
}

/** What `set` adds to `grant`: permissions missing or held too low. */
export function delta(grant: Grant, set: PermissionSet): Grant {
  const added: Record<string, AccessLevel> = {}
  for (const [name, level] of Object.entries(set)) {
    const held = grant[name]
    if (!held || !levelIncludes(held, level)) added[name] = level
  }
  return added
}

type Cost = readonly [number, number, number, number, string]

/**
 * Fewest permissions, then lowest levels, then repository over organization
 * permissions, then the narrowest ones (fewest endpoints opened), then names.
 */
function cost(grant: Grant): Cost {
  const names = Object.keys(grant).sort()
  let ranks = 0
  let organization = 0
  let breadth = 0
  for (const name of names) {
    const rank = levelRank(grant[name]!)
    ranks += rank
    if (SCOPES.get(name) === 'organization') organization += 1
    breadth += breadthOf(name, rank)
  }
  const key = names.map((name) => `${name}:${grant[name]}`).join(',')
  return [names.length, ranks, organization, breadth, key]
}

function compare(a: Cost, b: Cost): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] as number) - (b[i] as number)
    if (d !== 0) return d
  }
  return a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0
}

// Endpoints' sets are shared data: their candidates are worked out once.
const CANDIDATES = new WeakMap<readonly PermissionSet[], PermissionSet[]>()

/** The sets without `metadata`, minus those a smaller one makes pointless. */
function candidates(sets: readonly PermissionSet[]): PermissionSet[] {
  let found = CANDIDATES.get(sets)
  if (!found) {
    found = usefulSets(sets)
    CANDIDATES.set(sets, found)
  }
  return found
}

function usefulSets(sets: readonly PermissionSet[]): PermissionSet[] {
  const stripped = sets.map((set) =>
    Object.fromEntries(Object.entries(set).filter(([n]) => n !== IMPLIED)),
  )
  return stripped.filter(
    (set, i) =>
      !stripped.some(
        (other, j) =>
          j !== i && satisfies(set, other) && (!satisfies(other, set) || j < i),
      ),
  )
}

/**
 * The cheapest grant, extending `base`, that satisfies one candidate set of
 * every requirement: exhaustive with pruning (costs only grow as sets are
 * added), or greedy past EXACT_LIMIT combinations.
 */
function optimise(
  requirements: readonly (readonly PermissionSet[])[],
  base: Grant,
): { grant: Grant; search: 'exact' | 'greedy' } {
  const unique = new Map<string, readonly PermissionSet[]>()
  for (const sets of requirements) unique.set(JSON.stringify(sets), sets)
  const order = [...unique.values()].sort((a, b) => a.length - b.length)

  let combinations = 1
  for (const sets of order) combinations *= sets.length
  if (combinations > EXACT_LIMIT) {
    let grant = base
    for (const sets of order) {
      if (sets.some((set) => satisfies(grant, set))) continue
      const options = sets.map((set) => merge(grant, set))
      grant = options.reduce((a, b) => (compare(cost(b), cost(a)) < 0 ? b : a))
    }
    return { grant, search: 'greedy' }
  }

  let best: { grant: Grant; cost: Cost } | undefined
  const visit = (index: number, grant: Grant): void => {
    const here = cost(grant)
    if (best && compare(here, best.cost) >= 0) return
    const sets = order[index]
    if (!sets) {
      best = { grant, cost: here }
      return
    }
    if (sets.some((set) => satisfies(grant, set)))
      return visit(index + 1, grant)
    for (const set of sets) visit(index + 1, merge(grant, set))
  }
  visit(0, base)
  return { grant: best!.grant, search: 'exact' }
}

/** The cheapest of `sets` that `grant` satisfies, if any. */
function cheapestWithin(
  sets: readonly PermissionSet[],
  grant: Grant,
  from: Grant = {},
): PermissionSet | undefined {
  let chosen: PermissionSet | undefined
  for (const set of sets) {
    if (!satisfies(grant, set)) continue
    if (
      !chosen ||
      compare(cost(delta(from, set)), cost(delta(from, chosen))) < 0
    )
      chosen = set
  }
  return chosen
}

function sortGrant(grant: Grant): Grant {
  return Object.fromEntries(
    Object.keys(grant)
      .sort()
      .map((name) => [name, grant[name]!]),
  )
}

/**
 * The smallest set of `permission: level` that satisfies every endpoint,
 * choosing one of each endpoint's sets: fewest permissions, then lowest
 * levels, then repository permissions over organization ones. `metadata`
 * is left out: GitHub adds it to any token with repository access.
 */
export function requiredGrant<T extends Requirement>(
  endpoints: readonly T[],
): RequiredGrant<T> {
  const published = endpoints.filter((endpoint) => endpoint.sets.length > 0)
  const options = published.map((endpoint) => candidates(endpoint.sets))
  const { grant, search } = optimise(options, {})
  return {
    permissions: sortGrant(grant),
    choices: published.map((endpoint, i) => ({
      endpoint,
      set: cheapestWithin(options[i]!, grant)!,
    })),
    unpublished: endpoints.filter((endpoint) => endpoint.sets.length === 0),
    search,
  }
}

/**
 * Compares `granted` with what `endpoints` need: for each endpoint it does
 * not satisfy, the smallest addition that fixes it (chosen jointly, so one
 * addition may serve several); and each granted permission that no endpoint
 * needs, or whose level is higher than needed (write includes read, admin
 * includes write). Permissions the REST data does not know, such as
 * GraphQL-only ones, always come out as excess: callers may want to skip
 * those.
 */
export function checkGrant<T extends Requirement>(
  endpoints: readonly T[],
  granted: Grant,
): GrantCheck<T> {
  const published = endpoints.filter((endpoint) => endpoint.sets.length > 0)
  const options = published.map((endpoint) => candidates(endpoint.sets))
  const held = Object.fromEntries(
    Object.entries(granted).filter(([name]) => name !== IMPLIED),
  )

  // The cheapest additions to `held`, then the cheapest part of the result
  // that still satisfies everything: what the endpoints really use.
  const { grant: fixed } = optimise(options, held)
  const missing = published.flatMap((endpoint, i) => {
    if (options[i]!.some((set) => satisfies(held, set))) return []
    const set = cheapestWithin(options[i]!, fixed, held)!
    return [{ endpoint, add: sortGrant(delta(held, set)) }]
  })
  const usable = options.map((sets) => sets.filter((s) => satisfies(fixed, s)))
  const { grant: used } = optimise(usable, {})

  const excess: ExcessGrant[] = []
  for (const name of Object.keys(held).sort()) {
    const level = held[name]!
    const needed = used[name]
    if (!needed) excess.push({ permission: name, granted: level })
    else if (levelRank(level) > levelRank(needed))
      excess.push({ permission: name, granted: level, needed })
  }
  return {
    missing,
    excess,
    unpublished: endpoints.filter((endpoint) => endpoint.sets.length === 0),
  }
}
