import { STATUS_CODES } from 'node:http'
import type { ServerResponse } from 'node:http'
import { sendJson, startApiStub } from './github-api-stub.js'
import type { StubRequest } from './github-api-stub.js'

// GitHub's organization endpoints on fine-grained tokens, on 127.0.0.1,
// with state: reviews take requests out of the pending list, approvals add
// grants, revocations remove them. Shapes, paging, auth and errors follow
// GitHub's REST description; what GitHub leaves unsaid is marked "stub:".
//
// Paths work as /orgs/{org}/... (any case) and as
// /organizations/{orgId}/..., the form GitHub's own Link headers and
// `repositories_url` values use.

export type Level = 'read' | 'write' | 'admin'

export interface StubUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: 'User'
  site_admin: boolean
}

export interface StubPermissions {
  organization?: Record<string, Level>
  repository?: Record<string, Level>
  other?: Record<string, Level>
}

interface StubTokenFields {
  id: number
  owner: StubUser
  repository_selection: 'none' | 'all' | 'subset'
  repositories_url: string
  permissions: StubPermissions
  token_id: number
  token_name: string
  token_expired: boolean
  /** null: the token never expires. */
  token_expires_at: string | null
  token_last_used_at: string | null
}

/** A pending request, as GET .../personal-access-token-requests lists it. */
export interface StubPatRequest extends StubTokenFields {
  reason: string | null
  created_at: string
}

/** An approved token, as GET .../personal-access-tokens lists it (`id` is the pat_id). */
export interface StubPatGrant extends StubTokenFields {
  access_granted_at: string
}

export interface StubRepository {
  id: number
  name: string
  full_name: string
  owner: { login: string }
  private: boolean
  [field: string]: unknown
}

/** The numeric id GitHub's example uses for the organization. */
export const STUB_ORG_ID = 652551

/** A user with every field of GitHub's simple-user, as in its examples. */
export function stubUser(login = 'octocat', id = 1): StubUser {
  const api = `https://api.github.com/users/${login}`
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: 'https://github.com/images/error/octocat_happy.gif',
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'User',
    site_admin: false,
  }
}

/** Ids count up from GitHub's example ones, so defaults never collide. */
let nextId = 25381
let nextTokenId = 98716

const repositoriesUrl = (
  kind: 'personal-access-token-requests' | 'personal-access-tokens',
  id: number,
) =>
  `https://api.github.com/organizations/${STUB_ORG_ID}/${kind}/${id}/repositories`

/** When GitHub's example request was made, and its token granted. */
const EXAMPLE_DATE = '2023-05-16T08:47:09.000-07:00'

/** What GitHub's example request and token share: octocat, members: read. */
function exampleTokenFields(
  kind: 'personal-access-token-requests' | 'personal-access-tokens',
  id: number,
): StubTokenFields {
  return {
    id,
    owner: stubUser(),
    repository_selection: 'all',
    repositories_url: repositoriesUrl(kind, id),
    permissions: {
      organization: { members: 'read' },
      repository: { metadata: 'read' },
    },
    token_id: nextTokenId++,
    token_name: 'Some Token',
    token_expired: false,
    token_expires_at: '2023-11-16T08:47:09.000-07:00',
    token_last_used_at: null,
  }
}

/** GitHub's example request (id 25381, octocat, members: read), with `partial` over it. */
export function patRequest(
  partial: Partial<StubPatRequest> = {},
): StubPatRequest {
  const id = partial.id ?? nextId++
  return {
    ...exampleTokenFields('personal-access-token-requests', id),
    reason: 'I need to access the GitHub API',
    created_at: EXAMPLE_DATE,
    ...partial,
  }
}

/** GitHub's example token, with `partial` over it. */
export function patGrant(partial: Partial<StubPatGrant> = {}): StubPatGrant {
  const id = partial.id ?? nextId++
  return {
    ...exampleTokenFields('personal-access-tokens', id),
    access_granted_at: EXAMPLE_DATE,
    ...partial,
  }
}

