import { jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Code, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { CLI, workspace as tempWorkspace } from './support/cli-process.js'
import { sendJson, startApiStub } from './support/github-api-stub.js'
import type { StubRequest } from './support/github-api-stub.js'
import {
  APPROVE_REASON,
  CLOSEST,
  CONFIG,
  CREATED,
  DAY,
  DENY_ADMIN,
  GOVERNANCE_FILES,
  HOLDS_ADMIN,
  HOLDS_ADMIN_UNMATCHED,
  HOLDS_ISSUES,
  MANUAL_ISSUES,
  NEVER_USED_25_DAYS,
  ORG,
  PAT,
  POLICY,
  RELEASE,
  REQUESTS,
  TOKENS,
  activeToken,
  after,
  ago,
  expiredTenDaysAgo,
  orgStubsClosedAfterEach,
  patForbidden,
  pendingRequest,
  posts,
  threeRequests as threeRequestsFrom,
  unusedSinceAgo25,
} from './support/governance-fixtures.js'
import {
  STUB_ORG_ID,
  patGrant,
  patRequest,
  stubRepository,
  stubUser,
} from './support/org-api-stub.js'
import type { Level, OrgStub, StubPatRequest } from './support/org-api-stub.js'

// `token-templates review` and `audit`, the bundled CLI run as a process
// (dist/cli/index.js; `npm run build` after changing src/), against a
// stateful stand-in for GitHub's organization token endpoints on
// 127.0.0.1 (GITHUB_API_URL). The stub lives in this process: the CLI
// runs with spawn, never spawnSync.

jest.setTimeout(20_000)

const APP_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/**
 * A workspace with `base` (by default the policy and the release
 * template), plus `files`; removed after all tests.
 */
function workspace(
  files: Record<string, string> = {},
  base = GOVERNANCE_FILES,
): string {
  const root = tempWorkspace({ ...base, ...files }, 'tt-governance-')
  roots.push(root)
  return root
}

interface Result {
  status: number | null
  stdout: string
  stderr: string
  ms: number
}

/** The bundled CLI as a process, with only PATH and `env` in its environment. */
function cli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<Result> {
  const started = Date.now()
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.on('error', fail)
    child.on('close', (status) => {
      clearTimeout(killer)
      done({ status, stdout, stderr, ms: Date.now() - started })
    })
  })
}

const orgStub = orgStubsClosedAfterEach()

/** The CLI against `stub` with an App token. */
const run = (
  stub: { url: string },
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
) =>
  cli(args, cwd, {
    GITHUB_TOKEN: APP_TOKEN,
    GITHUB_API_URL: stub.url,
    TOKEN_TEMPLATES_API_TIMEOUT_MS: '5000',
    ...env,
  })

const review = (
  stub: { url: string },
  cwd: string,
  flags: string[] = [],
  env: Record<string, string | undefined> = {},
  org = ORG,
) => run(stub, ['review', '--org', org, ...flags], cwd, env)

const audit = (
  stub: { url: string },
  cwd: string,
  flags: string[] = [],
  env: Record<string, string | undefined> = {},
) => run(stub, ['audit', '--org', ORG, ...flags], cwd, env)

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

/** Expects nothing on stderr and exit `status`; gives `result` back. */
function expectQuietExit(result: Result, status = 0): Result {
  expect(result.stderr).toBe('')
  expect(result.status).toBe(status)
  return result
}

interface ReviewJson {
  requests: Array<Record<string, unknown>>
  summary: Record<string, unknown>
}

interface AuditJson {
  tokens: Array<{
    id: number
    owner: string
    token_name: string
    findings: Array<{ rule: string; severity: string; message: string }>
    outcome?: string
  }>
  summary: Record<string, number>
}

/** `review` with `flags` then `--format json`: quiet, exit 0; its output. */
async function reviewJson(
  stub: { url: string },
  cwd: string,
  flags: string[] = [],
): Promise<ReviewJson> {
  const result = expectQuietExit(
    await review(stub, cwd, [...flags, '--format', 'json']),
  )
  return JSON.parse(result.stdout) as ReviewJson
}

/** `audit` with `flags` then `--format json`: quiet, exit 1; its output. */
async function auditJson(
  stub: { url: string },
  cwd: string,
  flags: string[],
): Promise<AuditJson> {
  const result = expectQuietExit(
    await audit(stub, cwd, [...flags, '--format', 'json']),
    1,
  )
  return JSON.parse(result.stdout) as AuditJson
}

/** One line on stderr, `token-templates: …`, with no stack trace. */
function expectOneLineFailure(result: Result, message: string): void {
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(`token-templates: ${message}\n`)
  expect(result.stderr).not.toMatch(/^\s+at /m)
  expect(result.status).toBe(2)
}

/** Three requests: approve (subset, with repositories), deny, manual. */
const threeRequests = () => threeRequestsFrom(31001)

/** threeRequests(), then `more` requests (with no repositories of their own). */
function threeRequestsAnd(...more: StubPatRequest[]) {
  const { requests, repositories } = threeRequests()
  return { requests: [...requests, ...more], repositories }
}

/**
 * `review --apply` (then `flags`) of threeRequests(), where the first
 * `passing` calls go through and the `failing` after them get HTTP
 * `status`: exit 2.
 */
async function reviewFailing(
  passing: number,
  failing: number,
  status: number,
  flags: string[] = [],
) {
  const stub = await orgStub(threeRequests())
  stub.slowNext(passing, 0)
  stub.failNext(failing, status)
  const result = await review(stub, workspace(), ['--apply', ...flags])
  expect(result.status).toBe(2)
  return { stub, result }
}

