import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OrgApiError, createOrgApi } from '../src/governance/org-api.js'
import type { Needs, OrgApiOptions } from '../src/governance/org-api.js'
import { sendJson, startApiStub } from './support/github-api-stub.js'
import type { ApiStub, StubRoute } from './support/github-api-stub.js'
import {
  STUB_ORG_ID,
  patGrant,
  patRequest,
  startOrgStub,
  stubRepository,
} from './support/org-api-stub.js'
import type { OrgStub } from './support/org-api-stub.js'

// The org token client against a stand-in for GitHub on 127.0.0.1: real
// HTTP, an injected sleep, so retries take no time.

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const PAT = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'
const ORG = 'acme'
const REQUESTS = `/orgs/${ORG}/personal-access-token-requests`
const TOKENS = `/orgs/${ORG}/personal-access-tokens`
const READ: Needs = {
  permission: 'organization_personal_access_token_requests',
  level: 'read',
}
const WRITE: Needs = { ...READ, level: 'write' }
const TOKENS_WRITE: Needs = {
  permission: 'organization_personal_access_tokens',
  level: 'write',
}

/** Every error message and debug line seen, for the checks at the end. */
const lines: string[] = []

function client(url: string, options: Partial<OrgApiOptions> = {}) {
  const slept: number[] = []
  const debug: string[] = []
  const api = createOrgApi({
    apiUrl: url,
    token: TOKEN,
    sleep: async (ms) => {
      slept.push(ms)
    },
    debug: (line) => {
      debug.push(line)
      lines.push(line)
    },
    ...options,
  })
  return { api, slept, debug }
}

/** The OrgApiError a call throws (the test fails if it resolves). */
async function failure(call: Promise<unknown>): Promise<OrgApiError> {
  const error = await call.then(
    () => new Error('resolved'),
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(OrgApiError)
  lines.push((error as OrgApiError).message)
  return error as OrgApiError
}

const idsOf = (items: unknown[]) =>
  items.map((item) => (item as { id: number }).id)

let stubs: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(stubs.map((stub) => stub.close()))
  stubs = []
})

async function orgStub(options: Parameters<typeof startOrgStub>[0]) {
  const stub = await startOrgStub(options)
  stubs.push(stub)
  return stub
}

async function rawStub(route: StubRoute): Promise<ApiStub> {
  const stub = await startApiStub(route)
  stubs.push(stub)
  return stub
}

const manyRequests = (n: number, first = 1) =>
  Array.from({ length: n }, (_, i) => patRequest({ id: first + i }))