/** A repository in `owner/name` form, with the fields the stub needs. */
export function stubRepository(
  fullName: string,
  id: number,
  isPrivate = true,
): StubRepository {
  const [owner = '', name = ''] = fullName.split('/')
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    owner: { login: owner },
    private: isPrivate,
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`,
  }
}

export interface OrgStubOptions {
  org: string
  /** Default STUB_ORG_ID. */
  orgId?: number
  /** Pending requests. */
  requests?: StubPatRequest[]
  /** Approved tokens. */
  tokens?: StubPatGrant[]
  /**
   * The repositories of a request or a token, by its id (both routes look
   * here: give requests and tokens different ids). An approval carries the
   * request's repositories over to the token it makes.
   */
  repositories?: Record<number, StubRepository[]>
}

export interface RateLimitFault {
  status: 429 | 403
  /** Seconds, sent as `retry-after`; none when left out. */
  retryAfter?: number
  /** Epoch seconds for `x-ratelimit-reset`; default a minute from now. */
  reset?: number
}

export interface Review {
  id: number
  action: 'approve' | 'deny'
  reason: string | null
}

export interface OrgStub {
  /** Use as GITHUB_API_URL. */
  url: string
  /** Every HTTP request received, in arrival order. */
  requests: StubRequest[]
  /** Ids of the requests still pending, in listing order. */
  pending(): number[]
  /** Ids of the tokens still active. */
  tokens(): number[]
  /** Every review decision applied, in order. */
  reviews: Review[]
  /** Every revoked pat id, in order. */
  revoked: number[]
  /** The next `n` requests get a rate limit answer instead. */
  rateLimitNext(n: number, fault: RateLimitFault): void
  /** The next `n` requests are answered (and acted on) after `ms`, even if their client gave up. */
  slowNext(n: number, ms: number): void
  /** The next `n` requests get `status` with a JSON error body. */
  failNext(n: number, status: number): void
  close(): Promise<void>
}

type Fault =
  | { kind: 'rate-limit'; fault: RateLimitFault }
  | { kind: 'slow'; ms: number }
  | { kind: 'fail'; status: number }

const DOCS = 'https://docs.github.com/rest/orgs/personal-access-tokens'

/** GitHub's error body: `status` is a string in its newer answers. */
function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  documentation_url = DOCS,
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    { message, documentation_url, status: String(status) },
    headers,
  )
}

const notFound = (res: ServerResponse) =>
  sendError(res, 404, 'Not Found', 'https://docs.github.com/rest')

/** The wording GitHub's JSON-schema check uses (with its line breaks). */
const invalid = (res: ServerResponse, detail: string) =>
  sendError(res, 422, `Invalid request.\n\n${detail}`)

const SECONDARY_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222222:3333333:44444444.'

/** Only App tokens (installation `ghs_`, user-to-server `ghu_`) pass. */
function refusal(request: StubRequest): [number, string] | undefined {
  const header = request.headers.authorization
  if (!header) return [401, 'Requires authentication']
  const [, token = ''] = /^(?:bearer|token)\s+(\S+)$/i.exec(header) ?? []
  if (/^(ghs|ghu)_/.test(token)) return undefined
  if (/^(github_pat|ghp)_/.test(token))
    return [403, 'Resource not accessible by personal access token']
  return [401, 'Bad credentials']
}

interface Page<T> {
  items: T[]
  link: string | undefined
}

/** `per_page` (default 30, at most 100) and `page`, with GitHub's Link header on the stub's origin. */
function paginate<T>(
  items: readonly T[],
  request: StubRequest,
  origin: string,
  linkPath: string,
): Page<T> {
  const asked = Number(request.query.get('per_page'))
  const perPage =
    Number.isInteger(asked) && asked > 0 ? Math.min(asked, 100) : 30
  const askedPage = Number(request.query.get('page'))
  const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const at = (n: number) => {
    const query = new URLSearchParams(request.query)
    query.set('page', String(n))
    return `<${origin}${linkPath}?${query.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) {
    links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
  }
  if (page > 1) links.push(`${at(1)}; rel="first"`)
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    link: links.length > 0 ? links.join(', ') : undefined,
  }
}

const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0

/** The checks GitHub's schema makes on a review body; a reason for a 422, or undefined. */
function badReview(body: Record<string, unknown>): string | undefined {
  if (body.action !== 'approve' && body.action !== 'deny')
    return `For 'properties/action', ${JSON.stringify(body.action ?? null)} is not one of ["approve", "deny"].`
  const { reason } = body
  if (reason !== undefined && reason !== null && typeof reason !== 'string')
    return `For 'properties/reason', ${JSON.stringify(reason)} is not a string or null.`
  if (typeof reason === 'string' && [...reason].length > 1024)
    return `For 'properties/reason', the value is longer than 1024 characters.`
  return undefined
}

function badIds(ids: unknown, field: string): string | undefined {
  if (!Array.isArray(ids) || !ids.every(isId))
    return `For 'properties/${field}', ${JSON.stringify(ids ?? null)} is not an array of integers.`
  if (ids.length < 1 || ids.length > 100)
    return `For 'properties/${field}', the array must hold between 1 and 100 items (it holds ${ids.length}).`
  return undefined
}

const asObject = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}

