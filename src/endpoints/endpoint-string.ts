export const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type HttpVerb = (typeof HTTP_VERBS)[number]

/** An endpoint as a template names it: `GET /repos/octo/hello/pulls/12`. */
export interface EndpointRequest {
  readonly verb: HttpVerb
  /** Normalised: no host, query, fragment or trailing slash. */
  readonly path: string
  readonly segments: readonly string[]
}

export type ParsedEndpoint =
  | { readonly ok: true; readonly request: EndpointRequest }
  | { readonly ok: false; readonly message: string }

const EXPECTED = 'expected "VERB /path", e.g. "GET /repos/{owner}/{repo}"'

/**
 * Reads `VERB /path`: any case for the verb, spaces around, a path template
 * or a concrete path, or a full URL (the REST API's root, or a GitHub
 * Enterprise Server `/api/v3` root, is dropped along with the query).
 */
export function parseEndpoint(text: string): ParsedEndpoint {
  const parts = text.trim().split(/\s+/)
  if (parts.length !== 2) return { ok: false, message: EXPECTED }
  const [word, target] = parts as [string, string]
  const verb = word.toUpperCase()
  if (!(HTTP_VERBS as readonly string[]).includes(verb)) {
    return {
      ok: false,
      message: `unknown HTTP verb "${word}" (expected ${HTTP_VERBS.join(', ')})`,
    }
  }

  let path = target
  const url = /^https?:\/\/[^/?#]+/i.exec(path)
  if (url) path = path.slice(url[0].length).replace(/^\/api\/v3(?=\/|$)/, '')
  path = path.replace(/[?#].*$/, '')
  if (!path.startsWith('/')) return { ok: false, message: EXPECTED }
  path = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  return {
    ok: true,
    request: {
      verb: verb as HttpVerb,
      path,
      segments: path === '/' ? [] : path.slice(1).split('/'),
    },
  }
}