describe('list', () => {
  it('pages past 100: 250 requests in 3 pages of per_page=100, each item once', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(250) })
    const { api, debug } = client(stub.url)
    const items = await api.list(REQUESTS, READ)
    expect(idsOf(items)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1))
    expect(stub.requests).toHaveLength(3)
    expect(stub.requests.map((r) => r.query.get('per_page'))).toEqual([
      '100',
      '100',
      '100',
    ])
    // GitHub's next links use /organizations/{id}: same origin and prefix.
    expect(stub.requests.map((r) => r.path)).toEqual([
      REQUESTS,
      `/organizations/${STUB_ORG_ID}/personal-access-token-requests`,
      `/organizations/${STUB_ORG_ID}/personal-access-token-requests`,
    ])
    expect(stub.requests.map((r) => r.query.get('page'))).toEqual([
      null,
      '2',
      '3',
    ])
    expect(debug).toEqual([
      `GET ${REQUESTS}?per_page=100: HTTP 200`,
      `GET /organizations/${STUB_ORG_ID}/personal-access-token-requests?per_page=100&page=2: HTTP 200`,
      `GET /organizations/${STUB_ORG_ID}/personal-access-token-requests?per_page=100&page=3: HTTP 200`,
    ])
  })

  it('sends the headers GitHub asks for, the token as Bearer', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    await client(stub.url).api.list(REQUESTS, READ)
    const { headers } = stub.requests[0]!
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(headers.accept).toBe('application/vnd.github+json')
    expect(headers['x-github-api-version']).toBe('2022-11-28')
    expect(headers['user-agent']).toMatch(/^token-templates\/\d+\.\d+\.\d+/)
    expect(headers['content-type']).toBeUndefined()
  })

  it('keeps a per_page the path gives, and an empty list is one request', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(5) })
    const { api } = client(stub.url)
    expect(idsOf(await api.list(`${REQUESTS}?per_page=2`, READ))).toEqual([
      1, 2, 3, 4, 5,
    ])
    expect(stub.requests).toHaveLength(3)
    expect(await api.list(TOKENS, READ)).toEqual([])
    expect(stub.requests).toHaveLength(4)
  })

  it('lists tokens and the repositories of a request', async () => {
    const repositories = Array.from({ length: 130 }, (_, i) =>
      stubRepository(`${ORG}/repo-${i}`, 1000 + i),
    )
    const stub = await orgStub({
      org: 'Acme',
      requests: [patRequest({ id: 7, repository_selection: 'subset' })],
      tokens: [patGrant({ id: 70 }), patGrant({ id: 71 })],
      repositories: { 7: repositories },
    })
    const { api } = client(stub.url)
    expect(idsOf(await api.list(TOKENS, READ))).toEqual([70, 71])
    const listed = await api.list(`${REQUESTS}/7/repositories`, READ)
    expect(listed).toHaveLength(130)
    expect(listed.map((r) => (r as { full_name: string }).full_name)).toEqual(
      repositories.map((r) => r.full_name),
    )
  })

  it('works under a GHES-style path prefix', async () => {
    const stub = await rawStub((request, res) => {
      if (request.query.get('page') === '2')
        return sendJson(res, 200, [{ id: 2 }])
      sendJson(res, 200, [{ id: 1 }], {
        link: `<${origin}/api/v3/organizations/1/personal-access-tokens?page=2>; rel="next"`,
      })
    })
    const origin = stub.url
    const { api } = client(`${stub.url}/api/v3/`)
    expect(idsOf(await api.list(TOKENS, READ))).toEqual([1, 2])
    expect(stub.requests.map((r) => r.path)).toEqual([
      `/api/v3${TOKENS}`,
      '/api/v3/organizations/1/personal-access-tokens',
    ])
  })

  it('refuses a next link to another origin without sending the token there', async () => {
    const elsewhere = await rawStub((_request, res) => sendJson(res, 200, []))
    const stub = await rawStub((_request, res) =>
      sendJson(res, 200, [{ id: 1 }], {
        link: `<${elsewhere.url}${REQUESTS}?page=2>; rel="next"`,
      }),
    )
    const error = await failure(client(stub.url).api.list(REQUESTS, READ))
    expect(error.message).toContain(`GET ${REQUESTS}: the next page is at`)
    expect(error.message).toContain(
      'outside GITHUB_API_URL; not sending the token there',
    )
    expect(elsewhere.requests).toHaveLength(0)
    expect(stub.requests).toHaveLength(1)
  })

  it('refuses a next link outside the API path prefix, on the same host', async () => {
    const stub = await rawStub((_request, res) =>
      sendJson(res, 200, [{ id: 1 }], {
        link: `</elsewhere${TOKENS}?page=2>; rel="next"`,
      }),
    )
    const error = await failure(
      client(`${stub.url}/api/v3`).api.list(TOKENS, READ),
    )
    expect(error.message).toContain('not sending the token there')
    expect(stub.requests).toHaveLength(1)
  })

  it('follows a same-origin redirect on GET, but not one to another host', async () => {
    const elsewhere = await rawStub((_request, res) => sendJson(res, 200, []))
    const stub = await rawStub((request, res) => {
      if (request.path === TOKENS) {
        res.writeHead(301, {
          location: '/organizations/9/personal-access-tokens',
        })
        return res.end()
      }
      if (request.path === REQUESTS) {
        res.writeHead(307, { location: `${elsewhere.url}${REQUESTS}` })
        return res.end()
      }
      sendJson(res, 200, [{ id: 9 }])
    })
    const { api } = client(stub.url)
    expect(idsOf(await api.list(TOKENS, READ))).toEqual([9])
    const error = await failure(api.list(REQUESTS, READ))
    expect(error.message).toContain('the redirect is at')
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('stops at 1000 pages', async () => {
    const stub = await rawStub((request, res) =>
      sendJson(res, 200, [], {
        link: `<${TOKENS}?page=${Number(request.query.get('page') ?? 1) + 1}>; rel="next"`,
      }),
    )
    const error = await failure(
      client(stub.url, { debug: () => undefined }).api.list(TOKENS, READ),
    )
    expect(error.message).toBe(
      `GET ${TOKENS}: more than 1000 pages; stopped there`,
    )
    expect(stub.requests).toHaveLength(1000)
  })

  it('stops when a next link leads back to a page already read', async () => {
    const stub = await rawStub((_request, res) =>
      sendJson(res, 200, [{ id: 1 }], {
        link: `<${TOKENS}?per_page=100&page=2>; rel="next"`,
      }),
    )
    const error = await failure(client(stub.url).api.list(TOKENS, READ))
    expect(error.message).toMatch(
      /: the next-page link leads back to a page already read; stopped there$/,
    )
    expect(stub.requests).toHaveLength(2)
  })

  it('wants a JSON array on every page', async () => {
    const stub = await rawStub((request, res) =>
      request.path === TOKENS
        ? sendJson(res, 200, { items: [] })
        : (res.writeHead(200), res.end('<html>')),
    )
    const { api } = client(stub.url)
    const notArray = await failure(api.list(TOKENS, READ))
    expect(notArray.message).toBe(
      `GET ${TOKENS}: HTTP 200 but the answer is not a JSON array`,
    )
    const notJson = await failure(api.list(REQUESTS, READ))
    expect(notJson.message).toBe(
      `GET ${REQUESTS}: HTTP 200 but the answer is not JSON`,
    )
  })

  it('answers 404 for another organization', async () => {
    const stub = await orgStub({ org: ORG })
    const error = await failure(
      client(stub.url).api.list('/orgs/other/personal-access-tokens', READ),
    )
    expect(error.status).toBe(404)
    expect(error.message).toBe(
      'GET /orgs/other/personal-access-tokens: HTTP 404 (Not Found): no such organization, or the GitHub App is not installed on it',
    )
  })
})