describe('review: a dry run', () => {
  it('prints a verdict per request and sends nothing (text)', async () => {
    const stub = await orgStub(threeRequests())
    const result = await review(stub, workspace())
    expect(result.stderr).toBe('')
    expect(lines(result.stdout)).toEqual([
      `request 31001 by octocat, "Release notes": approve: ${APPROVE_REASON}`,
      `request 31002 by hubot, "admin": deny: ${DENY_ADMIN}`,
      `request 31003 by monalisa, "ci": manual review: ${MANUAL_ISSUES}`,
      '3 pending requests: 1 to approve, 1 to deny, 1 for manual review; dry run: nothing sent (--apply sends the approvals and denials)',
    ])
    expect(result.status).toBe(0)
    expect(posts(stub)).toEqual([])
    expect(stub.pending()).toEqual([31001, 31002, 31003])
    expect(stub.reviews).toEqual([])
  })

  it('prints the JSON the issue describes, and sends nothing (--format json)', async () => {
    const stub = await orgStub(threeRequests())
    const output = await reviewJson(stub, workspace())
    expect(output).toEqual({
      requests: [
        {
          id: 31001,
          owner: 'octocat',
          token_name: 'Release notes',
          verdict: 'approve',
          template: `${RELEASE}#1`,
          reason: APPROVE_REASON,
          repository_selection: 'subset',
          repositories: ['octo-org/app', 'octo-org/site'],
        },
        {
          id: 31002,
          owner: 'hubot',
          token_name: 'admin',
          verdict: 'deny',
          template: null,
          reason: DENY_ADMIN,
          repository_selection: 'subset',
          repositories: ['octo-org/app'],
        },
        {
          id: 31003,
          owner: 'monalisa',
          token_name: 'ci',
          verdict: 'manual',
          template: null,
          reason: MANUAL_ISSUES,
          repository_selection: 'subset',
          repositories: ['octo-org/app'],
        },
      ],
      summary: {
        approve: 1,
        deny: 1,
        manual: 1,
        applied: false,
        sent: 0,
        reviewed_meanwhile: 0,
        repositories_not_listed: 0,
      },
    })
    expect(stub.requests.map((r) => r.method)).not.toContain('POST')
    expect(stub.pending()).toEqual([31001, 31002, 31003])
  })
})

describe('review --apply', () => {
  it('sends the approvals and denials with their reasons; manual requests stay pending', async () => {
    const stub = await orgStub(
      threeRequestsAnd(
        pendingRequest(31004, 'mona', 'admin too', { administration: 'write' }),
        pendingRequest(31005, 'lisa', 'notes', { contents: 'read' }),
      ),
    )
    const output = await reviewJson(stub, workspace(), ['--apply'])
    const bodies = posts(stub).map((r) => [r.path, r.body])
    expect(bodies).toEqual([
      [
        REQUESTS,
        {
          pat_request_ids: [31001, 31005],
          action: 'approve',
          reason: APPROVE_REASON,
        },
      ],
      [
        REQUESTS,
        { pat_request_ids: [31002], action: 'deny', reason: DENY_ADMIN },
      ],
      [
        REQUESTS,
        {
          pat_request_ids: [31004],
          action: 'deny',
          reason: DENY_ADMIN.replace(
            'administration: read',
            'administration: write',
          ),
        },
      ],
    ])
    for (const request of posts(stub)) {
      const { reason } = request.body as { reason: string }
      expect([...reason].length).toBeLessThanOrEqual(1024)
    }
    expect(stub.pending()).toEqual([31003])
    expect(output.requests.map((r) => [r.id, r.verdict, r.outcome])).toEqual([
      [31001, 'approve', 'sent'],
      [31002, 'deny', 'sent'],
      [31003, 'manual', undefined],
      [31004, 'deny', 'sent'],
      [31005, 'approve', 'sent'],
    ])
    expect(output.summary).toEqual({
      approve: 2,
      deny: 2,
      manual: 1,
      applied: true,
      sent: 4,
      reviewed_meanwhile: 0,
      repositories_not_listed: 0,
    })
  })

  it('says what it sent (text)', async () => {
    const stub = await orgStub(threeRequests())
    const result = expectQuietExit(await review(stub, workspace(), ['--apply']))
    expect(lines(result.stdout)).toEqual([
      `request 31001 by octocat, "Release notes": approve (sent): ${APPROVE_REASON}`,
      `request 31002 by hubot, "admin": deny (sent): ${DENY_ADMIN}`,
      `request 31003 by monalisa, "ci": manual review: ${MANUAL_ISSUES}`,
      '3 pending requests: 1 to approve, 1 to deny, 1 for manual review; 2 sent; manual ones stay pending',
    ])
    expect(stub.reviews).toEqual([
      { id: 31001, action: 'approve', reason: APPROVE_REASON },
      { id: 31002, action: 'deny', reason: DENY_ADMIN },
    ])
  })

  it('cuts a reason to 1,024 characters, which GitHub accepts', async () => {
    const asks: Record<string, Level> = {}
    for (const name of [
      'actions',
      'artifact_metadata',
      'attestations',
      'actions_variables',
      'repository_hooks',
      'code_quality',
      'security_events',
      'codespaces',
      'codespaces_lifecycle_admin',
      'statuses',
      'repository_custom_properties',
      'vulnerability_alerts',
      'dependabot_secrets',
      'deployments',
      'discussions',
      'environments',
      'issues',
      'merge_queues',
      'pages',
      'repository_advisories',
      'secret_scanning_alerts',
    ])
      asks[name] = 'write'
    const stub = await orgStub({
      requests: [pendingRequest(31010, 'octocat', 'everything', asks)],
    })
    const output = await reviewJson(stub, workspace(), [
      '--apply',
      '--deny-unmatched',
    ])
    const [sent] = posts(stub)
    const body = sent!.body as { reason: string; action: string }
    expect(body.action).toBe('deny')
    expect([...body.reason].length).toBeLessThanOrEqual(1024)
    expect(body.reason.length).toBeGreaterThan(1000)
    expect(body.reason).toMatch(/^no approved template covers it; .*…$/)
    expect(stub.reviews).toEqual([
      { id: 31010, action: 'deny', reason: body.reason },
    ])
    expect(output.requests[0]!.reason).toBe(body.reason)
  })
})

