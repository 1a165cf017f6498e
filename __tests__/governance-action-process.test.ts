import { jest } from '@jest/globals'
import {
  TOKEN,
  removeTemporaryFolders,
  runAction,
  workspace,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'
import { renderHtml } from './support/markdown.js'
import {
  APPROVE_REASON,
  DENY_ADMIN,
  GOVERNANCE_FILES,
  HOLDS_ADMIN,
  HOLDS_ADMIN_UNMATCHED,
  HOLDS_ISSUES,
  MANUAL_ISSUES,
  NEVER_USED_25_DAYS,
  ORG,
  PAT,
  RELEASE,
  REQUESTS,
  TOKENS,
  activeToken,
  expiredTenDaysAgo,
  orgStubsClosedAfterEach,
  patForbidden,
  pendingRequest,
  posts,
  threeRequests,
  unusedSinceAgo25,
} from './support/governance-fixtures.js'
import { stubRepository } from './support/org-api-stub.js'
import type { OrgStub } from './support/org-api-stub.js'

// The bundled Action (dist/index.js) with `command: review` and `audit`,
// run as a GitHub runner runs it, against a stateful stand-in for GitHub's
// organization token endpoints on 127.0.0.1 (GITHUB_API_URL). TOKEN is an
// App installation token (ghs_…).

jest.setTimeout(20_000)
afterAll(removeTemporaryFolders)

const orgStub = orgStubsClosedAfterEach()

/** The Action with `inputs` against `stub`, in a workspace with GOVERNANCE_FILES. */
const action = (
  stub: OrgStub,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) =>
  runAction({
    workspace: workspace(GOVERNANCE_FILES),
    inputs: { org: ORG, token: TOKEN, ...inputs },
    env: {
      GITHUB_API_URL: stub.url,
      TOKEN_TEMPLATES_API_TIMEOUT_MS: '5000',
      ...env,
    },
  })

const requests = () => threeRequests(41001)

/** What the Action adds to a 403's error line. */
const WORKFLOW_TOKEN_HINT = `; the workflow's own GITHUB_TOKEN never has it: give the token input an App token from actions/create-github-app-token (docs/governance.md)`

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The job summary's table as GitHub shows it: the header's cells, then
 * each body row's, as text (rendered with GFM, so an unescaped `|` would
 * split a cell and a raw `<` would open an element).
 */
function summaryTable(summary: string): string[][] {
  const html = renderHtml(summary)
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)]
  expect(tables).toHaveLength(1)
  return [...tables[0]![1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((cell) => {
      // Only the markup the escaping adds: code spans are not expected.
      expect(cell[1]).not.toMatch(/<(?!\/?(br|code)\b)/)
      return decode(cell[1]!)
    }),
  )
}

/** Every line of stdout and stderr that the runner would read as a command. */
const commandLines = (result: ActionResult) =>
  [result.stdout, result.stderr]
    .flatMap((text) => text.split(/\r\n|\r|\n/))
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::'))

/** The token shows only in its own mask command, nowhere else. */
function expectTokenHidden(result: ActionResult, secret = TOKEN): void {
  expect(result.stdout.split(secret)).toHaveLength(2)
  expect(result.stdout).toContain(`::add-mask::${secret}\n`)
  expect(result.stderr).not.toContain(secret)
  expect(result.summary ?? '').not.toContain(secret)
}

/** Commands the step means: the mask, its debug lines, and `errors` of its own. */
function expectOnlyOwnCommands(result: ActionResult, errors: string[]): void {
  const lines = commandLines(result)
  expect(lines.filter((line) => line.startsWith('::add-mask::'))).toEqual([
    `::add-mask::${TOKEN}`,
  ])
  for (const line of lines) expect(line).toMatch(/^::(add-mask|debug|error)::/)
  expect(result.commands.filter((c) => c.command === 'error')).toEqual(
    errors.map((message) => expect.objectContaining({ message })),
  )
  expect(result.stdout).not.toMatch(
    /^\s*::(warning|notice|set-output|stop-commands|add-path|set-env)/m,
  )
}