describe('post', () => {
  it('resolves with 202 for a bulk review and 204 for a single one', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(3) })
    const { api, debug } = client(stub.url)
    await expect(
      api.post(
        REQUESTS,
        { pat_request_ids: [1, 2], action: 'deny', reason: 'too broad' },
        WRITE,
      ),
    ).resolves.toBe(202)
    await expect(
      api.post(`${REQUESTS}/3`, { action: 'approve' }, WRITE),
    ).resolves.toBe(204)
    expect(stub.reviews).toEqual([
      { id: 1, action: 'deny', reason: 'too broad' },
      { id: 2, action: 'deny', reason: 'too broad' },
      { id: 3, action: 'approve', reason: null },
    ])
    expect(stub.pending()).toEqual([])
    expect(stub.tokens()).toEqual([3])
    expect(stub.requests[0]!.headers['content-type']).toBe('application/json')
    expect(stub.requests[0]!.body).toEqual({
      pat_request_ids: [1, 2],
      action: 'deny',
      reason: 'too broad',
    })
    expect(debug).toEqual([
      `POST ${REQUESTS}: HTTP 202`,
      `POST ${REQUESTS}/3: HTTP 204`,
    ])
  })

  it('revokes tokens in bulk (202) and one at a time (204)', async () => {
    const stub = await orgStub({
      org: ORG,
      tokens: [patGrant({ id: 1 }), patGrant({ id: 2 }), patGrant({ id: 3 })],
    })
    const { api } = client(stub.url)
    await expect(
      api.post(TOKENS, { action: 'revoke', pat_ids: [1, 2] }, TOKENS_WRITE),
    ).resolves.toBe(202)
    await expect(
      api.post(`${TOKENS}/3`, { action: 'revoke' }, TOKENS_WRITE),
    ).resolves.toBe(204)
    expect(stub.revoked).toEqual([1, 2, 3])
    const gone = await failure(
      api.post(`${TOKENS}/3`, { action: 'revoke' }, TOKENS_WRITE),
    )
    expect(gone.status).toBe(404)
  })

  it('throws OrgApiError 422 on a second review, and a bulk call applies nothing', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(3) })
    const { api } = client(stub.url)
    await api.post(`${REQUESTS}/1`, { action: 'deny' }, WRITE)
    const again = await failure(
      api.post(`${REQUESTS}/1`, { action: 'approve' }, WRITE),
    )
    expect(again.status).toBe(422)
    expect(again.message).toBe(
      `POST ${REQUESTS}/1: HTTP 422 (This request has already been reviewed.)`,
    )
    const bulk = await failure(
      api.post(REQUESTS, { pat_request_ids: [1, 2], action: 'approve' }, WRITE),
    )
    expect(bulk.status).toBe(422)
    expect(stub.pending()).toEqual([2, 3])
    const unknown = await failure(
      api.post(`${REQUESTS}/99`, { action: 'deny' }, WRITE),
    )
    expect(unknown.status).toBe(404)
  })

  it('quotes GitHub validation messages on one line', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    const { api } = client(stub.url)
    const error = await failure(
      api.post(REQUESTS, { pat_request_ids: [1], action: 'approv' }, WRITE),
    )
    expect(error.status).toBe(422)
    expect(error.message).toBe(
      `POST ${REQUESTS}: HTTP 422 (Invalid request. For 'properties/action', "approv" is not one of ["approve", "deny"].)`,
    )
    const tooMany = await failure(
      api.post(
        REQUESTS,
        { pat_request_ids: manyRequests(101).map((r) => r.id), action: 'deny' },
        WRITE,
      ),
    )
    expect(tooMany.status).toBe(422)
    const longReason = await failure(
      api.post(
        REQUESTS,
        { pat_request_ids: [1], action: 'deny', reason: 'x'.repeat(1025) },
        WRITE,
      ),
    )
    expect(longReason.status).toBe(422)
    expect(stub.reviews).toEqual([])
  })

  it('reads the errors of a "Validation Failed" body', async () => {
    const stub = await rawStub((_request, res) =>
      sendJson(res, 422, {
        message: 'Validation Failed',
        errors: [
          { resource: 'Request', field: 'pat_request_ids', code: 'invalid' },
          { message: 'reason is too long' },
        ],
      }),
    )
    const error = await failure(client(stub.url).api.post(REQUESTS, {}, WRITE))
    expect(error.message).toBe(
      `POST ${REQUESTS}: HTTP 422 (Validation Failed: pat_request_ids invalid: reason is too long)`,
    )
  })
})

