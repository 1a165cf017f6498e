import { API_TIMEOUT_MS } from './request-timeout.js'

/**
 * What went wrong with a call, for the words around it: the API was not
 * reached (a network error or a timeout), GitHub refused the token (403
 * other than the rate limit), limited it, or failed itself (5xx).
 */
export type ApiErrorKind =
  'network' | 'timeout' | 'forbidden' | 'rate-limited' | 'server' | 'other'

/** Short words for the error codes a failed connection carries. */
const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the name lookup failed for now',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the answer stopped coming',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server certificate is not trusted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is not trusted',
}

interface ErrorFields {
  name?: unknown
  code?: unknown
  status?: unknown
  message?: unknown
  cause?: unknown
  response?: { headers?: Record<string, string> }
  request?: { url?: unknown }
}

/** The error and the errors it wraps (`cause`), outermost first. */
function causes(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = []
  let current = error
  while (
    typeof current === 'object' &&
    current !== null &&
    chain.length < 8 &&
    !chain.includes(current as ErrorFields)
  ) {
    chain.push(current as ErrorFields)
    current = (current as ErrorFields).cause
  }
  return chain
}

const isTimeout = (error: ErrorFields) =>
  error.name === 'TimeoutError' || error.name === 'AbortError'

/** The first error code (ENOTFOUND, UND_ERR_SOCKET) along the chain. */
function networkCode(chain: readonly ErrorFields[]): string | undefined {
  for (const error of chain)
    if (typeof error.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(error.code))
      return error.code
  return undefined
}

/**
 * Whether the call got no answer at all. Octokit's request turns a failed
 * fetch into a RequestError with status 500 and no response (and a timeout
 * into one, or into the bare AbortError with status 500): a 500 without a
 * response is no server error.
 */
function unanswered(chain: readonly ErrorFields[]): boolean {
  const [error] = chain
  if (!error || error.response !== undefined) return false
  if (error.status !== undefined && error.status !== 500) return false
  return chain.some(
    (link) =>
      isTimeout(link) ||
      networkCode([link]) !== undefined ||
      (link.name === 'TypeError' && link.message === 'fetch failed'),
  )
}

export function apiErrorKind(error: unknown): ApiErrorKind {
  const chain = causes(error)
  if (unanswered(chain)) return chain.some(isTimeout) ? 'timeout' : 'network'
  const status = chain[0]?.status
  const remaining = chain[0]?.response?.headers?.['x-ratelimit-remaining']
  if ((status === 403 && remaining === '0') || status === 429)
    return 'rate-limited'
  if (status === 403) return 'forbidden'
  if (typeof status === 'number' && status >= 500) return 'server'
  return 'other'
}

/** `api.github.com`, from the URL the call went to. */
function hostOf(chain: readonly ErrorFields[]): string | undefined {
  for (const error of chain) {
    const url = error.request?.url
    if (typeof url !== 'string') continue
    try {
      return new URL(url).host
    } catch {
      return undefined
    }
  }
  return undefined
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`
}

/**
 * The first line of the first message that says more than "fetch failed":
 * Octokit's own message already takes the one of the fetch's cause.
 */
function networkMessage(chain: readonly ErrorFields[]): string {
  for (const error of chain) {
    const message =
      typeof error.message === 'string' ? error.message.split('\n')[0] : ''
    if (message && message !== 'fetch failed') return message
  }
  return 'fetch failed'
}

/**
 * One line about a failed call, for a notice: `could not reach HOST:
 * ENOTFOUND (no such host)` when the API gave no answer, else the status
 * and GitHub's message.
 */
export function describeApiError(error: unknown): string {
  const chain = causes(error)
  const kind = apiErrorKind(error)
  if (kind === 'network' || kind === 'timeout') {
    const where = `could not reach ${hostOf(chain) ?? 'the GitHub API'}`
    if (kind === 'timeout')
      return `${where}: timeout, no answer within ${seconds(API_TIMEOUT_MS)}`
    const code = networkCode(chain)
    if (code === undefined) return `${where}: ${networkMessage(chain)}`
    const words = NETWORK_CODES[code] ?? networkMessage(chain)
    return `${where}: ${code}${words && words !== code ? ` (${words})` : ''}`
  }
  const status = (error as { status?: number }).status
  const message =
    error instanceof Error
      ? (error.message.split('\n')[0] ?? '')
      : String(error)
  if (kind === 'rate-limited')
    return status === 429
      ? 'rate limited (HTTP 429)'
      : 'rate limit exceeded (HTTP 403)'
  return status ? `HTTP ${status}: ${message}` : message
}
