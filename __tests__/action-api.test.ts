import { jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  HEAD_SHA,
  SERVER_URL,
  TOKEN,
  findingRows,
  manyErrors,
  octokitChunks,
  pullRequestPayload,
  removeTemporaryFolders,
  startRuns,
  summaryNotes,
  workspace,
} from './support/action-process.js'
import type { ActionResult, RunOptions } from './support/action-process.js'
import { sendJson, startApiStub } from './support/github-api-stub.js'
import type { ApiStub, StubRequest } from './support/github-api-stub.js'
import { codeSpans, linkUrls } from './support/markdown.js'

// The Action with a token, against a stand-in for the GitHub API on
// 127.0.0.1 (GITHUB_API_URL): check runs, pull request files and owner
// lookups. Runs in one describe share its server and overlap in time, so
// each run gets its own repository or owner names to tell its requests
// apart.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'

const withToken = (
  stub: ApiStub,
  options: RunOptions,
  env: Record<string, string> = {},
): RunOptions => ({
  ...options,
  inputs: { token: TOKEN, ...options.inputs },
  env: { GITHUB_API_URL: stub.url, ...env, ...options.env },
})

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The `::debug::GitHub API: …` lines: one per request, with its outcome. */
const apiDebugLines = (result: ActionResult) =>
  result.commands
    .filter(
      (c) => c.command === 'debug' && c.message.startsWith('GitHub API: '),
    )
    .map((c) => c.message.slice('GitHub API: '.length))

const requestsTo = (stub: ApiStub, path: string | RegExp) =>
  stub.requests.filter((request) =>
    typeof path === 'string' ? request.path === path : path.test(request.path),
  )

interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  title: string
  message: string
}

interface CheckRunBody {
  name?: string
  head_sha?: string
  status?: string
  conclusion?: string
  output?: { title: string; summary: string; annotations: CheckAnnotation[] }
}