describe('tokens GitHub refuses', () => {
  it('names the App permission to read when a personal access token gets 403', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    const error = await failure(
      client(stub.url, { token: PAT }).api.list(REQUESTS, READ),
    )
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      `GET ${REQUESTS}: HTTP 403 (Resource not accessible by personal access token): these endpoints take a GitHub App token (installation or user-to-server) whose App has organization_personal_access_token_requests: read; a personal access token gets 403`,
    )
  })

  it('names the write permission for a POST, for classic tokens too', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    const error = await failure(
      client(stub.url, {
        token: 'ghp_0123456789abcdefghijklmnopqrstuvwxyz',
      }).api.post(TOKENS, { action: 'revoke', pat_ids: [1] }, TOKENS_WRITE),
    )
    expect(error.status).toBe(403)
    expect(error.message).toContain(
      'organization_personal_access_tokens: write',
    )
    expect(stub.revoked).toEqual([])
  })

  it('says the token was not accepted on 401', async () => {
    const stub = await orgStub({ org: ORG })
    const error = await failure(
      client(stub.url, { token: 'not-a-token' }).api.list(TOKENS, READ),
    )
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      `GET ${TOKENS}: HTTP 401 (Bad credentials): GitHub did not accept the token (missing, expired or revoked)`,
    )
  })

  it('refuses a token a header cannot carry, without echoing it', () => {
    expect(() =>
      createOrgApi({ apiUrl: 'https://api.github.com', token: `${TOKEN}\nx` }),
    ).toThrow(
      new OrgApiError('the token has characters an HTTP header cannot carry'),
    )
    expect(() =>
      createOrgApi({ apiUrl: 'https://api.github.com', token: '' }),
    ).toThrow('no token for the GitHub API')
    expect(() =>
      createOrgApi({ apiUrl: 'api.github.com', token: TOKEN }),
    ).toThrow('GITHUB_API_URL is not a URL: "api.github.com"')
  })

  it('keeps a path from climbing out of the API URL', async () => {
    const { api } = client('https://ghes.example/api/v3')
    const error = await failure(api.list('/../../admin', READ))
    expect(error.message).toBe(
      '"/../../admin" is not a path under GITHUB_API_URL',
    )
  })
})

