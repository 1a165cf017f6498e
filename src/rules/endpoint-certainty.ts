import { grantDelta, grantSatisfies } from '../endpoints/index.js'
import type { Endpoint, Grant, PermissionSet } from '../endpoints/index.js'
import { describeGrant } from './template-endpoints.js'

// GitHub adds it to every token with repository access.
const IMPLIED = 'metadata'

const withoutImplied = (set: PermissionSet): PermissionSet =>
  Object.fromEntries(Object.entries(set).filter(([name]) => name !== IMPLIED))

/**
 * The other ways to satisfy the endpoint, as additions to `held`: its
 * other sets, without metadata and without those that hold a smaller one
 * (contents with workflows holds contents alone).
 */
export function alternativeGrants(
  endpoint: Endpoint,
  held: Grant,
  chosen: Grant,
): Grant[] {
  const sets = endpoint.sets
    .map(withoutImplied)
    .filter((set) => Object.keys(set).length > 0)
  const minimal = sets.filter(
    (set, i) =>
      !sets.some(
        (other, j) =>
          j !== i && grantSatisfies(set, other) && !grantSatisfies(other, set),
      ),
  )
  const seen = new Set([describeGrant(chosen)])
  return minimal
    .map((set) => grantDelta(held, set))
    .filter((added) => {
      const key = describeGrant(added)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/**
 * Why the permissions named for `endpoint` are not certain, when GitHub's
 * data is not exact for it (see permission-sets.ts); undefined when it is.
 * `chosen` is the set the message asks for.
 */
export function certaintyNote(
  endpoint: Endpoint,
  chosen: PermissionSet,
): string | undefined {
  const inexact = "GitHub's data is not exact for this endpoint"
  if (endpoint.certainty === 'inferred') {
    // contents alone, or contents with workflows: the larger set is for
    // some calls only (files under .github/workflows).
    const larger = endpoint.sets.find(
      (set) =>
        grantSatisfies(set, chosen) &&
        Object.keys(grantDelta(chosen, set)).length > 0,
    )
    return larger
      ? `${inexact}: as far as it tells, some calls also need ${describeGrant(grantDelta(chosen, larger))}`
      : `${inexact}: its alternatives are inferred from it`
  }
  if (endpoint.certainty === 'assumed') {
    const set = endpoint.sets[0] ?? {}
    return Object.keys(set).length > 1
      ? `${inexact}: it does not say whether ${describeGrant(set)} are needed together or one is enough, so all are asked for`
      : `${inexact}: it marks it as needing more than one permission but names only this one`
  }
  if (endpoint.certainty === 'unpublished') {
    return "GitHub's data names no permission for this endpoint: check its REST API docs"
  }
  return undefined
}