describe('review: paging past 100', () => {
  it('judges 250 pending requests once each and sends bulk calls of at most 100 ids', async () => {
    const requests: StubPatRequest[] = []
    // 150 to approve, 60 to deny, 40 for manual review.
    for (let i = 0; i < 250; i++) {
      const id = 40_000 + i
      const asks: Record<string, Level> =
        i < 150
          ? { contents: 'write' }
          : i < 210
            ? { administration: 'read' }
            : { issues: 'write' }
      requests.push(
        pendingRequest(id, `user${i}`, `token ${i}`, asks, {
          repository_selection: 'none',
        }),
      )
    }
    const stub = await orgStub({ requests })
    const output = await reviewJson(stub, workspace(), ['--apply'])
    // The first page by name, the next ones where GitHub's Link points.
    const lists = stub.requests.filter(
      (r) =>
        r.method === 'GET' &&
        (r.path === REQUESTS ||
          r.path ===
            `/organizations/${STUB_ORG_ID}/personal-access-token-requests`),
    )
    expect(lists.map((r) => r.query.get('page'))).toEqual([null, '2', '3'])
    expect(lists.every((r) => r.query.get('per_page') === '100')).toBe(true)
    const ids = output.requests.map((r) => r.id as number)
    expect(ids).toHaveLength(250)
    expect(new Set(ids).size).toBe(250)
    expect([...ids].sort()).toEqual(requests.map((r) => r.id).sort())
    expect(output.summary).toEqual({
      approve: 150,
      deny: 60,
      manual: 40,
      applied: true,
      sent: 210,
      reviewed_meanwhile: 0,
      repositories_not_listed: 0,
    })
    const sent = posts(stub).map(
      (r) => r.body as { pat_request_ids: number[]; action: string },
    )
    expect(
      sent.map(({ action, pat_request_ids }) => [
        action,
        pat_request_ids.length,
      ]),
    ).toEqual([
      ['approve', 100],
      ['approve', 50],
      ['deny', 60],
    ])
    expect(posts(stub).every((r) => r.path === REQUESTS)).toBe(true)
    const decided = sent.flatMap((body) => body.pat_request_ids)
    expect(new Set(decided).size).toBe(210)
    expect(stub.pending()).toHaveLength(40)
    expect(stub.reviews).toHaveLength(210)
  })
})

/**
 * A proxy in front of the stub that, when the CLI lists the requests,
 * lets someone else review `reviewedMeanwhile` before the list arrives.
 */
async function reviewingProxy(
  stub: OrgStub,
  reviewedMeanwhile: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const relay = async () => {
        const body = Buffer.concat(chunks)
        const headers = { ...req.headers } as Record<string, string>
        delete headers.host
        delete headers['content-length']
        delete headers.connection
        const answer = await fetch(`${stub.url}${req.url}`, {
          method: req.method,
          headers,
          body: body.length ? body : undefined,
        })
        const text = await answer.text()
        if (req.method === 'GET' && req.url?.startsWith(`${REQUESTS}?`)) {
          // The test checks stub.reviews: this denial comes first.
          await fetch(`${stub.url}${REQUESTS}/${reviewedMeanwhile}`, {
            method: 'POST',
            headers: {
              authorization: 'Bearer ghs_someoneelse',
              'content-type': 'application/json',
            },
            body: JSON.stringify({ action: 'deny', reason: 'by hand' }),
          })
        }
        const out: Record<string, string> = {}
        answer.headers.forEach((value, name) => {
          if (name !== 'content-length' && name !== 'transfer-encoding')
            out[name] = value
        })
        res.writeHead(answer.status, out)
        res.end(text)
      }
      relay().catch((error: unknown) =>
        sendJson(res, 599, { message: `proxy: ${String(error)}` }),
      )
    })
  })
  await new Promise<void>((listening) =>
    server.listen(0, '127.0.0.1', listening),
  )
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections()
        server.close(() => closed())
      }),
  }
}

