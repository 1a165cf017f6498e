import { getOctokit } from '@actions/github'
import {
  apiErrorKind,
  describeApiError,
} from '../src/action/api/describe-api-error.js'

// How a failed API call is named, on errors made the way the Action meets
// them: Octokit's request over a fetch that fails as Node's fetch (undici)
// does. Octokit wraps a failed fetch in a RequestError with status 500 and
// no response, so the status alone would call a network error "HTTP 500".

const API = 'https://api.github.example.test'

/** Node's fetch failing to connect: TypeError "fetch failed", with a cause. */
function failedFetch(code: string, message: string): () => Promise<never> {
  return () =>
    Promise.reject(
      new TypeError('fetch failed', {
        cause: Object.assign(new Error(message), { code }),
      }),
    )
}

/** A fetch that answers with `status` and a JSON body. */
function answer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): () => Promise<Response> {
  return () =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    )
}

/** The error of one GET /users/octocat through Octokit with this fetch. */
async function failure(fetch: () => Promise<unknown>): Promise<unknown> {
  const client = getOctokit('token', { baseUrl: API, request: { fetch } })
  try {
    await client.request('GET /users/{username}', { username: 'octocat' })
  } catch (error) {
    return error
  }
  throw new Error('the request did not fail')
}

describe('describeApiError', () => {
  it.each([
    [
      'ENOTFOUND',
      'getaddrinfo ENOTFOUND api.github.example.test',
      'could not reach api.github.example.test: ENOTFOUND (no such host)',
    ],
    [
      'ECONNRESET',
      'read ECONNRESET',
      'could not reach api.github.example.test: ECONNRESET (connection reset)',
    ],
    [
      'ETIMEDOUT',
      'connect ETIMEDOUT 140.82.112.6:443',
      'could not reach api.github.example.test: ETIMEDOUT (connection timed out)',
    ],
    [
      'ECONNREFUSED',
      'connect ECONNREFUSED 127.0.0.1:443',
      'could not reach api.github.example.test: ECONNREFUSED (connection refused)',
    ],
    [
      'UND_ERR_SOCKET',
      'other side closed',
      'could not reach api.github.example.test: UND_ERR_SOCKET (the connection closed)',
    ],
    [
      'EPROTO',
      'write EPROTO some TLS failure',
      'could not reach api.github.example.test: EPROTO (write EPROTO some TLS failure)',
    ],
  ])(
    'a fetch that fails with %s: could not reach the host',
    async (code, message, said) => {
      const error = await failure(failedFetch(code, message))
      // What Octokit makes of it: a 500 that no server sent.
      expect(error).toMatchObject({ status: 500 })
      expect(describeApiError(error)).toBe(said)
      expect(apiErrorKind(error)).toBe('network')
    },
  )

  it('fetch failed without a code: the message', async () => {
    const error = await failure(() =>
      Promise.reject(new TypeError('fetch failed', { cause: 'bad port' })),
    )
    expect(describeApiError(error)).toBe(
      'could not reach api.github.example.test: bad port',
    )
    expect(apiErrorKind(error)).toBe('network')
  })

  it('a timeout: how long it waited', async () => {
    const error = await failure(() =>
      Promise.reject(
        new DOMException(
          'The operation was aborted due to timeout',
          'TimeoutError',
        ),
      ),
    )
    expect(describeApiError(error)).toBe(
      'could not reach api.github.example.test: timeout, no answer within 10 s',
    )
    expect(apiErrorKind(error)).toBe('timeout')
  })

  it('an abort, thrown as is by Octokit with status 500: a timeout too', () => {
    const error = Object.assign(
      new DOMException('This operation was aborted', 'AbortError'),
      { status: 500 },
    )
    expect(describeApiError(error)).toBe(
      'could not reach the GitHub API: timeout, no answer within 10 s',
    )
  })

  it.each([
    [500, { message: 'Server Error' }, {}, 'HTTP 500: Server Error', 'server'],
    [502, { message: 'Bad Gateway' }, {}, 'HTTP 502: Bad Gateway', 'server'],
    [
      403,
      { message: 'Resource not accessible by integration' },
      {},
      'HTTP 403: Resource not accessible by integration',
      'forbidden',
    ],
    [
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0' },
      'rate limit exceeded (HTTP 403)',
      'rate-limited',
    ],
    [
      429,
      { message: 'Too Many' },
      {},
      'rate limited (HTTP 429)',
      'rate-limited',
    ],
    [404, { message: 'Not Found' }, {}, 'HTTP 404: Not Found', 'other'],
  ] as const)(
    'an answer with HTTP %i: the status and message',
    async (status, body, headers, said, kind) => {
      const error = await failure(answer(status, body, headers))
      expect(describeApiError(error)).toBe(said)
      expect(apiErrorKind(error)).toBe(kind)
    },
  )

  it('anything else: its message', () => {
    expect(describeApiError(new Error('boom\nmore'))).toBe('boom')
    expect(describeApiError('text')).toBe('text')
    expect(apiErrorKind(new Error('boom'))).toBe('other')
  })
})
