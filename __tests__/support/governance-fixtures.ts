import {
  patGrant,
  patRequest,
  startOrgStub,
  stubRepository,
  stubUser,
} from './org-api-stub.js'
import type {
  Level,
  OrgStub,
  OrgStubOptions,
  StubPatGrant,
  StubPatRequest,
} from './org-api-stub.js'

// What the `review` and `audit` process tests (the CLI's and the Action's)
// share: the organization, a workspace's policy and release template,
// builders for pending requests and active tokens against the stub in
// org-api-stub.ts, and the messages those files make the judge write.

export const ORG = 'octo-org'
export const PAT = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'
export const REQUESTS = `/orgs/${ORG}/personal-access-token-requests`
export const TOKENS = `/orgs/${ORG}/personal-access-tokens`

export const CONFIG = '.github/token-templates.config.yml'
export const RELEASE = '.github/token-templates/release.yml'

// Line 2: max_lifetime_days; 4 and 5: forbidden_permissions; 6: allowed_targets.
export const POLICY = `policy:
  max_lifetime_days: 90
  forbidden_permissions:
    - administration
    - pull_requests: write
  allowed_targets: [octo-org, 'octo-*', acme-*]
`

export const RELEASE_TEMPLATE = `name: Release notes
description: Writes the release notes
target_name: octo-org
expires_in: 30
repositories: selected
permissions:
  contents: write
`

/** A workspace's files: the policy and the release template. */
export const GOVERNANCE_FILES: Record<string, string> = {
  [CONFIG]: POLICY,
  [RELEASE]: RELEASE_TEMPLATE,
}

/**
 * Starts organization stubs (for ORG unless the options name another) and
 * closes them after each test. Call it once, at a test file's top level.
 */
export function orgStubsClosedAfterEach(): (
  options: Partial<OrgStubOptions>,
) => Promise<OrgStub> {
  const stubs: OrgStub[] = []
  afterEach(async () => {
    for (const stub of stubs.splice(0)) await stub.close()
  })
  return async (options) => {
    const stub = await startOrgStub({ org: ORG, ...options })
    stubs.push(stub)
    return stub
  }
}

/** The review and revoke calls `stub` received. */
export const posts = (stub: OrgStub) =>
  stub.requests.filter((request) => request.method === 'POST')

export const CREATED = '2026-05-16T08:47:09.000-07:00'
export const DAY = 86_400_000
/** `days` after CREATED, as the API writes dates. */
export const after = (days: number) =>
  new Date(Date.parse(CREATED) + days * DAY).toISOString()
/** `days` before now, as the API writes dates. */
export const ago = (days: number) =>
  new Date(Date.now() - days * DAY).toISOString()
/** Fixed once, so a token's date and the message's are the same. */
export const AGO_25 = ago(25)

/**
 * A builder of `login`'s token `name` for repository `permissions` (and
 * metadata: read) on a subset: `make` over `dates`, then `extra` over both.
 */
const subsetTokens =
  <T extends StubPatRequest | StubPatGrant>(
    make: (partial: Partial<T>) => T,
    dates: () => Partial<T>,
  ) =>
  (
    id: number,
    login: string,
    name: string,
    permissions: Record<string, Level>,
    extra: Partial<T> = {},
  ): T =>
    make({
      id,
      owner: stubUser(login, id),
      token_name: name,
      repository_selection: 'subset',
      permissions: {
        organization: {},
        repository: { metadata: 'read', ...permissions },
        other: {},
      },
      ...dates(),
      ...extra,
    })

/** A pending request for repository permissions, made at CREATED, expiring in 30 days. */
export const pendingRequest = subsetTokens<StubPatRequest>(patRequest, () => ({
  created_at: CREATED,
  token_expires_at: after(30),
}))

/** An active token for repository permissions, granted 10 days ago for 30 days. */
export const activeToken = subsetTokens<StubPatGrant>(patGrant, () => ({
  access_granted_at: ago(10),
  token_expires_at: ago(-20),
  token_last_used_at: ago(1),
}))

/** An active token's dates: granted AGO_25 for 30 days, never used. */
export const unusedSinceAgo25 = (): Partial<StubPatGrant> => ({
  access_granted_at: AGO_25,
  token_expires_at: ago(-5),
  token_last_used_at: null,
})

/** An expired token's dates: granted 40 days ago, expired 10 days ago. */
export const expiredTenDaysAgo = (): Partial<StubPatGrant> => ({
  access_granted_at: ago(40),
  token_expires_at: ago(10),
  token_expired: true,
})

/**
 * Three requests from `first` on, each with its repositories: octocat's
 * "Release notes" (approve), hubot's "admin" (deny), monalisa's "ci" (manual).
 */
export function threeRequests(first: number) {
  return {
    requests: [
      pendingRequest(first, 'octocat', 'Release notes', { contents: 'write' }),
      pendingRequest(first + 1, 'hubot', 'admin', { administration: 'read' }),
      pendingRequest(first + 2, 'monalisa', 'ci', { issues: 'write' }),
    ],
    repositories: {
      [first]: [
        stubRepository('octo-org/app', 101),
        stubRepository('octo-org/site', 102),
      ],
      [first + 1]: [stubRepository('octo-org/app', 101)],
      [first + 2]: [stubRepository('octo-org/app', 101)],
    },
  }
}

export const APPROVE_REASON = `matches the approved template "Release notes" (${RELEASE}#1)`
export const CLOSEST = `closest: "Release notes" (${RELEASE}#1)`
/** The request for administration: read. */
export const DENY_ADMIN = `breaks the policy: asks for administration: read, which policy.forbidden_permissions (${CONFIG} line 4) forbids (administration)`
/** The request for issues: write. */
export const MANUAL_ISSUES = `no approved template covers it; ${CLOSEST}: asks for issues: write, which the template does not grant`
/** A token with administration: write: its error, then its warning. */
export const HOLDS_ADMIN = `breaks the policy: holds administration: write, which policy.forbidden_permissions (${CONFIG} line 4) forbids (administration)`
export const HOLDS_ADMIN_UNMATCHED = `no approved template covers it; ${CLOSEST}: holds administration: write, which the template does not grant`
/** A token with issues: write. */
export const HOLDS_ISSUES = MANUAL_ISSUES.replace('asks for', 'holds')
/** A token granted AGO_25 and never used, under a stale limit below 25 days. */
export const NEVER_USED_25_DAYS = `never used in the 25 days since access was granted (${AGO_25.slice(0, 10)}); revoke it if nobody needs it`

/** The start of the one-line error for a personal access token's 403 on GET `path`. */
export const patForbidden = (path: string, permission: string) =>
  `GET ${path}: HTTP 403 (Resource not accessible by personal access token): these endpoints take a GitHub App token (installation or user-to-server) whose App has ${permission}: read; a personal access token gets 403`