describe('review: idempotency', () => {
  it('a second --apply finds nothing pending and sends nothing', async () => {
    const { requests, repositories } = threeRequests()
    const stub = await orgStub({
      requests: requests.slice(0, 2),
      repositories,
    })
    const root = workspace()
    const first = await review(stub, root, ['--apply'])
    expect(first.status).toBe(0)
    expect(posts(stub)).toHaveLength(2)
    expect(stub.pending()).toEqual([])
    const before = stub.requests.length
    const second = expectQuietExit(await review(stub, root, ['--apply']))
    expect(lines(second.stdout)).toEqual([
      '0 pending requests: 0 to approve, 0 to deny, 0 for manual review; nothing to send; manual ones stay pending',
    ])
    const again = stub.requests.slice(before)
    expect(again.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${REQUESTS}`,
    ])
    expect(stub.reviews).toHaveLength(2)
  })

  it('reports a request someone reviewed between list and apply as already-reviewed, exit 0', async () => {
    const stub = await orgStub(
      threeRequestsAnd(
        pendingRequest(31005, 'lisa', 'notes', { contents: 'read' }),
      ),
    )
    const proxy = await reviewingProxy(stub, 31001)
    try {
      const output = await reviewJson(proxy, workspace(), ['--apply'])
      expect(output.requests.map((r) => [r.id, r.verdict, r.outcome])).toEqual([
        [31001, 'approve', 'already-reviewed'],
        [31002, 'deny', 'sent'],
        [31003, 'manual', undefined],
        [31005, 'approve', 'sent'],
      ])
      // Someone else's denial stands; the other approval still went through.
      expect(stub.reviews).toEqual([
        { id: 31001, action: 'deny', reason: 'by hand' },
        { id: 31005, action: 'approve', reason: APPROVE_REASON },
        { id: 31002, action: 'deny', reason: DENY_ADMIN },
      ])
      expect(stub.pending()).toEqual([31003])
    } finally {
      await proxy.close()
    }
  })

  it('says so in text', async () => {
    const { requests, repositories } = threeRequests()
    const stub = await orgStub({ requests, repositories })
    const proxy = await reviewingProxy(stub, 31002)
    try {
      const result = expectQuietExit(
        await review(proxy, workspace(), ['--apply']),
      )
      expect(lines(result.stdout)[1]).toBe(
        `request 31002 by hubot, "admin": deny (already reviewed by someone else: left alone): ${DENY_ADMIN}`,
      )
    } finally {
      await proxy.close()
    }
  })
})

describe('review: every deny reason names the setting and its config line', () => {
  it('forbidden_permissions (a name, and name: level) and max_lifetime_days (too long, never expires)', async () => {
    const stub = await orgStub({
      requests: [
        pendingRequest(32001, 'a', 'admin', { administration: 'read' }),
        pendingRequest(32002, 'b', 'prs', { pull_requests: 'write' }),
        pendingRequest(
          32003,
          'c',
          'long',
          { contents: 'read' },
          {
            token_expires_at: after(120),
          },
        ),
        pendingRequest(
          32004,
          'd',
          'forever',
          { contents: 'read' },
          {
            token_expires_at: null,
          },
        ),
        // Within the day's grace: no lifetime breach (the template's 30 days are another matter).
        pendingRequest(
          32005,
          'e',
          'just',
          { contents: 'read' },
          {
            token_expires_at: after(91),
          },
        ),
        // pull_requests: read is below the forbidden level.
        pendingRequest(32006, 'f', 'read prs', { pull_requests: 'read' }),
      ],
    })
    const output = await reviewJson(stub, workspace(), ['--apply'])
    expect(output.requests.map((r) => [r.id, r.verdict, r.reason])).toEqual([
      [32001, 'deny', DENY_ADMIN],
      [
        32002,
        'deny',
        `breaks the policy: asks for pull_requests: write, which policy.forbidden_permissions (${CONFIG} line 5) forbids (pull_requests: write or above)`,
      ],
      [
        32003,
        'deny',
        `breaks the policy: lives 120 days, more than policy.max_lifetime_days (${CONFIG} line 2) allows (90)`,
      ],
      [
        32004,
        'deny',
        `breaks the policy: never expires, and policy.max_lifetime_days (${CONFIG} line 2) is 90 days`,
      ],
      [
        32005,
        'manual',
        `no approved template covers it; ${CLOSEST}: expires on ${after(91).slice(0, 10)}, 91 days after ${after(0).slice(0, 10)}; the template allows 30`,
      ],
      [
        32006,
        'manual',
        `no approved template covers it; ${CLOSEST}: asks for pull_requests: read, which the template does not grant`,
      ],
    ])
    // Each denial went to GitHub with its own reason.
    expect(
      posts(stub).map((r) => {
        const body = r.body as { pat_request_ids: number[]; reason: string }
        return [body.pat_request_ids, body.reason]
      }),
    ).toEqual(
      output.requests
        .filter((r) => r.verdict === 'deny')
        .map((r) => [[r.id], r.reason]),
    )
  })

  it('allowed_targets: an organization the policy does not allow', async () => {
    const stub = await orgStub({
      org: 'elsewhere',
      requests: [
        pendingRequest(32101, 'octocat', 'notes', { contents: 'read' }),
      ],
    })
    const result = expectQuietExit(
      await review(stub, workspace(), [], {}, 'elsewhere'),
    )
    expect(lines(result.stdout)[0]).toBe(
      `request 32101 by octocat, "notes": deny: breaks the policy: the organization elsewhere is not in policy.allowed_targets (${CONFIG} line 6)`,
    )
  })
})

describe('review: the repository-selection rule', () => {
  const template = (selection: string) => `name: Read issues
description: Reads issues
target_name: octo-org
expires_in: 30
repositories: ${selection}
permissions:
  issues: read
`
  const asks = (selection: 'subset' | 'all' | 'none', id: number) =>
    pendingRequest(
      id,
      'octocat',
      selection,
      { issues: 'read' },
      {
        repository_selection: selection,
      },
    )

  it.each([
    ['selected', { subset: 'approve', all: 'manual', none: 'approve' }],
    ['all', { subset: 'approve', all: 'approve', none: 'approve' }],
    ['none', { subset: 'manual', all: 'manual', none: 'approve' }],
  ])(
    'repositories: %s',
    async (selection, expected: Record<string, string>) => {
      const stub = await orgStub({
        requests: [
          asks('subset', 33001),
          asks('all', 33002),
          asks('none', 33003),
        ],
        repositories: { 33001: [stubRepository('octo-org/app', 101)] },
      })
      const root = workspace(
        { '.github/token-templates/issues.yml': template(selection) },
        { [CONFIG]: POLICY },
      )
      const output = await reviewJson(stub, root)
      const words = {
        subset: 'selected repositories',
        all: 'all repositories',
        none: 'public repositories only',
      } as const
      const allows = {
        selected: 'selected repositories',
        all: 'any repositories',
        none: 'public repositories only',
      } as Record<string, string>
      expect(
        output.requests.map((r) => [
          r.repository_selection,
          r.verdict,
          r.reason,
        ]),
      ).toEqual(
        (['subset', 'all', 'none'] as const).map((asked) => [
          asked,
          expected[asked],
          expected[asked] === 'approve'
            ? `matches the approved template "Read issues" (.github/token-templates/issues.yml#1)`
            : `no approved template covers it; closest: "Read issues" (.github/token-templates/issues.yml#1): asks for ${words[asked]}, the template allows ${allows[selection]} (repositories:)`,
        ]),
      )
      // Only the subset request's repositories were fetched, and shown.
      expect(
        stub.requests
          .filter((r) => r.path.endsWith('/repositories'))
          .map((r) => r.path),
      ).toEqual([`${REQUESTS}/33001/repositories`])
      expect(output.requests.map((r) => r.repositories)).toEqual([
        ['octo-org/app'],
        undefined,
        undefined,
      ])
    },
  )
})

describe('review --deny-unmatched', () => {
  it('denies what would go to manual review, with the same reason', async () => {
    const stub = await orgStub(threeRequests())
    const result = expectQuietExit(
      await review(stub, workspace(), ['--deny-unmatched', '--apply']),
    )
    expect(lines(result.stdout)[2]).toBe(
      `request 31003 by monalisa, "ci": deny (sent): ${MANUAL_ISSUES}`,
    )
    expect(posts(stub).map((r) => r.body)).toContainEqual({
      pat_request_ids: [31003],
      action: 'deny',
      reason: MANUAL_ISSUES,
    })
    expect(stub.pending()).toEqual([])
  })
})