describe('command: review', () => {
  it('apply: false puts the verdicts in the job summary, sets the outputs, sends nothing', async () => {
    const stub = await orgStub(requests())
    const result = await action(stub, { command: 'review' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual({ approved: '1', denied: '1', manual: '1' })
    expect(summaryTable(result.summary!)).toEqual([
      ['Request', 'Owner', 'Token', 'Verdict', 'Template', 'Reason'],
      [
        '41001',
        'octocat',
        'Release notes',
        'approve',
        `${RELEASE}#1`,
        APPROVE_REASON,
      ],
      ['41002', 'hubot', 'admin', 'deny', '', DENY_ADMIN],
      ['41003', 'monalisa', 'ci', 'manual review', '', MANUAL_ISSUES],
    ])
    expect(result.summary).toContain('## Token requests in octo-org\n')
    expect(result.stdout).toContain(
      '3 pending requests: 1 to approve, 1 to deny, 1 for manual review; dry run: nothing sent (apply: true sends the approvals and denials)\n',
    )
    expect(posts(stub)).toEqual([])
    expect(stub.pending()).toEqual([41001, 41002, 41003])
    expectOnlyOwnCommands(result, [])
    expectTokenHidden(result)
  })

  it('apply: true sends the approvals and denials', async () => {
    const stub = await orgStub(requests())
    const result = await action(stub, { command: 'review', apply: 'true' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual({ approved: '1', denied: '1', manual: '1' })
    expect(posts(stub).map((r) => [r.path, r.body])).toEqual([
      [
        REQUESTS,
        { pat_request_ids: [41001], action: 'approve', reason: APPROVE_REASON },
      ],
      [
        REQUESTS,
        { pat_request_ids: [41002], action: 'deny', reason: DENY_ADMIN },
      ],
    ])
    expect(
      posts(stub).every((r) => r.headers.authorization === `Bearer ${TOKEN}`),
    ).toBe(true)
    expect(stub.pending()).toEqual([41003])
    expect(summaryTable(result.summary!).map((row) => row[3])).toEqual([
      'Verdict',
      'approve (sent)',
      'deny (sent)',
      'manual review',
    ])
    expectOnlyOwnCommands(result, [])
    expectTokenHidden(result)
  })

  it('apply: true with a failure part-way: the outputs count what GitHub accepted, the step fails', async () => {
    const stub = await orgStub(requests())
    // The list and three repository lists go through; the approval gets 500.
    stub.slowNext(4, 0)
    stub.failNext(1, 500)
    const result = await action(stub, { command: 'review', apply: 'true' })
    expect(result.code).toBe(1)
    expect(result.outputs).toEqual({ approved: '0', denied: '0', manual: '1' })
    expect(stub.reviews).toEqual([])
    expect(summaryTable(result.summary!).map((row) => row[3])).toEqual([
      'Verdict',
      'approve (not sent: sending stopped at an error)',
      'deny (not sent: sending stopped at an error)',
      'manual review',
    ])
    expect(
      result.commands
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual([
      expect.stringMatching(
        /^POST [^\n]+: HTTP 500 \(Server Error\); sending stopped there \(the job summary says what was sent before it\)$/,
      ),
    ])
  })

  it('deny-unmatched: true denies what no template covers', async () => {
    const stub = await orgStub(requests())
    const result = await action(stub, {
      command: 'review',
      apply: 'true',
      'deny-unmatched': 'true',
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual({ approved: '1', denied: '2', manual: '0' })
    expect(stub.pending()).toEqual([])
  })

  it('an empty list: a note instead of a table', async () => {
    const stub = await orgStub({})
    const result = await action(stub, { command: 'review' })
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual({ approved: '0', denied: '0', manual: '0' })
    expect(result.summary).toContain('No pending requests.')
  })

  it('a personal access token: 403 fails the step with one line naming the App permission', async () => {
    const stub = await orgStub(requests())
    const result = await runAction({
      workspace: workspace(GOVERNANCE_FILES),
      inputs: { command: 'review', org: ORG, token: PAT },
      env: { GITHUB_API_URL: stub.url },
    })
    expect(result.code).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error')
    expect(errors.map((c) => c.message)).toEqual([
      patForbidden(REQUESTS, 'organization_personal_access_token_requests') +
        WORKFLOW_TOKEN_HINT,
    ])
    expect(errors[0]!.raw).not.toMatch(/%0A|%0D/)
    expect(result.stderr).toBe('')
    expect(posts(stub)).toEqual([])
    expect(result.outputs).toEqual({})
    expectTokenHidden(result, PAT)
  })
})

describe('command: audit', () => {
  const tokens = () => [
    activeToken(42001, 'hubot', 'admin', { administration: 'write' }),
    activeToken(42002, 'monalisa', 'ci', { issues: 'write' }),
    activeToken(
      42003,
      'octocat',
      'release',
      { contents: 'write' },
      unusedSinceAgo25(),
    ),
    activeToken(
      42004,
      'octocat',
      'old',
      { contents: 'write' },
      expiredTenDaysAgo(),
    ),
  ]

  /** What auditing tokens() finds: three active, one error, two warnings. */
  const FOUND = { tokens: '3', errors: '1', warnings: '2' }

  it('puts the findings in the job summary, sets the outputs and fails the step on an error', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const result = await action(stub, { command: 'audit', 'stale-days': '20' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.outputs).toEqual({ ...FOUND, revoked: '0' })
    expect(summaryTable(result.summary!)).toEqual([
      ['Token', 'Owner', 'Name', 'Severity', 'Rule', 'Finding'],
      ['42001', 'hubot', 'admin', 'error', 'token-exceeds-policy', HOLDS_ADMIN],
      [
        '42001',
        'hubot',
        'admin',
        'warning',
        'token-without-template',
        HOLDS_ADMIN_UNMATCHED,
      ],
      [
        '42002',
        'monalisa',
        'ci',
        'warning',
        'token-without-template',
        HOLDS_ISSUES,
      ],
      [
        '42003',
        'octocat',
        'release',
        'notice',
        'token-stale',
        NEVER_USED_25_DAYS,
      ],
    ])
    expectOnlyOwnCommands(result, [
      'tokens in octo-org have findings at or above the fail-on level (error)',
    ])
    expect(posts(stub)).toEqual([])
    expect(stub.tokens()).toEqual([42001, 42002, 42003, 42004])
    expectTokenHidden(result)
  })

  it('passes with warnings under the default fail-on (error), fails under fail-on: warning', async () => {
    const stub = await orgStub({ tokens: [tokens()[1]!] })
    const passed = await action(stub, { command: 'audit' })
    expect(passed.code).toBe(0)
    expect(passed.outputs).toEqual({
      tokens: '1',
      errors: '0',
      warnings: '1',
      revoked: '0',
    })
    expectOnlyOwnCommands(passed, [])
    const failed = await action(stub, {
      command: 'audit',
      'fail-on': 'warning',
    })
    expect(failed.code).toBe(1)
    expectOnlyOwnCommands(failed, [
      'tokens in octo-org have findings at or above the fail-on level (warning)',
    ])
  })

  it('apply: true revokes only the tokens with errors', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const result = await action(stub, { command: 'audit', apply: 'true' })
    expect(result.code).toBe(1)
    expect(posts(stub).map((r) => [r.path, r.body])).toEqual([
      [TOKENS, { action: 'revoke', pat_ids: [42001] }],
    ])
    expect(stub.tokens()).toEqual([42002, 42003, 42004])
    expect(result.outputs).toEqual({ ...FOUND, revoked: '1' })
    expect(result.stdout).toContain(
      '3 active tokens (1 expired left out): 1 error, 2 warnings, 0 notices; 1 revoked\n',
    )
    expectTokenHidden(result)
  })

  it('a personal access token: 403 names organization_personal_access_tokens', async () => {
    const stub = await orgStub({ tokens: tokens() })
    const result = await runAction({
      workspace: workspace(GOVERNANCE_FILES),
      inputs: { command: 'audit', org: ORG, token: PAT },
      env: { GITHUB_API_URL: stub.url },
    })
    expect(result.code).toBe(1)
    expect(
      result.commands
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual([
      patForbidden(TOKENS, 'organization_personal_access_tokens') +
        WORKFLOW_TOKEN_HINT,
    ])
    expectTokenHidden(result, PAT)
  })
})

describe('hostile API content', () => {
  const NAME = 'x\n::error::pwned | <img src=x onerror=alert(1)> |'
  const LOGIN = '::add-mask::x'
  /** What the cell shows: the escaping's <br> for the line break, the rest as text. */
  const SHOWN_NAME = 'x<br>::error::pwned | <img src=x onerror=alert(1)> |'

  it('cannot inject a workflow command or break the review table', async () => {
    const stub = await orgStub({
      requests: [
        pendingRequest(43001, LOGIN, NAME, { contents: 'write' }),
        pendingRequest(43002, 'octocat', '\r::warning::y|z\r\n', {
          issues: 'write',
        }),
      ],
      repositories: {
        43001: [stubRepository('octo-org/app', 101)],
        43002: [stubRepository('octo-org/app', 101)],
      },
    })
    const result = await action(stub, { command: 'review', apply: 'true' })
    expect(result.code).toBe(0)
    expectOnlyOwnCommands(result, [])
    expectTokenHidden(result)
    const rows = summaryTable(result.summary!)
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(row).toHaveLength(6)
    expect(rows[1]!.slice(0, 4)).toEqual([
      '43001',
      LOGIN,
      SHOWN_NAME,
      'approve (sent)',
    ])
    expect(rows[2]![2]).toBe('<br>::warning::y|z<br>')
    // Each table row is one line of the summary.
    const tableLines = result
      .summary!.split('\n')
      .filter((line) => line.startsWith('| '))
    expect(tableLines).toHaveLength(4)
  })

  it('cannot inject a workflow command or break the audit table', async () => {
    const stub = await orgStub({
      tokens: [
        activeToken(44001, LOGIN, NAME, { administration: 'read' }),
        activeToken(44002, 'octocat', '::stop-commands::abc', {
          issues: 'write',
        }),
      ],
    })
    const result = await action(stub, { command: 'audit' })
    expect(result.code).toBe(1)
    expectOnlyOwnCommands(result, [
      'tokens in octo-org have findings at or above the fail-on level (error)',
    ])
    expectTokenHidden(result)
    const rows = summaryTable(result.summary!)
    for (const row of rows) expect(row).toHaveLength(6)
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['44001', LOGIN, SHOWN_NAME, 'error'],
      ['44001', LOGIN, SHOWN_NAME, 'warning'],
      ['44002', 'octocat', '::stop-commands::abc', 'warning'],
    ])
  })
})