describe('rate limits', () => {
  it('waits the Retry-After seconds, then retries', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(2) })
    stub.rateLimitNext(1, { status: 429, retryAfter: 1 })
    const { api, slept, debug } = client(stub.url)
    expect(idsOf(await api.list(REQUESTS, READ))).toEqual([1, 2])
    expect(slept).toEqual([1000])
    expect(stub.requests).toHaveLength(2)
    expect(debug).toEqual([
      `GET ${REQUESTS}?per_page=100: HTTP 429; retry 1 of 3 in 1 s`,
      `GET ${REQUESTS}?per_page=100: HTTP 200`,
    ])
  })

  it('retries a rate-limited POST (GitHub did not act on it)', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.rateLimitNext(2, { status: 403, retryAfter: 2 })
    const { api, slept } = client(stub.url)
    await expect(
      api.post(`${REQUESTS}/1`, { action: 'approve' }, WRITE),
    ).resolves.toBe(204)
    expect(slept).toEqual([2000, 2000])
    expect(stub.reviews).toEqual([{ id: 1, action: 'approve', reason: null }])
  })

  it('fails in one line when GitHub asks to wait longer than maxWaitMs', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.rateLimitNext(1, { status: 429, retryAfter: 3600 })
    const { api, slept } = client(stub.url)
    const error = await failure(api.list(REQUESTS, READ))
    expect(error.status).toBe(429)
    expect(error.message).toBe(
      `GET ${REQUESTS}: rate limited; GitHub asks to wait 3600 s, more than the 60 s this waits`,
    )
    expect(slept).toEqual([])
    expect(stub.requests).toHaveLength(1)
  })

  it('waits until x-ratelimit-reset when there is no Retry-After', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    const reset = Math.floor(Date.now() / 1000) + 5
    stub.rateLimitNext(1, { status: 403, reset })
    const { api, slept } = client(stub.url)
    expect(idsOf(await api.list(REQUESTS, READ))).toEqual([1])
    expect(slept).toHaveLength(1)
    expect(slept[0]).toBeGreaterThan(3000)
    expect(slept[0]).toBeLessThanOrEqual(5000)
  })

  it('waits a minute for a secondary limit that names no time', async () => {
    let calls = 0
    const stub = await rawStub((_request, res) =>
      calls++ === 0
        ? sendJson(res, 403, {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          })
        : sendJson(res, 200, [{ id: 1 }]),
    )
    const { api, slept } = client(stub.url)
    expect(idsOf(await api.list(TOKENS, READ))).toEqual([1])
    expect(slept).toEqual([60_000])
  })

  it('gives up after maxRetries', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.rateLimitNext(5, { status: 429, retryAfter: 1 })
    const { api, slept } = client(stub.url, { maxRetries: 2 })
    const error = await failure(api.list(REQUESTS, READ))
    expect(error.status).toBe(429)
    expect(error.message).toMatch(
      /^GET \/orgs\/acme\/personal-access-token-requests: HTTP 429 \(You have exceeded a secondary rate limit\. .*\); gave up after 2 retries$/,
    )
    expect(slept).toEqual([1000, 1000])
    expect(stub.requests).toHaveLength(3)
  })
})