describe('review never approves what it cannot vouch for', () => {
  it('a template file with a YAML syntax error: exit 2, one line, nothing sent', async () => {
    const stub = await orgStub(threeRequests())
    const root = workspace({
      '.github/token-templates/broken.yml':
        'name: Broken\npermissions: [contents\n',
    })
    const result = await review(stub, root, ['--apply'])
    expect(result.stdout).toBe('')
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toMatch(
      /^token-templates: \.github\/token-templates\/broken\.yml:\d+:\d+: .*\(yaml-syntax\); nothing is judged while a template file fails to load\n$/,
    )
    expect(result.status).toBe(2)
    expect(posts(stub)).toEqual([])
    expect(stub.pending()).toEqual([31001, 31002, 31003])
  })

  it('a config that fails to load: exit 2, one line, nothing sent', async () => {
    const stub = await orgStub(threeRequests())
    const root = workspace({
      [CONFIG]: 'policy:\n  max_lifetime_days: many\n',
    })
    const result = await review(stub, root, ['--apply'])
    expect(result.stdout).toBe('')
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toMatch(/^token-templates: .*max_lifetime_days/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.status).toBe(2)
    expect(posts(stub)).toEqual([])
  })

  it('a permission, or a level, the catalog does not know: manual', async () => {
    const stub = await orgStub({
      requests: [
        pendingRequest(34001, 'octocat', 'new', {
          contents: 'write',
          teleport: 'write',
        }),
        pendingRequest(34002, 'hubot', 'odd', { metadata: 'write' as Level }),
        patRequest({
          id: 34003,
          owner: stubUser('mona', 3),
          token_name: 'future',
          repository_selection: 'none',
          permissions: {
            repository: { contents: 'read' },
            enterprise: { copilot: 'read' },
          } as never,
          created_at: CREATED,
          token_expires_at: after(30),
        }),
      ],
    })
    const output = await reviewJson(stub, workspace(), ['--apply'])
    expect(output.requests.map((r) => [r.id, r.verdict, r.reason])).toEqual([
      [
        34001,
        'manual',
        'cannot be judged: teleport is not a repository permission this release knows',
      ],
      [
        34002,
        'manual',
        'cannot be judged: metadata has no write level (it has read)',
      ],
      [
        34003,
        'manual',
        'cannot be judged: copilot is in enterprise, a group of permissions this release does not know',
      ],
    ])
    expect(posts(stub)).toEqual([])
  })

  it('a template with a lint error approves nothing', async () => {
    const stub = await orgStub({
      requests: [
        pendingRequest(34101, 'octocat', 'issues', { issues: 'write' }),
      ],
    })
    const root = workspace(
      {
        '.github/token-templates/triage.yml': `name: Triage
description: Triages issues
target_name: octo-org
expires_in: 30
permissions:
  issues: write
  teleport: read
`,
      },
      { [CONFIG]: POLICY },
    )
    const output = await reviewJson(stub, root, ['--apply'])
    expect(
      output.requests.map((r) => [r.verdict, r.template, r.reason]),
    ).toEqual([['manual', null, 'no approved template to match']])
    expect(posts(stub)).toEqual([])
  })
})

describe('TOKEN_TEMPLATES_DEBUG', () => {
  it('prints a line per call on stderr, never the token', async () => {
    const stub = await orgStub(threeRequests())
    const result = await review(stub, workspace(), ['--apply'], {
      TOKEN_TEMPLATES_DEBUG: '1',
    })
    expect(result.status).toBe(0)
    expect(lines(result.stderr)).toEqual([
      `token-templates: debug: GET ${REQUESTS}?per_page=100: HTTP 200`,
      ...[31001, 31002, 31003].map(
        (id) =>
          `token-templates: debug: GET ${REQUESTS}/${id}/repositories?per_page=100: HTTP 200`,
      ),
      `token-templates: debug: POST ${REQUESTS}: HTTP 202`,
      `token-templates: debug: POST ${REQUESTS}: HTTP 202`,
    ])
    expect(result.stdout + result.stderr).not.toContain(APP_TOKEN)
    expect(
      stub.requests.every(
        (r) => r.headers.authorization === `Bearer ${APP_TOKEN}`,
      ),
    ).toBe(true)
  })
})

describe('API failures: one line on stderr, exit 2', () => {
  it('403 for a personal access token names the App permission', async () => {
    const stub = await orgStub(threeRequests())
    const result = await review(stub, workspace(), [], { GITHUB_TOKEN: PAT })
    expectOneLineFailure(
      result,
      patForbidden(REQUESTS, 'organization_personal_access_token_requests'),
    )
    expect(result.stderr).not.toContain(PAT)
  })

  it('403 on a review names the write level, and audit names its own permission', async () => {
    // The verdicts are printed with what was (not) sent, then the error.
    const { stub, result } = await reviewFailing(4, 1, 403)
    expect(result.stderr).toBe(
      `token-templates: POST ${REQUESTS}: HTTP 403 (Forbidden): these endpoints take a GitHub App token (installation or user-to-server) whose App has organization_personal_access_token_requests: write; a personal access token gets 403; sending stopped there (the output says what was sent before it)\n`,
    )
    expect(lines(result.stdout).at(-1)).toBe(
      '3 pending requests: 1 to approve, 1 to deny, 1 for manual review; 2 not sent: sending stopped at an error; manual ones stay pending',
    )
    expect(stub.reviews).toEqual([])
    const tokens = await orgStub({})
    const audited = await audit(tokens, workspace(), [], { GITHUB_TOKEN: PAT })
    expectOneLineFailure(
      audited,
      patForbidden(TOKENS, 'organization_personal_access_tokens'),
    )
  })

  it('waits out a 429 with Retry-After: 1, then succeeds', async () => {
    const stub = await orgStub(threeRequests())
    stub.rateLimitNext(1, { status: 429, retryAfter: 1 })
    const result = expectQuietExit(
      await review(stub, workspace(), ['--format', 'json']),
    )
    expect(result.ms).toBeGreaterThanOrEqual(950)
    const output = JSON.parse(result.stdout) as ReviewJson
    expect(output.summary).toEqual({
      approve: 1,
      deny: 1,
      manual: 1,
      applied: false,
      sent: 0,
      reviewed_meanwhile: 0,
      repositories_not_listed: 0,
    })
    expect(
      stub.requests.filter((r) => r.path === REQUESTS).map((r) => r.method),
    ).toEqual(['GET', 'GET'])
  })

  it('waits out a secondary rate limit (403, Retry-After: 1) on a bulk review, and sends it once', async () => {
    const stub = await orgStub({
      requests: [
        pendingRequest(
          35001,
          'octocat',
          'notes',
          { contents: 'read' },
          {
            repository_selection: 'none',
          },
        ),
      ],
    })
    stub.slowNext(1, 0)
    stub.rateLimitNext(1, { status: 403, retryAfter: 1 })
    const started = Date.now()
    expectQuietExit(await review(stub, workspace(), ['--apply']))
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(posts(stub)).toHaveLength(2)
    expect(stub.reviews).toEqual([
      { id: 35001, action: 'approve', reason: APPROVE_REASON },
    ])
  })

  it('gives up on a slow answer after TOKEN_TEMPLATES_API_TIMEOUT_MS', async () => {
    const stub = await orgStub(threeRequests())
    stub.slowNext(1, 2000)
    const result = await review(stub, workspace(), ['--apply'], {
      TOKEN_TEMPLATES_API_TIMEOUT_MS: '300',
    })
    expectOneLineFailure(
      result,
      `GET ${REQUESTS}: no answer in 300 ms (TOKEN_TEMPLATES_API_TIMEOUT_MS)`,
    )
    expect(result.ms).toBeLessThan(1900)
    expect(posts(stub)).toEqual([])
  })

  it('needs GITHUB_TOKEN', async () => {
    const stub = await orgStub(threeRequests())
    const result = await review(stub, workspace(), [], {
      GITHUB_TOKEN: undefined,
    })
    expectOneLineFailure(
      result,
      'set GITHUB_TOKEN to a GitHub App token (installation or user-to-server): GitHub lets only Apps review token requests and list tokens',
    )
    expect(stub.requests).toEqual([])
  })

  it('an unknown organization: 404', async () => {
    const stub = await orgStub(threeRequests())
    const result = await review(stub, workspace(), [], {}, 'nobody-here')
    expectOneLineFailure(
      result,
      'GET /orgs/nobody-here/personal-access-token-requests: HTTP 404 (Not Found): no such organization, or the GitHub App is not installed on it',
    )
  })
})

