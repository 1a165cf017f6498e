import { ACCESS_LEVELS } from '../catalog/types.js'
import type { AccessLevel } from '../catalog/types.js'

/** Permission name to the least level it must have. */
export type PermissionSet = Readonly<Record<string, AccessLevel>>

/** One line of GitHub's data: an endpoint listed under a permission. */
export interface DataEntry {
  readonly permission: string
  readonly access: AccessLevel
}

/**
 * How sure the sets are. `exact`: the data says it (one permission, no
 * additional ones). `inferred`: the data's `additional-permissions` mark
 * hides the structure, rebuilt here from evidence (see below). `assumed`: no
 * evidence, so every listed permission is required together, which is enough
 * but may ask for more than needed. `unpublished`: the endpoint works with
 * fine-grained tokens, but the data names no permission for it.
 */
export type Certainty = 'exact' | 'inferred' | 'assumed' | 'unpublished'

export interface EndpointSets {
  /** Alternatives: a token holding every permission of any one set may call. */
  readonly sets: readonly PermissionSet[]
  readonly certainty: Certainty
}

/*
 * What `additional-permissions` means. github/docs builds the data from
 * GitHub's internal list of permission sets per operation
 * (src/github-apps/scripts/sync.ts): it writes one entry per permission of
 * each set and marks all entries of an operation with
 * `additional-permissions: true` when the operation has more than one set OR
 * a set of more than one permission (`calculateAdditionalPermissions`). It
 * then drops `metadata` from such operations and permissions hidden from or
 * excluded for fine-grained tokens. The docs page says the same: "Some
 * endpoints require more than one permission. Other endpoints work with any
 * one permission from a set of permissions. In these cases, the 'Additional
 * permissions' column will include a checkmark."
 *
 * So a checkmark does not say "required together": alternatives and
 * combined permissions look the same. The data bears this out:
 * - No endpoint mixes marked and unmarked entries, and an unmarked endpoint
 *   always has exactly one entry (841 of 942): `exact`.
 * - The Copilot billing endpoints list organization_administration and
 *   organization_copilot_seat_management, both marked, yet GitHub's REST
 *   data (src/rest/data/fpt-2026-03-10/copilot.json @ 051718f2) gives them as
 *   two sets, [{Copilot Business: write}, {Administration: write}]: either
 *   one suffices.
 * - 39 issue endpoints list issues and pull_requests, both marked; the REST
 *   reference for "List issue comments for a repository" asks for "at least
 *   one of the following permission sets": Issues (read), Pull requests
 *   (read). Issue comments, labels and assignees serve pull requests too.
 * - PUT/DELETE contents, POST/PATCH git refs and POST/PATCH releases list
 *   contents twice and workflows once. A name appears once per set, so there
 *   are two sets: contents alone, and contents with workflows (for changes
 *   to files under .github/workflows).
 * - 32 endpoints have a single marked entry: its partner was dropped, mostly
 *   `metadata` (e.g. organization_secrets: write on .../repositories/{id}).
 *   Odd ones: GET /repos/{owner}/{repo}/stargazers and /subscribers list only
 *   contents: write, though GitHub Apps have always read them with metadata;
 *   the hidden set is most likely metadata alone.
 * - 8 other pairs on 17 endpoints (administration + contents on forks,
 *   administration + pages, members + administration on team repositories,
 *   codespaces + organization_codespaces, contents + pull_requests on GET
 *   .../pulls/{pull_number}, ...) have no evidence either way: `assumed`,
 *   like the single marked entries.
 */

/** Pairs of permissions that GitHub documents as alternatives. */
const ALTERNATIVE_GROUPS: readonly (readonly string[])[] = [
  ['issues', 'pull_requests'],
  ['organization_administration', 'organization_copilot_seat_management'],
]

/** 1 for read, 2 for write, 3 for admin: each includes the lower ones. */
export function levelRank(level: AccessLevel): number {
  return ACCESS_LEVELS.indexOf(level) + 1
}

function merge(entries: readonly DataEntry[]): Record<string, AccessLevel> {
  const set: Record<string, AccessLevel> = {}
  for (const { permission, access } of entries) {
    const held = set[permission]
    if (!held || levelRank(access) > levelRank(held)) set[permission] = access
  }
  return set
}

function inOneGroup(names: readonly string[]): boolean {
  return ALTERNATIVE_GROUPS.some((group) =>
    names.every((name) => group.includes(name)),
  )
}

/** The alternatives for one endpoint, from its entries in the data. */
export function permissionSets(
  entries: readonly DataEntry[],
  additional: boolean,
): EndpointSets {
  if (entries.length === 0) return { sets: [], certainty: 'unpublished' }
  if (!additional) {
    // Unmarked entries are each enough alone (the data has one at most).
    const sets = entries.map((entry) => merge([entry]))
    return { sets, certainty: 'exact' }
  }

  const names = entries.map((entry) => entry.permission)
  const repeated = names.filter((name, i) => names.indexOf(name) !== i)
  if (repeated.length > 0) {
    const alone = entries.filter((entry) => repeated.includes(entry.permission))
    return { sets: [merge(alone), merge(entries)], certainty: 'inferred' }
  }
  if (names.length > 1 && inOneGroup(names)) {
    const sets = entries.map((entry) => merge([entry]))
    return { sets, certainty: 'inferred' }
  }
  return { sets: [merge(entries)], certainty: 'assumed' }
}
