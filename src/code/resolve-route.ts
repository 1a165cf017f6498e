import { findEndpoint, lookupEndpoint } from '../endpoints/index.js'
import type { HttpVerb } from '../endpoints/index.js'
import { HTTP_VERBS } from '../endpoints/index.js'

/** A call's REST route as GitHub's docs write it, or why there is none. */
export type RouteResolution =
  | {
      kind: 'rest'
      /** `GET /repos/{owner}/{repo}/pulls`: the docs' template when the data has it, else as written. */
      route: string
      /** Set when GitHub's permission data cannot place the route. */
      note?: string
    }
  | { kind: 'unresolved'; reason: string }

const isVerb = (verb: string): verb is HttpVerb =>
  (HTTP_VERBS as readonly string[]).includes(verb)

/**
 * A route written as a template (`POST /repos/{owner}/{repo}/issues`, from
 * Octokit's table or a `request('...')` string). An exact template match
 * comes first: matching a template as if it were a concrete path can land
 * on another endpoint (`/orgs/{org}/attestations/bulk-list` would read as
 * `/orgs/{org}/{security_product}/{enablement}`).
 */
export function resolveTemplateRoute(route: string): RouteResolution {
  const [word = '', path = ''] = route.trim().split(/\s+/)
  const verb = word.toUpperCase()
  if (!isVerb(verb) || !path.startsWith('/'))
    return { kind: 'unresolved', reason: `"${route}" is not VERB /path` }
  const exact = findEndpoint(verb, path.replace(/[?#].*$/, ''))
  if (exact) return { kind: 'rest', route: exact.id }
  return fromLookup(`${verb} ${path}`)
}

/**
 * A concrete request (`gh api repos/octo/hello/pulls`, a curl URL): the
 * endpoint template it matches. `{owner}` and `{repo}` may stay as gh
 * writes them; a full URL on the API host, or a GitHub Enterprise Server
 * `/api/v3` root, is reduced to its path.
 */
export function resolveConcreteRequest(
  verb: string,
  pathOrUrl: string,
): RouteResolution {
  const upper = verb.toUpperCase()
  if (!isVerb(upper))
    return { kind: 'unresolved', reason: `${verb} is not a REST API method` }
  const path = /^[a-z]+:\/\//i.test(pathOrUrl)
    ? pathOrUrl
    : `/${pathOrUrl.replace(/^\/+/, '')}`
  return fromLookup(`${upper} ${path}`)
}

function fromLookup(text: string): RouteResolution {
  const found = lookupEndpoint(text)
  switch (found.kind) {
    case 'endpoint':
      return { kind: 'rest', route: found.endpoint.id }
    case 'invalid':
      return { kind: 'unresolved', reason: found.message }
    case 'unsupported':
      return {
        kind: 'rest',
        route: `${found.request.verb} ${found.request.path}`,
        note: 'fine-grained tokens cannot call it',
      }
    case 'unknown':
      return {
        kind: 'rest',
        route: `${found.request.verb} ${found.request.path}`,
        note: "not in GitHub's permission data (it may need no permission, or be a typo)",
      }
  }
}