const AGO_45 = ago(45)

describe('audit', () => {
  const tokens = () => [
    activeToken(36001, 'hubot', 'admin', { administration: 'write' }),
    activeToken(36002, 'monalisa', 'ci', { issues: 'write' }),
    activeToken(
      36003,
      'octocat',
      'notes',
      { contents: 'write' },
      expiredTenDaysAgo(),
    ),
    activeToken(
      36004,
      'octocat',
      'release',
      { contents: 'write' },
      unusedSinceAgo25(),
    ),
    activeToken(
      36005,
      'mona',
      'forever',
      { contents: 'read' },
      {
        token_expires_at: null,
      },
    ),
  ]

  it('reports each rule at its severity, leaves expired tokens out, exit 1 (json)', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const output = await auditJson(stub, workspace(), ['--stale-days', '20'])
    expect(output.tokens.map((t) => t.id)).toEqual([36001, 36002, 36004, 36005])
    expect(output.tokens[0]).toEqual({
      id: 36001,
      owner: 'hubot',
      token_name: 'admin',
      findings: [
        {
          rule: 'token-exceeds-policy',
          severity: 'error',
          message: HOLDS_ADMIN,
        },
        {
          rule: 'token-without-template',
          severity: 'warning',
          message: HOLDS_ADMIN_UNMATCHED,
        },
      ],
    })
    expect(output.tokens[1]!.findings).toEqual([
      {
        rule: 'token-without-template',
        severity: 'warning',
        message: HOLDS_ISSUES,
      },
    ])
    expect(output.tokens[2]!.findings).toEqual([
      {
        rule: 'token-stale',
        severity: 'notice',
        message: NEVER_USED_25_DAYS,
      },
    ])
    expect(output.tokens[3]!.findings).toEqual([
      {
        rule: 'token-exceeds-policy',
        severity: 'error',
        message: `breaks the policy: never expires, and policy.max_lifetime_days (${CONFIG} line 2) is 90 days`,
      },
      {
        rule: 'token-without-template',
        severity: 'warning',
        message: `no approved template covers it; ${CLOSEST}: never expires, the template's tokens expire in 30 days`,
      },
    ])
    expect(output.summary).toEqual({
      tokens: 4,
      expired: 1,
      errors: 2,
      warnings: 3,
      notices: 1,
      revoked: 0,
    })
    expect(posts(stub)).toEqual([])
    expect(stub.tokens()).toHaveLength(5)
  })

  it('--stale-days: the default 90 days finds nothing stale; text output', async () => {
    const stub = await orgStub({ tokens: [tokens()[3]!] })
    const quiet = await audit(stub, workspace())
    expect(quiet.stderr).toBe('')
    expect(lines(quiet.stdout)).toEqual([
      '1 active token (0 expired left out): 0 errors, 0 warnings, 0 notices',
    ])
    expect(quiet.status).toBe(0)
    const stale = await audit(stub, workspace(), ['--stale-days', '7'])
    expect(stale.stderr).toBe('')
    expect(lines(stale.stdout)).toEqual([
      `token 36004 by octocat, "release": notice: ${NEVER_USED_25_DAYS} (token-stale)`,
      '1 active token (0 expired left out): 0 errors, 0 warnings, 1 notice',
    ])
    // Only notices: exit 0.
    expect(stale.status).toBe(0)
    const used = await orgStub({
      tokens: [
        activeToken(
          36010,
          'octocat',
          'old',
          { contents: 'read' },
          {
            access_granted_at: ago(60),
            token_expires_at: ago(-29),
            token_last_used_at: AGO_45,
          },
        ),
      ],
    })
    const reader = await audit(
      used,
      workspace({
        '.github/token-templates/reader.yml': `name: Reader
description: Reads code
target_name: octo-org
expires_in: 90
permissions:
  contents: read
`,
      }),
      ['--stale-days', '30', '--format', 'json'],
    )
    expect(reader.status).toBe(0)
    expect(
      (JSON.parse(reader.stdout) as AuditJson).tokens[0]!.findings,
    ).toEqual([
      {
        rule: 'token-stale',
        severity: 'notice',
        message: `unused for 45 days (last used ${AGO_45.slice(0, 10)}); revoke it if nobody needs it`,
      },
    ])
  })

  it('exit 1 on a warning alone', async () => {
    const stub = await orgStub({ tokens: [tokens()[1]!] })
    const result = await audit(stub, workspace())
    expect(result.stderr).toBe('')
    expect(lines(result.stdout)).toEqual([
      `token 36002 by monalisa, "ci": warning: ${HOLDS_ISSUES} (token-without-template)`,
      '1 active token (0 expired left out): 0 errors, 1 warning, 0 notices',
    ])
    expect(result.status).toBe(1)
  })

  it('--stale-days must be a whole number of days', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const result = await audit(stub, workspace(), ['--stale-days', '0'])
    expectOneLineFailure(
      result,
      'stale days "0" is not a whole number of days (1 or more)',
    )
    expect(stub.requests).toEqual([])
  })

  it('--revoke revokes only the tokens with errors, in one bulk call', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const result = expectQuietExit(
      await audit(stub, workspace(), ['--revoke']),
      1,
    )
    expect(posts(stub).map((r) => [r.path, r.body])).toEqual([
      [TOKENS, { action: 'revoke', pat_ids: [36001, 36005] }],
    ])
    expect(stub.revoked).toEqual([36001, 36005])
    expect(stub.tokens()).toEqual([36002, 36003, 36004])
    expect(lines(result.stdout)).toEqual([
      `token 36001 by hubot, "admin": error: ${HOLDS_ADMIN} (token-exceeds-policy)`,
      `token 36001 by hubot, "admin": warning: ${HOLDS_ADMIN_UNMATCHED} (token-without-template)`,
      `token 36002 by monalisa, "ci": warning: ${HOLDS_ISSUES} (token-without-template)`,
      `token 36005 by mona, "forever": error: breaks the policy: never expires, and policy.max_lifetime_days (${CONFIG} line 2) is 90 days (token-exceeds-policy)`,
      `token 36005 by mona, "forever": warning: no approved template covers it; ${CLOSEST}: never expires, the template's tokens expire in 30 days (token-without-template)`,
      'token 36001 by hubot, "admin": revoked',
      'token 36005 by mona, "forever": revoked',
      '4 active tokens (1 expired left out): 2 errors, 3 warnings, 0 notices; 2 revoked',
    ])
  })

  it('--revoke sends bulk calls of at most 100 ids', async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      activeToken(37000 + i, `user${i}`, `t${i}`, { administration: 'read' }),
    )
    const stub = await orgStub({ tokens: many })
    const output = await auditJson(stub, workspace(), ['--revoke'])
    expect(
      posts(stub).map((r) => (r.body as { pat_ids: number[] }).pat_ids.length),
    ).toEqual([100, 30])
    expect(stub.tokens()).toEqual([])
    expect(output.summary.revoked).toBe(130)
  })
})