describe('server errors', () => {
  it('retries a 502 on GET after a second', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.failNext(2, 502)
    const { api, slept } = client(stub.url)
    expect(idsOf(await api.list(REQUESTS, READ))).toEqual([1])
    expect(slept).toEqual([1000, 1000])
    expect(stub.requests).toHaveLength(3)
  })

  it('does not retry a 500 on GET, nor any 5xx on POST', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    const { api, slept } = client(stub.url)
    stub.failNext(1, 500)
    expect((await failure(api.list(REQUESTS, READ))).status).toBe(500)
    stub.failNext(1, 503)
    const error = await failure(
      api.post(`${REQUESTS}/1`, { action: 'approve' }, WRITE),
    )
    expect(error.status).toBe(503)
    expect(error.message).toBe(`POST ${REQUESTS}/1: HTTP 503 (Server Error)`)
    expect(slept).toEqual([])
    expect(stub.requests).toHaveLength(2)
    expect(stub.pending()).toEqual([1])
  })
})

describe('no answer', () => {
  it('times out a slow answer with a one-line message naming the timeout', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.slowNext(1, 2000)
    const { api, debug } = client(stub.url, { timeoutMs: 200 })
    const started = Date.now()
    const error = await failure(api.list(REQUESTS, READ))
    expect(Date.now() - started).toBeLessThan(1500)
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      `GET ${REQUESTS}: no answer in 200 ms (TOKEN_TEMPLATES_API_TIMEOUT_MS)`,
    )
    expect(debug).toEqual([error.message])
  })

  it('times out a slow POST, which GitHub may still act on', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(1) })
    stub.slowNext(1, 300)
    const { api } = client(stub.url, { timeoutMs: 100 })
    const error = await failure(
      api.post(`${REQUESTS}/1`, { action: 'deny' }, WRITE),
    )
    expect(error.message).toBe(
      `POST ${REQUESTS}/1: no answer in 100 ms (TOKEN_TEMPLATES_API_TIMEOUT_MS)`,
    )
    expect(stub.requests).toHaveLength(1)
    await new Promise((done) => setTimeout(done, 400))
    expect(stub.pending()).toEqual([])
  })

  it('times out a body that stops coming', async () => {
    const stub = await rawStub((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[{"id":1}')
    })
    const error = await failure(
      client(stub.url, { timeoutMs: 200 }).api.list(TOKENS, READ),
    )
    expect(error.message).toBe(
      `GET ${TOKENS}: no answer in 200 ms (TOKEN_TEMPLATES_API_TIMEOUT_MS)`,
    )
  })

  it('says the host could not be reached', async () => {
    const server = createServer()
    await new Promise<void>((listening) =>
      server.listen(0, '127.0.0.1', listening),
    )
    const { port } = server.address() as AddressInfo
    await new Promise((closed) => server.close(closed))
    const error = await failure(
      client(`http://127.0.0.1:${port}`).api.post(TOKENS, {}, TOKENS_WRITE),
    )
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      `POST ${TOKENS}: could not reach 127.0.0.1:${port}: ECONNREFUSED (connection refused)`,
    )
  })
})

/** Controls, C1, line separators and the bidi override. */
const unsafe = (char: string) => {
  const code = char.codePointAt(0)!
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202e
  )
}