describe('check runs, when annotations hide findings', () => {
  let stub: ApiStub
  let runs: Record<
    | 'published'
    | 'denied'
    | 'lenient'
    | 'few'
    | 'unreachable'
    | 'failing'
    | 'forked',
    Promise<ActionResult>
  >
  // 60 errors and 3 warnings: two check run requests of annotations.
  const templates = {
    [`${DIR}/many.yml`]: manyErrors(60),
    [`${DIR}/warned.yml`]:
      'name: A\nexpires_in: none\npermissions:\n  contents: read\n---\nname: B\ndescription: b\nexpires_in: none\npermissions:\n  issues: read\n',
  }

  beforeAll(async () => {
    stub = await startApiStub((request, res) => {
      const [, , owner, repo, ...rest] = request.path.split('/')
      const route = `${request.method} ${rest.join('/')}`
      if (owner !== 'octo') return sendJson(res, 404, { message: 'Not Found' })
      if (route === 'GET pulls/7/files') return sendJson(res, 200, [])
      if (repo === 'denied' && route === 'POST check-runs')
        return sendJson(res, 403, {
          message: 'Resource not accessible by integration',
        })
      // The connection drops: no answer at all.
      if (repo === 'unreachable' && route === 'POST check-runs')
        return res.socket?.destroy()
      if (repo === 'failing' && route === 'POST check-runs')
        return sendJson(res, 502, { message: 'Bad Gateway' })
      // A pull request from a fork: the token is read-only.
      if (repo === 'forked' && route === 'POST check-runs')
        return sendJson(res, 403, {
          message: 'Resource not accessible by integration',
        })
      if (route === 'POST check-runs')
        return sendJson(res, 201, {
          id: 4242,
          html_url: `${SERVER_URL}/octo/${repo}/runs/4242`,
        })
      if (route === 'PATCH check-runs/4242')
        return sendJson(res, 200, { id: 4242 })
      sendJson(res, 404, { message: 'Not Found' })
    })
    const run = (repository: string, files: Record<string, string>) => () =>
      withToken(stub, {
        workspace: workspace(files),
        repository,
        event: {},
      })
    runs = startRuns({
      published: run('octo/published', templates),
      denied: () => ({
        ...run('octo/denied', templates)(),
        inputs: { token: TOKEN, 'fail-on': 'never' },
      }),
      lenient: () => ({
        ...run('octo/lenient', templates)(),
        inputs: { token: TOKEN, 'fail-on': 'never' },
      }),
      few: run('octo/few', { [`${DIR}/few.yml`]: manyErrors(10) }),
      unreachable: run('octo/unreachable', templates),
      failing: run('octo/failing', templates),
      forked: () => ({
        ...run('octo/forked', templates)(),
        event: {
          payload: pullRequestPayload({
            repository: 'octo/forked',
            headRepo: 'someone/forked',
          }),
        },
      }),
    })
  })

  afterAll(() => stub.close())

  const checkRequests = (repo: string) =>
    requestsTo(stub, new RegExp(`^/repos/octo/${repo}/check-runs`))

  it('creates one check run at the pull request head, 50 annotations at most per request', async () => {
    const result = await runs.published
    expect(result.code).toBe(1)
    const requests = checkRequests('published')
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/published/check-runs',
      'PATCH /repos/octo/published/check-runs/4242',
      'PATCH /repos/octo/published/check-runs/4242',
    ])
    for (const request of requests)
      expect(request.headers.authorization).toBe(`token ${TOKEN}`)
    const bodies = requests.map((r) => r.body as CheckRunBody)
    expect(bodies[0]).toMatchObject({
      name: 'token-templates',
      head_sha: HEAD_SHA,
      status: 'in_progress',
    })
    const counts = bodies.map((body) => body.output?.annotations.length ?? 0)
    expect(counts).toEqual([50, 13, 0])
    expect(bodies.at(-1)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
    })
  })

  it('publishes every finding the log annotates, once', async () => {
    const result = await runs.published
    const published = checkRequests('published')
      .flatMap((r) => (r.body as CheckRunBody).output?.annotations ?? [])
      .map(
        (a) =>
          `${a.annotation_level} ${a.path}:${a.start_line}:${a.start_column} ${a.title}: ${a.message}`,
      )
    const level = { error: 'failure', warning: 'warning', notice: 'notice' }
    const logged = result.annotations.map(
      (a) =>
        `${level[a.command as keyof typeof level]} ${a.properties.file}:${a.properties.line}:${a.properties.col} ${a.properties.title}: ${a.message}`,
    )
    expect(logged).toHaveLength(63)
    expect([...published].sort()).toEqual([...logged].sort())
  })

  it('points the job summary at the check run', async () => {
    const { summary } = await runs.published
    expect(summaryNotes(summary!)).toContain(
      `GitHub shows only 10 annotations of each level per step; all 63 findings are annotated in the [check run](${SERVER_URL}/octo/published/runs/4242).`,
    )
    expect(findingRows(summary!)).toHaveLength(63)
  })

  // Bug in src/main.ts + src/action/job-summary.ts: the notes, our own
  // text, go through escapeTableCell like template text, so the check
  // run's URL has its `:` and `.` escaped and GitHub does not link it
  // (and `checks: write` in the 403 note shows its backticks).
  it('links the check run from the job summary', async () => {
    const { summary } = await runs.published
    expect(linkUrls(summary!)).toContain(
      `${SERVER_URL}/octo/published/runs/4242`,
    )
  })

  it('falls back to the job summary on a 403, and does not fail the run for it', async () => {
    const result = await runs.denied
    expect(result.code).toBe(0)
    expect(checkRequests('denied').map((r) => r.method)).toEqual(['POST'])
    const notes = summaryNotes(result.summary!)
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^GitHub shows only 10 annotations of each level per step; every finding is listed below\. \(They could not be published as a check run: HTTP 403: Resource not accessible by integration.*checks: write/,
      ),
    )
    expect(findingRows(result.summary!)).toHaveLength(63)
    expect(result.outputs.errors).toBe('60')
  })

  /** The job summary's note about the check run. */
  const checkRunNote = (result: ActionResult) =>
    summaryNotes(result.summary!).find((note) =>
      note.includes('could not be published as a check run'),
    )

  it('names a dropped connection a network error, and does not blame the token', async () => {
    const result = await runs.unreachable
    expect(checkRequests('unreachable').map((r) => r.method)).toEqual(['POST'])
    const note = checkRunNote(result)
    expect(note).toMatch(
      /\(They could not be published as a check run: could not reach 127\.0\.0\.1:\d+: UND_ERR_SOCKET \(the connection closed\); a network error: GitHub's API could not be reached, the token's permissions were not the problem\.\)$/,
    )
    expect(note).not.toMatch(/HTTP 500|checks: write/)
    expect(findingRows(result.summary!)).toHaveLength(63)
  })

  it('names a 5xx a server error, and does not blame the token', async () => {
    const note = checkRunNote(await runs.failing)
    expect(note).toMatch(
      /could not be published as a check run: HTTP 502: Bad Gateway; a server error at GitHub, not the token's permissions: a later run may publish them\.\)$/,
    )
    expect(note).not.toMatch(/checks: write/)
  })

  it('blames the permissions on a 403 only: checks: write', async () => {
    const note = checkRunNote(await runs.denied)
    expect(note).toMatch(
      /HTTP 403: Resource not accessible by integration; the token cannot write checks: give the workflow `checks: write` to get them\.\)$/,
    )
  })

  it('says a 403 on a pull request from a fork is the read-only token of forks', async () => {
    const note = checkRunNote(await runs.forked)
    expect(note).toMatch(
      /HTTP 403: Resource not accessible by integration; the token cannot write checks on pull requests from forks, where it is read-only\.\)$/,
    )
  })

  // Bug in src/main.ts (publishAll): the check run concludes 'failure'
  // whenever there are errors, whatever fail-on says. With fail-on: never
  // the step passes, yet the check run it adds shows red on the pull
  // request (and fails the merge if it is a required check).
  it('concludes the check run as the step ends (fail-on: never passes)', async () => {
    const result = await runs.lenient
    expect(result.code).toBe(0)
    const last = checkRequests('lenient').at(-1)?.body as CheckRunBody
    expect(last.status).toBe('completed')
    expect(last.conclusion).not.toBe('failure')
  })

  it('creates no check run when every annotation shows', async () => {
    const result = await runs.few
    expect(result.annotations).toHaveLength(10)
    expect(checkRequests('few')).toEqual([])
    // The pull request's files were asked for, with the token.
    expect(requestsTo(stub, '/repos/octo/few/pulls/7/files')).toHaveLength(1)
  })
})