export async function startOrgStub(options: OrgStubOptions): Promise<OrgStub> {
  const orgId = options.orgId ?? STUB_ORG_ID
  const pendingRequests = [...(options.requests ?? [])]
  const grants = [...(options.tokens ?? [])]
  const repositories = new Map<number, StubRepository[]>(
    Object.entries(options.repositories ?? {}).map(([id, list]) => [
      Number(id),
      list,
    ]),
  )
  const reviewed = new Set<number>()
  const reviews: Review[] = []
  const revoked: number[] = []
  const faults: Fault[] = []
  const timers = new Set<NodeJS.Timeout>()

  const base = await startApiStub()
  const origin = base.url
  const orgPath = `/organizations/${orgId}`

  const listedRequests = (request: StubRequest) =>
    byCreation(pendingRequests, request.query.get('direction') === 'asc')

  /** Served with `repositories_url` on the stub, as GitHub points at itself. */
  const served = <T extends StubTokenFields>(
    item: T,
    kind: 'personal-access-token-requests' | 'personal-access-tokens',
  ): T => ({
    ...item,
    repositories_url: `${origin}${orgPath}/${kind}/${item.id}/repositories`,
  })

  const sendPage = <T>(
    res: ServerResponse,
    request: StubRequest,
    items: readonly T[],
    linkPath: string,
  ) => {
    const { items: page, link } = paginate(items, request, origin, linkPath)
    sendJson(res, 200, page, link ? { link } : {})
  }

  const grantFrom = (request: StubPatRequest) => {
    const taken = new Set(grants.map((grant) => grant.id))
    const id = taken.has(request.id) ? Math.max(...taken) + 1 : request.id
    const { reason: _reason, created_at: _created, ...fields } = request
    grants.push({
      ...fields,
      id,
      repositories_url: repositoriesUrl('personal-access-tokens', id),
      access_granted_at: new Date().toISOString(),
    })
    const list = repositories.get(request.id)
    if (list && !repositories.has(id)) repositories.set(id, list)
  }

  const review = (id: number, action: 'approve' | 'deny', reason: unknown) => {
    const index = pendingRequests.findIndex((request) => request.id === id)
    const [request] = pendingRequests.splice(index, 1)
    reviewed.add(id)
    reviews.push({
      id,
      action,
      reason: typeof reason === 'string' ? reason : null,
    })
    if (action === 'approve' && request) grantFrom(request)
  }

  const revoke = (id: number) => {
    grants.splice(
      grants.findIndex((grant) => grant.id === id),
      1,
    )
    revoked.push(id)
  }

  const isPending = (id: number) =>
    pendingRequests.some((request) => request.id === id)
  const isGrant = (id: number) => grants.some((grant) => grant.id === id)

  /** `rest` is the path after /orgs/{org} or /organizations/{id}. */
  const answer = (request: StubRequest, res: ServerResponse, rest: string) => {
    const get = request.method === 'GET'
    const post = request.method === 'POST'
    const body = asObject(request.body)
    let match: RegExpExecArray | null

    /** The first page of `items` as `kind` lists them. */
    const list = (
      items: Array<StubPatRequest | StubPatGrant>,
      kind: 'personal-access-token-requests' | 'personal-access-tokens',
    ) =>
      sendPage(
        res,
        request,
        items.map((item) => served(item, kind)),
        `${orgPath}/${kind}`,
      )

    /**
     * A bulk call: `act` on each of `ids` once, or on none of them (422,
     * `refusal`) when one is not `actionable`.
     */
    const bulk = (
      ids: number[],
      actionable: (id: number) => boolean,
      refusal: string,
      act: (id: number) => void,
    ) => {
      if (!ids.every(actionable)) return sendError(res, 422, refusal)
      for (const id of new Set(ids)) act(id)
      return sendJson(res, 202, {})
    }

    if (rest === '/personal-access-token-requests') {
      if (get)
        return list(listedRequests(request), 'personal-access-token-requests')
      if (!post) return notFound(res)
      const bad =
        badIds(body.pat_request_ids, 'pat_request_ids') ?? badReview(body)
      if (bad) return invalid(res, bad)
      // stub: GitHub does not say what a bulk review with a decided id
      // does; this one refuses the whole call and applies nothing.
      return bulk(
        body.pat_request_ids as number[],
        isPending,
        'Some of the requests could not be found or have already been reviewed.',
        (id) => review(id, body.action as 'approve' | 'deny', body.reason),
      )
    }

    if ((match = /^\/personal-access-token-requests\/(\d+)$/.exec(rest))) {
      if (!post) return notFound(res)
      const id = Number(match[1])
      if (!isPending(id) && !reviewed.has(id)) return notFound(res)
      const bad = badReview(body)
      if (bad) return invalid(res, bad)
      if (!isPending(id))
        return sendError(res, 422, 'This request has already been reviewed.')
      review(id, body.action as 'approve' | 'deny', body.reason)
      res.writeHead(204).end()
      return
    }

    if (
      (match =
        /^\/personal-access-token(-request)?s\/(\d+)\/repositories$/.exec(rest))
    ) {
      if (!get) return notFound(res)
      const id = Number(match[2])
      const known = match[1] ? isPending(id) || reviewed.has(id) : isGrant(id)
      if (!known) return notFound(res)
      return sendPage(
        res,
        request,
        repositories.get(id) ?? [],
        `${orgPath}${rest}`,
      )
    }

    if (rest === '/personal-access-tokens') {
      if (get) return list(grants, 'personal-access-tokens')
      if (!post) return notFound(res)
      if (body.action !== 'revoke')
        return invalid(
          res,
          `For 'properties/action', ${JSON.stringify(body.action ?? null)} is not one of ["revoke"].`,
        )
      const bad = badIds(body.pat_ids, 'pat_ids')
      if (bad) return invalid(res, bad)
      // stub: all or nothing, as for bulk reviews.
      return bulk(
        body.pat_ids as number[],
        isGrant,
        'Some of the tokens could not be found or have already been revoked.',
        revoke,
      )
    }

    if ((match = /^\/personal-access-tokens\/(\d+)$/.exec(rest))) {
      if (!post) return notFound(res)
      const id = Number(match[1])
      if (!isGrant(id)) return notFound(res)
      if (body.action !== 'revoke')
        return invalid(
          res,
          `For 'properties/action', ${JSON.stringify(body.action ?? null)} is not one of ["revoke"].`,
        )
      revoke(id)
      res.writeHead(204).end()
      return
    }

    return notFound(res)
  }

  const handle = (request: StubRequest, res: ServerResponse) => {
    const refused = refusal(request)
    if (refused) return sendError(res, refused[0], refused[1])
    const match = /^\/(orgs|organizations)\/([^/]+)(\/.*)?$/.exec(request.path)
    if (!match) return notFound(res)
    const [, kind, name = '', rest = ''] = match
    const ours =
      kind === 'orgs'
        ? decodeURIComponent(name).toLowerCase() === options.org.toLowerCase()
        : name === String(orgId)
    if (!ours) return notFound(res)
    answer(request, res, rest)
  }

  const rateLimited = (res: ServerResponse, fault: RateLimitFault) => {
    const reset = fault.reset ?? Math.floor(Date.now() / 1000) + 60
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    }
    if (fault.retryAfter !== undefined)
      headers['retry-after'] = String(fault.retryAfter)
    sendError(
      res,
      fault.status,
      SECONDARY_LIMIT,
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      headers,
    )
  }

  base.reset((request, res) => {
    const fault = faults.shift()
    if (fault?.kind === 'rate-limit') return rateLimited(res, fault.fault)
    if (fault?.kind === 'fail')
      return sendError(
        res,
        fault.status,
        fault.status >= 500
          ? 'Server Error'
          : (STATUS_CODES[fault.status] ?? 'Error'),
      )
    if (fault?.kind === 'slow') {
      // GitHub acts on a call whose client gave up waiting: so does this.
      const timer = setTimeout(() => {
        timers.delete(timer)
        handle(request, res)
      }, fault.ms)
      timers.add(timer)
      return
    }
    handle(request, res)
  })

  const queue = (n: number, fault: Fault) => {
    for (let i = 0; i < n; i++) faults.push(fault)
  }

  return {
    url: origin,
    requests: base.requests,
    pending: () => byCreation(pendingRequests).map((request) => request.id),
    tokens: () => grants.map((grant) => grant.id),
    reviews,
    revoked,
    rateLimitNext: (n, fault) => queue(n, { kind: 'rate-limit', fault }),
    slowNext: (n, ms) => queue(n, { kind: 'slow', ms }),
    failNext: (n, status) => queue(n, { kind: 'fail', status }),
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      await base.close()
    },
  }
}

/**
 * GitHub lists requests newest first (sort=created_at, direction=desc);
 * the sort is stable, so requests made at the same time keep their order.
 */
function byCreation(
  requests: readonly StubPatRequest[],
  ascending = false,
): StubPatRequest[] {
  const sign = ascending ? 1 : -1
  return [...requests].sort(
    (a, b) => sign * (Date.parse(a.created_at) - Date.parse(b.created_at)),
  )
}