describe('review: listing repositories', () => {
  it('lists repositories for the first 100 requests for selected repositories only', async () => {
    const requests = Array.from({ length: 150 }, (_, i) =>
      pendingRequest(33001 + i, 'octocat', `t${i}`, { contents: 'write' }),
    )
    const stub = await orgStub({ requests })
    const output = await reviewJson(stub, workspace())
    const lists = stub.requests.filter((r) => r.path.endsWith('/repositories'))
    expect(lists).toHaveLength(100)
    expect(output.requests).toHaveLength(150)
    expect(output.summary.repositories_not_listed).toBe(50)
    expect(
      output.requests.filter((r) => r.repositories !== undefined),
    ).toHaveLength(100)
  })

  it('leaves out a request reviewed by someone else while its repositories are read (404)', async () => {
    const stub = await orgStub(threeRequests())
    // The list goes through; the first request's repositories answer 404.
    stub.slowNext(1, 0)
    stub.failNext(1, 404)
    const result = expectQuietExit(await review(stub, workspace()))
    const printed = lines(result.stdout)
    expect(printed.map((line) => line.split(':')[0])).toEqual([
      'request 31002 by hubot, "admin"',
      'request 31003 by monalisa, "ci"',
      expect.stringMatching(/^2 pending requests/),
    ])
    expect(printed.at(-1)).toBe(
      '2 pending requests: 0 to approve, 1 to deny, 1 for manual review; dry run: nothing sent (--apply sends the approvals and denials); 1 request reviewed by someone else while this ran: left out',
    )
  })
})

describe('sending that fails part-way is reported as it happened', () => {
  it('a 500 on the second bulk call: the first was sent, the rest not, exit 2', async () => {
    // The list, three requests' repositories and the approval go
    // through; the denial gets 500.
    const { stub, result } = await reviewFailing(5, 1, 500)
    expect(stub.reviews.map((r) => [r.id, r.action])).toEqual([
      [31001, 'approve'],
    ])
    const printed = lines(result.stdout)
    expect(printed[0]).toContain('approve (sent)')
    expect(printed[1]).toContain('deny (not sent: sending stopped at an error)')
    expect(printed.at(-1)).toBe(
      '3 pending requests: 1 to approve, 1 to deny, 1 for manual review; 1 sent, 1 not sent: sending stopped at an error; manual ones stay pending',
    )
    expect(result.stderr).toMatch(
      /^token-templates: POST [^\n]+: HTTP 500 [^\n]*; sending stopped there \(the output says what was sent before it\)\n$/,
    )
  })

  it('a 422 while the request is still pending is refused, not "already reviewed": exit 2', async () => {
    // The list and three requests' repositories go through; then every
    // review call (bulk, then one by one) gets 422.
    const { stub, result } = await reviewFailing(4, 4, 422, [
      '--format',
      'json',
    ])
    const output = JSON.parse(result.stdout) as ReviewJson
    expect(output.requests.map((r) => [r.id, r.outcome ?? null])).toEqual([
      [31001, 'refused'],
      [31002, 'refused'],
      [31003, null],
    ])
    expect(result.stderr).toBe(
      'token-templates: GitHub refused 2 decisions (404 or 422) while still pending; the output names them\n',
    )
    expect(stub.pending()).toEqual(
      expect.arrayContaining([31001, 31002, 31003]),
    )
  })
})

