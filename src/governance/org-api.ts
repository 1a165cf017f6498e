import { setTimeout as delay } from 'node:timers/promises'
import {
  apiErrorKind,
  describeApiError,
  seconds,
} from '../action/api/describe-api-error.js'
import { API_TIMEOUT_MS } from '../action/api/request-timeout.js'
import { quote } from '../common/quote.js'
import { UserError } from '../errors.js'
import { logLine } from '../format/log-line.js'
import { VERSION } from '../version.js'

// A small client for GitHub's organization endpoints on fine-grained
// tokens, on Node's own fetch: the CLI bundle ships without runtime
// dependencies, and these calls need only paging, retries and errors
// that say what to fix in one line.

export interface OrgApiOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghes/api/v3 */
  apiUrl: string
  token: string
  /** Per request; default API_TIMEOUT_MS (TOKEN_TEMPLATES_API_TIMEOUT_MS). */
  timeoutMs?: number
  /** Default 3, for 429 / secondary rate limits / 502-504 on GET. */
  maxRetries?: number
  /** Longest wait a rate limit may ask for, default 60 s; longer fails. */
  maxWaitMs?: number
  /** Injectable for unit tests. */
  sleep?: (ms: number) => Promise<void>
  /** One line per request: `GET /orgs/x/...: HTTP 200`. */
  debug?: (line: string) => void
  /** Default `token-templates/VERSION`. */
  userAgent?: string
}

/** What a call needs, for the 403 message: an App permission and level. */
export interface Needs {
  permission: string
  level: 'read' | 'write'
}

/** A call that failed; `status` is undefined when no answer came. */
export class OrgApiError extends UserError {
  override name = 'OrgApiError'
  readonly status: number | undefined

  constructor(message: string, status?: number) {
    super(message)
    this.status = status
  }
}

export interface OrgApi {
  /** GET path?per_page=100, then every Link rel="next" page; returns all items (each page must be a JSON array). */
  list(path: string, needs: Needs): Promise<unknown[]>
  /** POST JSON; resolves with the status for 2xx; throws OrgApiError otherwise (status set). */
  post(path: string, body: unknown, needs: Needs): Promise<number>
}

/** A runaway `next` chain must end. */
const MAX_PAGES = 1000
const MAX_REDIRECTS = 5
/** How much of GitHub's `message` an error quotes. */
const MESSAGE_CHARS = 200
/** GitHub's advice for a secondary limit that names no time. */
const SECONDARY_LIMIT_WAIT_MS = 60_000
const SERVER_RETRY_MS = 1000
const RETRIED_SERVER_ERRORS = new Set([502, 503, 504])
const API_VERSION = '2022-11-28'

interface Settings {
  /** The API URL without query, and its path without a trailing slash. */
  base: URL
  basePath: string
  token: string
  timeoutMs: number
  maxRetries: number
  maxWaitMs: number
  sleep: (ms: number) => Promise<void>
  debug: (line: string) => void
  userAgent: string
}

type Method = 'GET' | 'POST'

interface Answer {
  status: number
  headers: Headers
  text: string
  url: URL
}

export function createOrgApi(options: OrgApiOptions): OrgApi {
  const settings = settle(options)
  return {
    list: (path, needs) => listAll(settings, path, needs),
    post: async (path, body, needs) =>
      (await exchange(settings, 'POST', resolve(settings, path), body, needs))
        .status,
  }
}

