import { closestMatch } from '../common/did-you-mean.js'
import { allEndpoints } from './endpoint-table.js'
import type { Endpoint } from './endpoint-table.js'
import { HTTP_VERBS, parseEndpoint } from './endpoint-string.js'
import type { EndpointRequest, HttpVerb } from './endpoint-string.js'
import { unsupportedEndpoint } from './unsupported-endpoints.js'
import type { UnsupportedEndpoint } from './unsupported-endpoints.js'

export type EndpointLookup =
  /** The text is not `VERB /path`. */
  | {
      readonly kind: 'invalid'
      readonly text: string
      readonly message: string
    }
  /** A known endpoint: its template, entries and permission sets. */
  | {
      readonly kind: 'endpoint'
      readonly request: EndpointRequest
      readonly endpoint: Endpoint
    }
  /** An endpoint that fine-grained tokens cannot call. */
  | ({
      readonly kind: 'unsupported'
      readonly request: EndpointRequest
    } & UnsupportedEndpoint)
  /**
   * Not in GitHub's data: a typo, or an endpoint that needs no permission
   * (GET /user, GET /rate_limit: the data lists only endpoints with one).
   */
  | {
      readonly kind: 'unknown'
      readonly request: EndpointRequest
      /** The nearest template with the same verb, as `VERB path`. */
      readonly suggestion?: string
      /** Verbs the data lists for this very path, when the verb is wrong. */
      readonly otherVerbs: readonly HttpVerb[]
    }

// Trailing parameters whose values may contain slashes: file paths, refs
// like heads/main, `main...feature/x`, branch and tag names.
const REST_PARAMETERS = new Set([
  'path',
  'dir',
  'ref',
  'basehead',
  'branch',
  'tag',
])

// Segment kinds, in increasing specificity.
const REST = 0
const PARAMETER = 1
const LITERAL = 2
type Kind = typeof REST | typeof PARAMETER | typeof LITERAL

interface Template {
  readonly endpoint: Endpoint
  readonly segments: readonly string[]
  readonly kinds: readonly Kind[]
}

function compile(endpoint: Endpoint): Template {
  const segments = endpoint.path.slice(1).split('/')
  const kinds = segments.map((segment, index): Kind => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1]
    if (name === undefined) return LITERAL
    const last = index === segments.length - 1
    return last && REST_PARAMETERS.has(name) ? REST : PARAMETER
  })
  return { endpoint, segments, kinds }
}

let byVerb: Map<HttpVerb, Template[]> | undefined

/** The endpoint templates by verb, compiled on first use. */
function templatesFor(verb: HttpVerb): readonly Template[] {
  if (!byVerb) {
    byVerb = new Map()
    for (const endpoint of allEndpoints()) {
      const list = byVerb.get(endpoint.verb) ?? []
      list.push(compile(endpoint))
      byVerb.set(endpoint.verb, list)
    }
  }
  return byVerb.get(verb) ?? []
}

function matches(template: Template, segments: readonly string[]): boolean {
  const { kinds } = template
  const rest = kinds[kinds.length - 1] === REST
  if (rest ? segments.length < kinds.length : segments.length !== kinds.length)
    return false
  return kinds.every((kind, i) =>
    kind === LITERAL
      ? segments[i] === template.segments[i]
      : segments[i] !== '',
  )
}

/** Positive when `a` is more specific: more literals, leftmost literal, no rest. */
function specificity(a: Template, b: Template): number {
  const literals = (t: Template) => t.kinds.filter((k) => k === LITERAL)
  const byCount = literals(a).length - literals(b).length
  if (byCount !== 0) return byCount
  for (let i = 0; i < Math.min(a.kinds.length, b.kinds.length); i++) {
    const byKind = a.kinds[i]! - b.kinds[i]!
    if (byKind !== 0) return byKind
  }
  return b.kinds.length - a.kinds.length
}

function bestMatch(
  verb: HttpVerb,
  segments: readonly string[],
): Template | undefined {
  let best: Template | undefined
  for (const template of templatesFor(verb)) {
    if (!matches(template, segments)) continue
    if (!best || specificity(template, best) > 0) best = template
  }
  return best
}

/** The template with its parameters filled from `segments`, for distances. */
function fill(template: Template, segments: readonly string[]): string {
  const parts = template.kinds.map((kind, i) => {
    if (kind === LITERAL) return template.segments[i]!
    if (kind === REST && i < segments.length) return segments.slice(i).join('/')
    return segments[i] ?? template.segments[i]!
  })
  return `/${parts.join('/')}`
}

function nearest(request: EndpointRequest): string | undefined {
  const byFilled = new Map<string, Template>()
  for (const template of templatesFor(request.verb)) {
    const filled = fill(template, request.segments)
    if (!byFilled.has(filled)) byFilled.set(filled, template)
  }
  const match = closestMatch(request.path, byFilled.keys())
  return match === undefined ? undefined : byFilled.get(match)!.endpoint.id
}

/**
 * What the data says about `text` (`GET /repos/{owner}/{repo}/pulls`,
 * `get https://api.github.com/repos/o/r/pulls/12`, ...). A concrete path
 * matches its template; when several match, the one with the most literal
 * segments wins.
 */
export function lookupEndpoint(text: string): EndpointLookup {
  const parsed = parseEndpoint(text)
  if (!parsed.ok) return { kind: 'invalid', text, message: parsed.message }
  const { request } = parsed
  const template = bestMatch(request.verb, request.segments)
  const unsupported = unsupportedEndpoint(request.segments)
  // A trailing {ref} spanning segments must not swallow a known family:
  // GET .../commits/{ref}/check-runs is the Checks API, not a commit.
  const stretched =
    template !== undefined && request.segments.length > template.kinds.length
  if (template && !(stretched && unsupported)) {
    return { kind: 'endpoint', request, endpoint: template.endpoint }
  }
  if (unsupported) return { kind: 'unsupported', request, ...unsupported }

  const otherVerbs = HTTP_VERBS.filter(
    (verb) => bestMatch(verb, request.segments) !== undefined,
  )
  // Edit distances to every template of the verb cost far more than the
  // lookup: computed when a message asks, so a file of a thousand typos
  // costs only the messages it shows.
  let suggestion: string | undefined | null = null
  return {
    kind: 'unknown',
    request,
    get suggestion() {
      if (suggestion === null) suggestion = nearest(request)
      return suggestion
    },
    otherVerbs,
  }
}

/** The endpoint with exactly this verb and template, e.g. for tests. */
export function findEndpoint(
  verb: HttpVerb,
  path: string,
): Endpoint | undefined {
  return allEndpoints().find((e) => e.verb === verb && e.path === path)
}