describe('audit and allowed_targets', () => {
  it('never reports or revokes a token because the organization is outside allowed_targets', async () => {
    const stub = await orgStub({
      org: 'elsewhere',
      tokens: [
        patGrant({
          id: 37001,
          owner: stubUser('octocat', 1),
          token_name: 'reader',
          permissions: { repository: { contents: 'read' } },
          access_granted_at: new Date(Date.now() - DAY).toISOString(),
          token_expires_at: new Date(Date.now() + 20 * DAY).toISOString(),
          token_last_used_at: new Date().toISOString(),
        }),
      ],
    })
    const result = await run(
      stub,
      ['audit', '--org', 'elsewhere', '--revoke', '--format', 'json'],
      workspace(),
    )
    const output = JSON.parse(result.stdout) as AuditJson
    expect(output.tokens[0]!.findings.map((finding) => finding.rule)).toEqual([
      'token-without-template',
    ])
    expect(posts(stub)).toEqual([])
    expect(stub.revoked).toEqual([])
    expect(result.status).toBe(1)
  })
})

describe('hostile API content cannot forge a workflow command', () => {
  const HOSTILE_NAME = 'x\n::error::pwned'
  const HOSTILE_LOGIN = '::add-mask::x'

  const noCommandLines = (result: Result) => {
    for (const text of [result.stdout, result.stderr])
      for (const line of text.split(/\r\n|\r|\n/))
        expect(line.trimStart().startsWith('::')).toBe(false)
  }

  it.each([['text'], ['json']])('in review and audit (%s)', async (format) => {
    const stub = await orgStub({
      requests: [
        pendingRequest(38001, HOSTILE_LOGIN, HOSTILE_NAME, {
          contents: 'write',
        }),
        pendingRequest(
          38002,
          'octocat',
          '::add-mask::x',
          { issues: 'write' },
          {
            repository_selection: 'none',
          },
        ),
        pendingRequest(38003, 'octocat', '\r::warning::y\u2028::error::z', {
          teleport: 'read',
          '\n::error::permission': 'read',
        } as never),
      ],
      tokens: [
        activeToken(
          38101,
          HOSTILE_LOGIN,
          HOSTILE_NAME,
          { administration: 'read' },
          {
            token_last_used_at: null,
          },
        ),
      ],
      repositories: {
        38001: [stubRepository('octo-org/\n::error::repo', 1)],
        38003: [stubRepository('octo-org/app', 1)],
      },
    })
    const root = workspace()
    const reviewed = await review(stub, root, ['--format', format, '--apply'])
    expect(reviewed.status).toBe(0)
    noCommandLines(reviewed)
    if (format === 'json') {
      const output = JSON.parse(reviewed.stdout) as ReviewJson
      expect(output.requests[0]).toMatchObject({
        owner: HOSTILE_LOGIN,
        token_name: HOSTILE_NAME,
        repositories: ['octo-org/\n::error::repo'],
      })
    } else {
      expect(lines(reviewed.stdout)[0]).toBe(
        `request 38001 by "::add-mask::x", "x\\n::error::pwned": approve (sent): ${APPROVE_REASON}`,
      )
    }
    const audited = await audit(stub, root, [
      '--format',
      format,
      '--stale-days',
      '1',
    ])
    expect(audited.status).toBe(1)
    expect(audited.stderr).toBe('')
    noCommandLines(audited)
    if (format === 'json') {
      const output = JSON.parse(audited.stdout) as AuditJson
      expect(output.tokens.map((t) => [t.owner, t.token_name])).toContainEqual([
        HOSTILE_LOGIN,
        HOSTILE_NAME,
      ])
    }
  })

  it('in an API error message', async () => {
    const api = await startApiStub((_request: StubRequest, res) =>
      sendJson(res, 400, { message: 'bad\n::error::pwned\r::add-mask::x' }),
    )
    try {
      const result = await review(api, workspace())
      expect(result.status).toBe(2)
      expect(lines(result.stderr)).toHaveLength(1)
      noCommandLines(result)
      expect(result.stderr).toBe(
        `token-templates: GET ${REQUESTS}: HTTP 400 (bad ::error::pwned ::add-mask::x)\n`,
      )
    } finally {
      await api.close()
    }
  })
})

describe("docs/governance.md's dry run", () => {
  const PAGE = 'docs/governance.md'
  const blocks = (() => {
    const tree = fromMarkdown(readFileSync(PAGE, 'utf8'), {
      extensions: [gfm()],
      mdastExtensions: [gfmFromMarkdown()],
    })
    const found: Code[] = []
    const walk = (node: Nodes) => {
      if (node.type === 'code') found.push(node)
      if ('children' in node) for (const child of node.children) walk(child)
    }
    walk(tree)
    return found
  })()

  it('prints exactly the lines the page shows', async () => {
    const transcripts = blocks.filter((block) =>
      block.value.startsWith(
        '$ GITHUB_TOKEN=$APP_TOKEN npx token-templates review ',
      ),
    )
    expect(transcripts).toHaveLength(1)
    const [command, ...shown] = transcripts[0]!.value.split('\n')
    expect(command).toBe(
      '$ GITHUB_TOKEN=$APP_TOKEN npx token-templates review --org octo-org',
    )
    const template = blocks.find(
      (block) =>
        block.lang === 'yaml' &&
        block.value.startsWith('# .github/token-templates/release.yml\n'),
    )
    expect(template).toBeDefined()
    const stub = await orgStub({
      requests: [
        pendingRequest(25381, 'octocat', 'Release notes', {
          contents: 'write',
        }),
        pendingRequest(
          25382,
          'hubot',
          'deploy',
          { contents: 'write' },
          {
            token_expires_at: null,
          },
        ),
        pendingRequest(25383, 'monalisa', 'ci', { issues: 'write' }),
      ],
      repositories: {
        25381: [stubRepository('octo-org/app', 101)],
        25382: [stubRepository('octo-org/app', 101)],
        25383: [stubRepository('octo-org/app', 101)],
      },
    })
    // Both files in place of the usual ones.
    const root = workspace({
      [CONFIG]: 'policy:\n  max_lifetime_days: 90\n',
      [RELEASE]: `${template!.value}\n`,
    })
    const result = expectQuietExit(await review(stub, root))
    expect(lines(result.stdout)).toEqual(shown)
    expect(posts(stub)).toEqual([])
  })
})