describe('pull request files', () => {
  let stub: ApiStub
  let runs: Record<'changes' | 'unlisted' | 'untouched', Promise<ActionResult>>

  beforeAll(async () => {
    stub = await startApiStub((request, res) => {
      const repo = request.path.split('/')[3]
      if (request.path !== `/repos/octo/${repo}/pulls/7/files`)
        return sendJson(res, 404, { message: 'Not Found' })
      if (repo === 'unlisted')
        return sendJson(res, 500, { message: 'Server Error' })
      if (repo === 'untouched')
        return sendJson(res, 200, [
          { filename: 'src/index.ts', status: 'modified' },
        ])
      // Two pages, as GitHub paginates with a Link header.
      if (request.query.get('page') !== '2')
        return sendJson(
          res,
          200,
          [
            { filename: `${DIR}/b-new.yml`, status: 'added' },
            { filename: 'src/index.ts', status: 'modified' },
          ],
          {
            link: `<${stub.url}${request.path}?per_page=100&page=2>; rel="next", <${stub.url}${request.path}?per_page=100&page=2>; rel="last"`,
          },
        )
      sendJson(res, 200, [
        { filename: `${DIR}/c-changed.yml`, status: 'modified' },
        { filename: `${DIR}/gone.yml`, status: 'removed' },
        { filename: 'README.md', status: 'modified' },
      ])
    })
    const broken = (name: string) =>
      `name: ${name}\nexpires_in: 30\npermissions:\n  contents: reed\n`
    const files = {
      // a-old.yml sorts first but is not in the pull request.
      [`${DIR}/a-old.yml`]: broken('Old'),
      [`${DIR}/b-new.yml`]: broken('New'),
      [`${DIR}/c-changed.yml`]: broken('Changed'),
    }
    const run = (repository: string) => () =>
      withToken(stub, { workspace: workspace(files), repository, event: {} })
    runs = startRuns({
      changes: run('octo/changes'),
      unlisted: run('octo/unlisted'),
      untouched: run('octo/untouched'),
    })
  })

  afterAll(() => stub.close())

  /** The lines of the summary's "This pull request" section. */
  const section = (summary: string) => {
    const start = summary.indexOf('### This pull request')
    expect(start).toBeGreaterThan(-1)
    return summary.slice(start).split('\n\n')[1]!.split('\n')
  }

  it('reads every page of the files', async () => {
    const result = await runs.changes
    expect(apiDebugLines(result)).toEqual([
      'first call, loading the client',
      'GET /repos/octo/changes/pulls/7/files?per_page=100: HTTP 200',
      'GET /repos/octo/changes/pulls/7/files?per_page=100&page=2: HTTP 200',
    ])
    expect(
      requestsTo(stub, '/repos/octo/changes/pulls/7/files').map((r) =>
        r.query.get('page'),
      ),
    ).toEqual([null, '2'])
  })

  it('names the templates the pull request adds and changes in the summary', async () => {
    const { summary } = await runs.changes
    const lines = section(summary!)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^- adds `.*b-new.*`$/)
    expect(lines[1]).toMatch(/^- changes `.*c-changed.*`$/)
    expect(lines.join('\n')).not.toMatch(/index|README|gone|a-old/)
  })

  // Bug in src/action/job-summary.ts (pullRequestSection): file names are
  // put through escapeTableCell and then inside a code span, where
  // markdown does not read backslash escapes, so GitHub shows
  // `\.github/token-templates/b-new\.yml` with the backslashes.
  it('shows the file names as they are (no backslashes in the code spans)', async () => {
    const { summary } = await runs.changes
    expect(codeSpans(section(summary!).join('\n'))).toEqual([
      `${DIR}/b-new.yml`,
      `${DIR}/c-changed.yml`,
    ])
  })

  it('annotates findings in the changed files first within each level', async () => {
    const result = await runs.changes
    expect(result.code).toBe(1)
    const order = (level: string) =>
      result.annotations
        .filter((a) => a.command === level)
        .map((a) => a.properties.file)
    expect(order('error')).toEqual([
      `${DIR}/b-new.yml`,
      `${DIR}/c-changed.yml`,
      `${DIR}/a-old.yml`,
    ])
    expect(order('warning')).toEqual([
      `${DIR}/b-new.yml`,
      `${DIR}/c-changed.yml`,
      `${DIR}/a-old.yml`,
    ])
    // The summary lists them in the same order.
    expect(findingRows(result.summary!).map((row) => row[0])).toEqual([
      '❌ error',
      '❌ error',
      '❌ error',
      '⚠️ warning',
      '⚠️ warning',
      '⚠️ warning',
    ])
  })

  it('says when the pull request changes no template', async () => {
    const { summary } = await runs.untouched
    expect(section(summary!)).toEqual(['- changes no template'])
  })

  it('notes files it could not list, and keeps the file order', async () => {
    const result = await runs.unlisted
    expect(result.code).toBe(1)
    expect(summaryNotes(result.summary!)).toContainEqual(
      expect.stringMatching(
        /^The pull request's files could not be listed \(HTTP 500/,
      ),
    )
    expect(result.summary).not.toContain('### This pull request')
    expect(
      result.annotations
        .filter((a) => a.command === 'error')
        .map((a) => a.properties.file),
    ).toEqual([`${DIR}/a-old.yml`, `${DIR}/b-new.yml`, `${DIR}/c-changed.yml`])
  })
})

