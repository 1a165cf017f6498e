import {
  allEndpoints,
  findEndpoint,
  lookupEndpoint,
  parseEndpoint,
  unsupportedEndpoint,
} from '../endpoints/index.js'
import type { Endpoint, EndpointLookup, HttpVerb } from '../endpoints/index.js'
import { HTTP_VERBS } from '../endpoints/index.js'
import { quote } from '../common/quote.js'

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
  const words = route.trim().split(/\s+/)
  const [word = '', path = ''] = words
  const verb = word.toUpperCase()
  // Anything after the path (a line break and more) is no route: never cut it off.
  if (words.length !== 2 || !isVerb(verb) || !path.startsWith('/'))
    return {
      kind: 'unresolved',
      reason: `${quote(route, 60)} is not VERB /path`,
    }
  const clean = path.replace(/[?#].*$/, '')
  const exact =
    findEndpoint(verb, clean) ?? byShape().get(`${verb} ${shapeOf(clean)}`)
  if (exact) return { kind: 'rest', route: exact.id }
  // Never read a template as a concrete path: its `{param}` segments
  // would match any endpoint's literal words.
  const parsed = parseEndpoint(`${verb} ${clean}`)
  if (parsed.ok && unsupportedEndpoint(parsed.request.segments))
    return fromLookup(`${verb} ${clean}`)
  // A path with literal values (constants in a template literal) matches
  // as a concrete path, as long as each of its parameters falls on one of
  // the endpoint's.
  const concrete = lookupEndpoint(`${verb} ${clean}`)
  if (concrete.kind === 'endpoint' && parametersAlign(clean, concrete.endpoint))
    return { kind: 'rest', route: concrete.endpoint.id }
  return {
    kind: 'rest',
    route: `${verb} ${clean}`,
    note: /\{param\}/.test(clean)
      ? "its path is built at run time and matches no endpoint of GitHub's data"
      : "not in GitHub's permission data (it may need no permission, or be a typo)",
  }
}

/** The parameters a constant fills in code: `/repos/octo-org/hello/...`. */
const VALUE_PARAMETERS = /^\{(owner|repo|org|username|enterprise)\}$/

/**
 * Whether `path` fits the endpoint's template as code writes paths: each
 * `{...}` of it on a parameter, and each literal on the same literal or on
 * an owner, repo, org or user name (a constant). `attestations` never
 * fills `{security_product}`: in a route, words are the route's own.
 */
function parametersAlign(path: string, endpoint: Endpoint): boolean {
  const ours = path.split('/')
  const theirs = endpoint.path.split('/')
  const isParameter = (segment: string) => /^\{.*\}$/.test(segment)
  return (
    ours.length === theirs.length &&
    ours.every((segment, i) => {
      const their = theirs[i]!
      if (isParameter(segment)) return isParameter(their)
      return segment === their || VALUE_PARAMETERS.test(their)
    })
  )
}

/** A path with every `{name}` as `{}`: templates that differ only in parameter names match. */
const shapeOf = (path: string) => path.replace(/\{[^}/]*\}/g, '{}')

let shapes: Map<string, Endpoint> | undefined

/** Every endpoint by `VERB shape`, built on first use. */
function byShape(): Map<string, Endpoint> {
  if (shapes) return shapes
  shapes = new Map()
  for (const endpoint of allEndpoints())
    shapes.set(`${endpoint.verb} ${shapeOf(endpoint.path)}`, endpoint)
  return shapes
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
    return {
      kind: 'unresolved',
      reason: `${quote(verb, 30)} is not a REST API method`,
    }
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

/** What GitHub's data says of a call's route (as resolution left it). */
export type RouteEndpoint =
  | { kind: 'endpoint'; endpoint: Endpoint }
  | { kind: 'unsupported'; lookup: EndpointLookup & { kind: 'unsupported' } }
  | { kind: 'unknown' }

/**
 * The endpoint a resolved route names: its docs template, exactly or by
 * shape, never by reading the template as a concrete path (which would
 * put `POST /orgs/{org}/attestations/bulk-list` on
 * `/orgs/{org}/{security_product}/{enablement}`).
 */
export function routeEndpoint(route: string): RouteEndpoint {
  const [verb = '', path = ''] = route.split(' ')
  const endpoint =
    (isVerb(verb) ? findEndpoint(verb, path) : undefined) ??
    byShape().get(`${verb} ${shapeOf(path)}`)
  if (endpoint) return { kind: 'endpoint', endpoint }
  const lookup = lookupEndpoint(route)
  return lookup.kind === 'unsupported'
    ? { kind: 'unsupported', lookup }
    : { kind: 'unknown' }
}