function settle(options: OrgApiOptions): Settings {
  let base: URL
  try {
    base = new URL(options.apiUrl)
  } catch {
    throw new OrgApiError(
      `GITHUB_API_URL is not a URL: ${quote(options.apiUrl)}`,
    )
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    throw new OrgApiError(
      `GITHUB_API_URL must be an http(s) URL: ${quote(options.apiUrl)}`,
    )
  base.search = ''
  base.hash = ''
  // A value fetch would refuse in a header, and its error would show it.
  if (!/^[\x21-\x7e]+$/.test(options.token))
    throw new OrgApiError(
      options.token
        ? 'the token has characters an HTTP header cannot carry'
        : 'no token for the GitHub API',
    )
  const sleep = options.sleep ?? ((ms: number) => delay(ms))
  return {
    base,
    basePath: base.pathname.replace(/\/+$/, ''),
    token: options.token,
    timeoutMs: options.timeoutMs ?? API_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? 3,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    sleep,
    debug: options.debug ?? (() => undefined),
    userAgent: options.userAgent ?? `token-templates/${VERSION}`,
  }
}

/** `path` under the API URL; dot segments cannot climb out of it. */
function resolve(s: Settings, path: string): URL {
  const url = new URL(`${s.basePath}/${path.replace(/^\/+/, '')}`, s.base)
  if (!withinApi(s, url))
    throw fail(s, `${quote(path)} is not a path under GITHUB_API_URL`)
  return url
}

/** Same origin, and a path under the API URL's: the token may go there. */
function withinApi(s: Settings, url: URL): boolean {
  return (
    url.origin === s.base.origin &&
    !url.username &&
    !url.password &&
    (url.pathname === s.basePath || url.pathname.startsWith(`${s.basePath}/`))
  )
}

async function listAll(
  s: Settings,
  path: string,
  needs: Needs,
): Promise<unknown[]> {
  const first = resolve(s, path)
  if (!first.searchParams.has('per_page'))
    first.searchParams.set('per_page', '100')
  const items: unknown[] = []
  // A next link back to a page already read would loop until the cap.
  const seen = new Set<string>()
  let url: URL | undefined = first
  for (let pages = 0; url; pages++) {
    if (seen.has(url.href))
      throw fail(
        s,
        `${where(s, 'GET', url)}: the next-page link leads back to a page already read; stopped there`,
      )
    seen.add(url.href)
    if (pages === MAX_PAGES)
      throw fail(
        s,
        `${where(s, 'GET', first)}: more than ${MAX_PAGES} pages; stopped there`,
      )
    const answer = await exchange(s, 'GET', url, undefined, needs)
    const page = parseJson(s, 'GET', answer)
    if (!Array.isArray(page))
      throw fail(
        s,
        `${where(s, 'GET', url)}: HTTP ${answer.status} but the answer is not a JSON array`,
        answer.status,
      )
    for (const item of page) items.push(item)
    url = nextPage(s, answer)
  }
  return items
}

function parseJson(s: Settings, method: Method, answer: Answer): unknown {
  try {
    return JSON.parse(answer.text) as unknown
  } catch {
    throw fail(
      s,
      `${where(s, method, answer.url)}: HTTP ${answer.status} but the answer is not JSON`,
      answer.status,
    )
  }
}

/** The Link header's rel="next" target, checked like any URL we send the token to. */
function nextPage(s: Settings, answer: Answer): URL | undefined {
  const link = answer.headers.get('link')
  if (!link) return undefined
  for (const [, target, params] of link.matchAll(/<([^>]*)>([^,]*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(params ?? '')?.[1] ?? ''
    if (rel.split(/\s+/).includes('next'))
      return followable(s, answer, target ?? '', 'the next page')
  }
  return undefined
}

/** A URL the API pointed to (next page, redirect), if the token may go there. */
function followable(
  s: Settings,
  answer: Answer,
  target: string,
  what: string,
): URL {
  let url: URL | undefined
  try {
    url = new URL(target, answer.url)
  } catch {
    url = undefined
  }
  if (url && withinApi(s, url)) return url
  throw fail(
    s,
    `${where(s, 'GET', answer.url)}: ${what} is at ${quote(target, 100)}, outside GITHUB_API_URL; not sending the token there`,
    answer.status,
  )
}

/** One call, retried as GitHub advises; throws OrgApiError unless 2xx. */
async function exchange(
  s: Settings,
  method: Method,
  url: URL,
  body: unknown,
  needs: Needs,
): Promise<Answer> {
  let retries = 0
  let redirects = 0
  for (;;) {
    const answer = await fetchOnce(s, method, url, body)
    const wait = retryWait(method, answer)
    if (wait !== undefined && retries < s.maxRetries) {
      if (wait.ms > s.maxWaitMs && wait.rateLimit)
        throw fail(
          s,
          `${where(s, method, url)}: rate limited; GitHub asks to wait ${seconds(wait.ms)}, more than the ${seconds(s.maxWaitMs)} this waits`,
          answer.status,
        )
      retries++
      s.debug(
        safe(
          s,
          `${where(s, method, url, true)}: HTTP ${answer.status}; retry ${retries} of ${s.maxRetries} in ${seconds(wait.ms)}`,
        ),
      )
      await s.sleep(wait.ms)
      continue
    }
    s.debug(safe(s, `${where(s, method, url, true)}: HTTP ${answer.status}`))
    if (isRedirect(answer) && method === 'GET' && redirects < MAX_REDIRECTS) {
      const location = answer.headers.get('location')
      if (location) {
        url = followable(s, answer, location, 'the redirect')
        redirects++
        continue
      }
    }
    if (answer.status >= 200 && answer.status < 300) return answer
    throw httpError(s, method, answer, needs, retries)
  }
}

const isRedirect = (answer: Answer) =>
  [301, 302, 303, 307, 308].includes(answer.status)

async function fetchOnce(
  s: Settings,
  method: Method,
  url: URL,
  body: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${s.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': API_VERSION,
    'user-agent': s.userAgent,
  }
  if (method === 'POST') headers['content-type'] = 'application/json'
  // One signal for the headers and the body: a stalled body must time out too.
  const signal = AbortSignal.timeout(s.timeoutMs)
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
      redirect: 'manual',
      signal,
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, text, url }
  } catch (error) {
    const failure = fail(
      s,
      `${where(s, method, url)}: ${noAnswer(s, url, error)}`,
    )
    s.debug(failure.message)
    throw failure
  }
}

function noAnswer(s: Settings, url: URL, error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer in ${seconds(s.timeoutMs)} (TOKEN_TEMPLATES_API_TIMEOUT_MS)`
  // describeApiError finds the host on `request.url` and the code on `cause`.
  const wrapped = Object.assign(new Error('fetch failed'), {
    cause: error,
    request: { url: url.href },
  })
  if (apiErrorKind(wrapped) === 'network') return describeApiError(wrapped)
  const message = error instanceof Error ? error.message : String(error)
  return `could not reach ${url.host}: ${message}`
}

interface Wait {
  ms: number
  rateLimit: boolean
}

/** How long GitHub asks to wait before the same call, if it may be retried. */
function retryWait(method: Method, answer: Answer): Wait | undefined {
  const limit = rateLimitWait(answer)
  if (limit !== undefined) return { ms: limit, rateLimit: true }
  // A POST that failed may have been acted on: never send it twice.
  if (method === 'GET' && RETRIED_SERVER_ERRORS.has(answer.status))
    return { ms: SERVER_RETRY_MS, rateLimit: false }
  return undefined
}

/**
 * GitHub's rules: wait `retry-after` seconds if given; else, with
 * `x-ratelimit-remaining: 0`, until `x-ratelimit-reset`; else, for a
 * secondary limit, a minute. Any other 403 is no rate limit.
 */
function rateLimitWait(answer: Answer, now = Date.now()): number | undefined {
  if (answer.status !== 403 && answer.status !== 429) return undefined
  const after = retryAfterMs(answer.headers.get('retry-after'), now)
  if (after !== undefined) return after
  if (answer.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(answer.headers.get('x-ratelimit-reset'))
    // At least a second: the two clocks may disagree.
    if (Number.isFinite(reset) && reset > 0)
      return Math.max(reset * 1000 - now, 1000)
    return SECONDARY_LIMIT_WAIT_MS
  }
  if (answer.status === 429 || /secondary rate limit/i.test(answer.text))
    return SECONDARY_LIMIT_WAIT_MS
  return undefined
}

/** `Retry-After` in seconds or, as HTTP allows, a date. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0)
}

function httpError(
  s: Settings,
  method: Method,
  answer: Answer,
  needs: Needs,
  retries: number,
): OrgApiError {
  const said = githubMessage(answer.text)
  const gaveUp =
    retries > 0
      ? `; gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'}`
      : ''
  return fail(
    s,
    `${where(s, method, answer.url)}: HTTP ${answer.status}${said ? ` (${said})` : ''}${hint(method, answer, needs)}${gaveUp}`,
    answer.status,
  )
}

/** What to fix, for the answers whose cause is known. */
function hint(method: Method, answer: Answer, needs: Needs): string {
  if (answer.status === 401)
    return ': GitHub did not accept the token (missing, expired or revoked)'
  if (answer.status === 404 && method === 'GET')
    return ': no such organization, or the GitHub App is not installed on it'
  if (answer.status === 403 && rateLimitWait(answer) === undefined)
    return `: these endpoints take a GitHub App token (installation or user-to-server) whose App has ${needs.permission}: ${needs.level}; a personal access token gets 403`
  return ''
}

/**
 * GitHub's `message` (with the messages of validation `errors`), on one
 * line and cut: the body is untrusted text bound for a CI log.
 */
function githubMessage(text: string): string | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const { message, errors } = body as { message?: unknown; errors?: unknown }
  const parts = typeof message === 'string' ? [message] : []
  if (Array.isArray(errors))
    for (const error of errors.slice(0, 3)) parts.push(validationError(error))
  const line = parts.filter(Boolean).join(': ').replace(/\s+/g, ' ').trim()
  if (!line) return undefined
  const chars = [...line]
  return chars.length > MESSAGE_CHARS
    ? `${chars.slice(0, MESSAGE_CHARS).join('')}…`
    : line
}

function validationError(error: unknown): string {
  if (typeof error === 'string') return error
  if (typeof error !== 'object' || error === null) return ''
  const { message, field, code } = error as Record<string, unknown>
  if (typeof message === 'string') return message
  return [field, code].filter((part) => typeof part === 'string').join(' ')
}

/** `GET /orgs/acme/...`: the path under the API URL (with the query for debug). */
function where(s: Settings, method: Method, url: URL, query = false): string {
  const path = url.pathname.startsWith(`${s.basePath}/`)
    ? url.pathname.slice(s.basePath.length)
    : url.pathname
  return `${method} ${path}${query ? url.search : ''}`
}

function fail(s: Settings, text: string, status?: number): OrgApiError {
  return new OrgApiError(safe(s, text), status)
}

/** One safe log line, without the token even if the API echoed it. */
function safe(s: Settings, text: string): string {
  return logLine(text.split(s.token).join('***'))
}