describe('untrusted answers', () => {
  const hostile = (message: string) =>
    rawStub((_request, res) => sendJson(res, 400, { message }))

  it('puts a hostile message on one line that cannot start a workflow command', async () => {
    const stub = await hostile('::error::x\nnext')
    const error = await failure(client(stub.url).api.list(TOKENS, READ))
    expect(error.message).toBe(`GET ${TOKENS}: HTTP 400 (::error::x next)`)
    expect(error.message.split(/\r\n|\r|\n/)).toHaveLength(1)
    expect(error.message).not.toMatch(/^\s*::/)
  })

  it('escapes controls, hides ##[ and cuts long messages to 200 characters', async () => {
    const stub = await hostile(
      `a\u2028b\u001b[31m##[group]c\u202e ${'z'.repeat(300)}`,
    )
    const error = await failure(client(stub.url).api.list(TOKENS, READ))
    expect([...error.message].filter(unsafe)).toEqual([])
    expect(error.message).not.toContain('##[')
    expect(error.message).toContain('\\u{1b}[31m##\\u{5b}group]c\\u{202e}')
    expect(error.message).toMatch(/z{150,}…\)$/)
    expect(error.message).not.toMatch(/z{201}/)
  })

  it('never shows the token, even when GitHub echoes it', async () => {
    const stub = await hostile(`bad token ${TOKEN}`)
    const error = await failure(client(stub.url).api.list(TOKENS, READ))
    expect(error.message).toBe(`GET ${TOKENS}: HTTP 400 (bad token ***)`)
  })
})

describe('the stub', () => {
  const get = (stub: OrgStub, path: string, authorization?: string) =>
    fetch(`${stub.url}${path}`, {
      headers: authorization ? { authorization } : {},
    })

  it('takes App tokens only, with either scheme', async () => {
    const stub = await orgStub({ org: ORG })
    expect((await get(stub, TOKENS)).status).toBe(401)
    expect((await get(stub, TOKENS, 'token ghu_abc')).status).toBe(200)
    const pat = await get(stub, TOKENS, `token ${PAT}`)
    expect(pat.status).toBe(403)
    expect(await pat.json()).toEqual({
      message: 'Resource not accessible by personal access token',
      documentation_url: expect.stringMatching(
        /^https:\/\/docs\.github\.com\//,
      ),
      status: '403',
    })
  })

  it('pages 30 by default, with prev, next, last and first links', async () => {
    const stub = await orgStub({ org: ORG, requests: manyRequests(70) })
    const first = await get(stub, REQUESTS, `Bearer ${TOKEN}`)
    expect(idsOf((await first.json()) as unknown[])).toHaveLength(30)
    const path = `${stub.url}/organizations/${STUB_ORG_ID}/personal-access-token-requests`
    expect(first.headers.get('link')).toBe(
      `<${path}?page=2>; rel="next", <${path}?page=3>; rel="last"`,
    )
    const second = await get(
      stub,
      `${REQUESTS}?per_page=30&page=2`,
      `Bearer ${TOKEN}`,
    )
    expect(second.headers.get('link')).toBe(
      `<${path}?per_page=30&page=1>; rel="prev", <${path}?per_page=30&page=3>; rel="next", <${path}?per_page=30&page=3>; rel="last", <${path}?per_page=30&page=1>; rel="first"`,
    )
    const [item] = (await second.json()) as Array<Record<string, unknown>>
    expect(item).toMatchObject({
      id: 31,
      owner: { login: 'octocat', id: 1, type: 'User', site_admin: false },
      repositories_url: `${path}/31/repositories`,
      created_at: '2023-05-16T08:47:09.000-07:00',
      token_expires_at: '2023-11-16T08:47:09.000-07:00',
    })
  })
})

afterAll(() => {
  // Every message and debug line the tests saw: one line, no token.
  expect(lines.length).toBeGreaterThan(40)
  for (const line of lines) {
    expect(line).not.toContain(TOKEN)
    expect(line).not.toContain(PAT)
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(line).not.toMatch(/^\s*::/)
  }
})