describe('owner lookups (target-owner-type)', () => {
  let stub: ApiStub
  const OWNERS: Record<string, 'User' | 'Organization'> = {
    'octo-user': 'User',
    'octo-org': 'Organization',
    'twin-org': 'Organization',
    'twin-user': 'User',
  }
  let runs: Record<
    'types' | 'failures' | 'hang' | 'dropped' | 'refused',
    Promise<ActionResult>
  >
  /** A port nothing listens on: connections to it are refused. */
  let closedPort: number

  beforeAll(async () => {
    stub = await startApiStub((request: StubRequest, res) => {
      const name = /^\/users\/([^/]+)$/.exec(request.path)?.[1] ?? ''
      const type = OWNERS[name]
      if (type) return sendJson(res, 200, { login: name, id: 1, type })
      if (name === 'limited')
        return sendJson(
          res,
          403,
          { message: 'API rate limit exceeded for installation ID 1.' },
          {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600),
          },
        )
      if (name === 'broken') return sendJson(res, 500, { message: 'Oops' })
      if (name === 'hang') return // never answers
      if (name === 'reset') return res.socket?.resetAndDestroy()
      sendJson(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      })
    })
    const template = (name: string, target: string, permission: string) =>
      `name: ${name}\ndescription: for ${target}\ntarget_name: ${target}\nexpires_in: 30\npermissions:\n  ${permission}: read\n`
    closedPort = await new Promise<number>((resolvePort) => {
      const server = createServer()
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        server.close(() => resolvePort(port))
      })
    })
    runs = startRuns({
      types: () =>
        withToken(stub, {
          workspace: workspace({
            [`${DIR}/user.yml`]: template('User', 'octo-user', 'members'),
            [`${DIR}/org.yml`]: template('Org', 'octo-org', 'followers'),
            // The same owners in other cases, fitting and not.
            [`${DIR}/twins-a.yml`]: [
              template('A1', 'Twin-Org', 'members'),
              template('A2', 'twin-org', 'members'),
              template('A3', 'twin-user', 'contents'),
            ].join('---\n'),
            [`${DIR}/twins-b.yml`]: [
              template('B1', 'TWIN-ORG', 'followers'),
              template('B2', 'Twin-User', 'issues'),
            ].join('---\n'),
          }),
        }),
      // Organization permissions everywhere: a lookup taken for a user
      // would show as an error.
      failures: () =>
        withToken(stub, {
          workspace: workspace({
            [`${DIR}/a.yml`]: [
              template('Ghost', 'ghost', 'members'),
              template('Limited', 'limited', 'members'),
              template('Broken', 'broken', 'members'),
              template('Ghost again', 'Ghost', 'members'),
            ].join('---\n'),
          }),
        }),
      hang: () =>
        withToken(
          stub,
          {
            workspace: workspace({
              [`${DIR}/owner.yml`]: template('Owner', 'hang', 'members'),
            }),
          },
          { TOKEN_TEMPLATES_API_TIMEOUT_MS: '300' },
        ),
      dropped: () =>
        withToken(stub, {
          workspace: workspace({
            [`${DIR}/owner.yml`]: template('Owner', 'reset', 'members'),
          }),
        }),
      refused: () =>
        withToken(
          stub,
          {
            workspace: workspace({
              [`${DIR}/owner.yml`]: template('Owner', 'octo-org', 'members'),
            }),
          },
          { GITHUB_API_URL: `http://127.0.0.1:${closedPort}` },
        ),
    })
  })

  afterAll(() => stub.close())

  const ownerErrors = (result: ActionResult, file?: string) =>
    result.annotations.filter(
      (a) =>
        a.properties.title === 'target-owner-type' &&
        (!file || a.properties.file === `${DIR}/${file}`),
    )

  it('reports organization permissions on a user at the target_name line', async () => {
    const result = await runs.types
    expect(result.code).toBe(1)
    expect(ownerErrors(result, 'user.yml').map((a) => a.raw)).toEqual([
      `::error title=target-owner-type,file=${DIR}/user.yml,line=3,endLine=3,col=14,endColumn=23::"octo-user" is a user, but organization permissions (members) need an organization as resource owner`,
    ])
    expect(requestsTo(stub, '/users/octo-user')).toEqual([
      expect.objectContaining({
        method: 'GET',
        headers: expect.objectContaining({ authorization: `token ${TOKEN}` }),
      }),
    ])
  })

  it('reports account permissions on an organization', async () => {
    const result = await runs.types
    expect(ownerErrors(result, 'org.yml')).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ line: '3', col: '14' }),
        message:
          '"octo-org" is an organization, but account permissions (followers) apply only to the user creating the token',
      }),
    ])
  })

  it('looks each distinct name up once, whatever its case, and reports only what does not fit', async () => {
    const result = await runs.types
    expect(
      requestsTo(stub, /^\/users\/twin-/i)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/users/twin-org', '/users/twin-user'])
    expect(ownerErrors(result, 'twins-a.yml')).toEqual([])
    expect(ownerErrors(result, 'twins-b.yml').map((a) => a.message)).toEqual([
      '"TWIN-ORG" is an organization, but account permissions (followers) apply only to the user creating the token',
    ])
    expect(result.outputs.errors).toBe('3')
  })

  it.each([
    ['ghost', /\(HTTP 404: Not Found/, 'HTTP 404: Not Found'],
    [
      'limited',
      /\(rate limit exceeded \(HTTP 403\)\)/,
      'rate limit exceeded (HTTP 403)',
    ],
    ['broken', /\(HTTP 500: Oops/, 'HTTP 500: Oops'],
  ] as const)(
    'turns a failed lookup of %s into a notice, a summary note and a debug line',
    async (name, reason, logged) => {
      const result = await runs.failures
      expect(
        result.commands
          .filter((c) => c.command === 'notice')
          .map((c) => c.message),
      ).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^token-templates could not look up the owner "${name}" ${reason.source}.*; target-owner-type was not checked for it$`,
          ),
        ),
      )
      expect(summaryNotes(result.summary!)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^Owner lookup: could not look up the owner "${name}" ${reason.source}`,
          ),
        ),
      )
      // Asked once: no retry storm against a failing or limiting API.
      expect(requestsTo(stub, `/users/${name}`)).toHaveLength(1)
      // The debug log names the call and how it failed.
      expect(apiDebugLines(result)).toContainEqual(
        expect.stringMatching(`^GET /users/${name}: ${escapeRegExp(logged)}`),
      )
    },
  )

  it('never fails the run for failed lookups', async () => {
    const result = await runs.failures
    expect(result.code).toBe(0)
    expect(result.outputs.errors).toBe('0')
    expect(ownerErrors(result)).toEqual([])
    expect(result.commands.filter((c) => c.command === 'notice')).toHaveLength(
      3,
    )
  })

  it('gives up on a hanging API after TOKEN_TEMPLATES_API_TIMEOUT_MS, with a notice', async () => {
    const result = await runs.hang
    expect(result.code).toBe(0)
    expect(result.ms).toBeLessThan(5_000)
    expect(requestsTo(stub, '/users/hang')).toHaveLength(1)
    expect(
      result.commands
        .filter((c) => c.command === 'notice')
        .map((c) => c.message),
    ).toEqual([
      expect.stringMatching(
        /^token-templates could not look up the owner "hang" \(could not reach 127\.0\.0\.1:\d+: timeout, no answer within 300 ms\); target-owner-type was not checked for it$/,
      ),
    ])
    expect(summaryNotes(result.summary!)).toContainEqual(
      expect.stringMatching(
        /^Owner lookup: could not look up the owner "hang"/,
      ),
    )
  })

  it.each([
    ['dropped', 'reset', 'ECONNRESET \\(connection reset\\)'],
    ['refused', 'octo-org', 'ECONNREFUSED \\(connection refused\\)'],
  ] as const)(
    'names a network failure (%s) as such, not as HTTP 500',
    async (run, owner, code) => {
      const result = await runs[run]
      expect(result.code).toBe(0)
      const notices = result.commands
        .filter((c) => c.command === 'notice')
        .map((c) => c.message)
      expect(notices).toEqual([
        expect.stringMatching(
          new RegExp(
            `^token-templates could not look up the owner "${owner}" \\(could not reach 127\\.0\\.0\\.1:\\d+: ${code}\\); target-owner-type was not checked for it$`,
          ),
        ),
      ])
      expect(notices.join('\n')).not.toContain('HTTP 500')
      expect(apiDebugLines(result)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^GET /users/${owner}: could not reach 127\\.0\\.0\\.1:\\d+: ${code}$`,
          ),
        ),
      )
    },
  )
})

describe('the GitHub client, made on the first API call', () => {
  let stub: ApiStub
  let runs: Record<'idle' | 'busy', Promise<ActionResult>>

  beforeAll(async () => {
    stub = await startApiStub((request, res) =>
      request.path === '/users/octo-user'
        ? sendJson(res, 200, { login: 'octo-user', type: 'User' })
        : sendJson(res, 404, { message: 'Not Found' }),
    )
    runs = startRuns({
      // A token, but no target_name, no pull request and 3 errors: no
      // call to make.
      idle: () =>
        withToken(stub, {
          workspace: workspace({ [`${DIR}/few.yml`]: manyErrors(3) }),
          traceModules: true,
        }),
      busy: () =>
        withToken(stub, {
          workspace: workspace({
            [`${DIR}/owner.yml`]:
              'name: A\ndescription: a\ntarget_name: octo-user\nexpires_in: 30\npermissions:\n  contents: read\n',
          }),
          traceModules: true,
        }),
    })
  })

  afterAll(() => stub.close())

  it('keeps Octokit out of the bundle that every run loads', () => {
    const chunks = octokitChunks()
    expect(chunks).not.toEqual([])
    expect(chunks).not.toContain('index.js')
  })

  it('never loads Octokit when no call is due, token or not', async () => {
    const result = await runs.idle
    expect(result.code).toBe(1)
    expect(result.outputs.errors).toBe('3')
    expect(result.modules).toContain('index.js')
    expect(result.modules.filter((m) => octokitChunks().includes(m))).toEqual(
      [],
    )
    expect(apiDebugLines(result)).toEqual([])
  })

  it('loads it for the first call, and logs the call with its status', async () => {
    const result = await runs.busy
    expect(result.code).toBe(0)
    expect(
      result.modules.filter((m) => octokitChunks().includes(m)),
    ).toHaveLength(1)
    expect(apiDebugLines(result)).toEqual([
      'first call, loading the client',
      'GET /users/octo-user: HTTP 200',
    ])
  })
})
