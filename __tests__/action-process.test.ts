import { jest } from '@jest/globals'
import { join } from 'node:path'
import {
  HEAD_SHA,
  MERGE_SHA,
  REPOSITORY,
  SERVER_URL,
  TOKEN,
  findingRows,
  fixtureWorkspace,
  manyErrors,
  removeTemporaryFolders,
  startRuns,
  summaryNotes,
  workspace,
} from './support/action-process.js'
import type { ActionResult, WorkflowCommand } from './support/action-process.js'
import { linkUrls } from './support/markdown.js'

// The bundled Action (dist/index.js) run as a workflow step: inputs and
// GITHUB_* variables in, workflow commands on stdout, the job summary and
// outputs files, and the exit code out. No API here (no token, or no call
// that needs one): action-api.test.ts covers the parts that talk to GitHub.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'
const RANK = { error: 0, warning: 1, notice: 2 } as const

/** What an annotation says, without the raw line. */
const annotation = (command: WorkflowCommand) => ({
  command: command.command,
  ...command.properties,
  message: command.message,
})

/** The links to the new-token form on `server`. */
const tokenLinks = (markdown: string, server = SERVER_URL) =>
  linkUrls(markdown).filter((url) =>
    url.startsWith(`${server}/settings/personal-access-tokens/new?name=`),
  )

/** The `::error::` lines without a file: why the step failed. */
const failures = (result: ActionResult) =>
  result.commands
    .filter((c) => c.command === 'error' && !('file' in c.properties))
    .map((c) => c.message)

describe('the Action on clean templates', () => {
  let runs: Record<'clean' | 'enterprise', Promise<ActionResult>>
  beforeAll(() => {
    runs = startRuns({
      clean: () => ({ workspace: fixtureWorkspace('clean') }),
      enterprise: () => ({
        workspace: fixtureWorkspace('clean'),
        inputs: { 'server-url': 'https://ghe.example.com/' },
      }),
    })
  })

  it('exits 0, annotates nothing and sets every output', async () => {
    const result = await runs.clean
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.annotations).toEqual([])
    expect(failures(result)).toEqual([])
    expect(result.outputs).toEqual({
      errors: '0',
      warnings: '0',
      templates: '3',
      links: '0',
      'readme-changed': 'false',
    })
    expect(result.stdout).toContain(
      '3 templates in 2 files: 0 errors, 0 warnings, 0 notices',
    )
  })

  it('writes each output as @actions/core does: a heredoc under its own random delimiter', async () => {
    const { outputFile } = await runs.clean
    const heredoc =
      /^([a-z-]+)<<(ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\n(.*)\n\2\n/
    const entries: Array<{ name: string; value: string; delimiter: string }> =
      []
    let rest = outputFile
    for (let match; (match = heredoc.exec(rest));) {
      entries.push({ name: match[1]!, delimiter: match[2]!, value: match[3]! })
      rest = rest.slice(match[0].length)
    }
    expect(rest).toBe('')
    expect(entries.map(({ name, value }) => `${name}=${value}`)).toEqual([
      'errors=0',
      'warnings=0',
      'templates=3',
      'links=0',
      'readme-changed=false',
    ])
    expect(new Set(entries.map(({ delimiter }) => delimiter)).size).toBe(5)
  })
})

describe('the Action on broken templates', () => {
  let runs: Record<
    | 'mixed'
    | 'never'
    | 'warningsOnError'
    | 'warningsOnWarning'
    | 'noticesOnWarning'
    | 'noticesOnNotice'
    | 'badFailOn',
    Promise<ActionResult>
  >
  beforeAll(() => {
    const failOn = (fixture: string, level: string) => () => ({
      workspace: fixtureWorkspace(fixture),
      inputs: { 'fail-on': level },
    })
    runs = startRuns({
      // a-notices.yml sorts first and c-errors.yml last: the order of the
      // annotations below is by level, not by file.
      mixed: () => ({ workspace: fixtureWorkspace('mixed') }),
      never: failOn('mixed', 'never'),
      warningsOnError: failOn('warnings-only', 'error'),
      warningsOnWarning: failOn('warnings-only', 'warning'),
      noticesOnWarning: failOn('notices-only', 'warning'),
      noticesOnNotice: failOn('notices-only', 'notice'),
      badFailOn: failOn('mixed', 'errors'),
    })
  })

  it('annotates each finding on its lines, relative to GITHUB_WORKSPACE, errors before warnings before notices, and exits 1', async () => {
    const result = await runs.mixed
    expect(result.code).toBe(1)
    expect(result.annotations.map(annotation)).toEqual([
      {
        command: 'error',
        title: 'unknown-permission',
        file: `${DIR}/c-errors.yml`,
        line: '6',
        endLine: '6',
        col: '3',
        endColumn: '15',
        message:
          'unknown permission "pull_request": did you mean "pull_requests"?',
      },
      {
        command: 'error',
        title: 'unsupported-access-level',
        file: `${DIR}/c-errors.yml`,
        line: '7',
        endLine: '7',
        col: '10',
        endColumn: '14',
        message:
          '"gists" supports only write, not read: GitHub\'s form offers no read access to it; remove the line, or use gists: write only if the token must have that',
      },
      {
        command: 'warning',
        title: 'no-expiration',
        file: `${DIR}/b-warnings.yml`,
        line: '4',
        endLine: '4',
        col: '13',
        endColumn: '17',
        message: expect.stringMatching(/^a token that never expires/),
      },
      {
        command: 'warning',
        title: 'missing-description',
        file: `${DIR}/b-warnings.yml`,
        line: '8',
        endLine: '8',
        col: '1',
        endColumn: '5',
        message: expect.stringMatching(/^add a description/),
      },
      {
        command: 'notice',
        title: 'redundant-metadata',
        file: `${DIR}/a-notices.yml`,
        line: '7',
        endLine: '7',
        col: '3',
        endColumn: '11',
        message: expect.stringMatching(/^metadata: read comes with every/),
      },
    ])
    const ranks = result.annotations.map(
      (a) => RANK[a.command as keyof typeof RANK],
    )
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    for (const { raw } of result.annotations) {
      // One line, with every property GitHub reads, and no absolute path.
      expect(raw).toMatch(
        /^::(error|warning|notice) (?=[^:]*\btitle=[a-z-]+)(?=[^:]*\bfile=\.github\/)(?=[^:]*\bline=\d+)(?=[^:]*\bendLine=\d+)(?=[^:]*\bcol=\d+)(?=[^:]*\bendColumn=\d+)[^:]*::\S/,
      )
      expect(raw).not.toContain('/tmp')
    }
    expect(result.commands.at(-1)?.raw).toBe(
      '::error::token templates have findings at or above the fail-on level (error)',
    )
    expect(result.outputs).toEqual({
      errors: '2',
      warnings: '2',
      templates: '4',
      links: '0',
      'readme-changed': 'false',
    })
  })

  it('exits 0 with fail-on: never, and still annotates and counts', async () => {
    const result = await runs.never
    expect(result.code).toBe(0)
    expect(result.annotations).toHaveLength(5)
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '2' })
    expect(failures(result)).toEqual([])
  })

  it.each([
    ['warningsOnError', 'warnings only', 'error', 0],
    ['warningsOnWarning', 'warnings only', 'warning', 1],
    ['noticesOnWarning', 'notices only', 'warning', 0],
    ['noticesOnNotice', 'notices only', 'notice', 1],
  ] as const)(
    '%s: %s with fail-on: %s exits %i',
    async (name, _what, failOn, code) => {
      const result = await runs[name]
      expect(result.code).toBe(code)
      expect(failures(result)).toEqual(
        code
          ? [
              `token templates have findings at or above the fail-on level (${failOn})`,
            ]
          : [],
      )
    },
  )

  it('refuses an unknown fail-on value with one clear message and exit 1', async () => {
    const result = await runs.badFailOn
    expect(result.code).toBe(1)
    expect(result.commands.map((c) => c.raw)).toEqual([
      '::error::input fail-on must be one of error, warning, notice, never, not "errors"',
    ])
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('the job summary', () => {
  let runs: Record<
    'pullRequest' | 'push' | 'twelve' | 'ten' | 'nameless',
    Promise<ActionResult>
  >
  beforeAll(() => {
    runs = startRuns({
      nameless: () => ({
        workspace: workspace({
          [`${DIR}/ci/tokens.yml`]:
            'name: Named\npermissions:\n  contents: read\n---\ndescription: Reads\npermissions:\n  issues: read\n',
        }),
      }),
      pullRequest: () => ({ workspace: fixtureWorkspace('mixed'), event: {} }),
      push: () => ({ workspace: fixtureWorkspace('mixed') }),
      twelve: () => ({
        workspace: workspace({ [`${DIR}/many.yml`]: manyErrors(12) }),
      }),
      ten: () => ({
        workspace: workspace({ [`${DIR}/ten.yml`]: manyErrors(10) }),
      }),
    })
  })

  it('lists counts and every finding, linked to its lines at the pull request head', async () => {
    const { summary } = await runs.pullRequest
    expect(summary).toContain(
      '**4 templates** in 3 files: 2 errors, 2 warnings, 1 notice',
    )
    expect(findingRows(summary!).map((row) => row.slice(0, 2))).toEqual([
      ['❌ error', '`unknown-permission`'],
      ['❌ error', '`unsupported-access-level`'],
      ['⚠️ warning', '`no-expiration`'],
      ['⚠️ warning', '`missing-description`'],
      ['ℹ️ notice', '`redundant-metadata`'],
    ])
    const blob = `${SERVER_URL}/${REPOSITORY}/blob/${HEAD_SHA}/${DIR}`
    expect(linkUrls(summary!).filter((url) => url.includes('/blob/'))).toEqual([
      `${blob}/c-errors.yml#L6`,
      `${blob}/c-errors.yml#L7`,
      `${blob}/b-warnings.yml#L4`,
      `${blob}/b-warnings.yml#L8`,
      `${blob}/a-notices.yml#L7`,
    ])
    // GITHUB_SHA is the merge commit of a pull_request run, not the head.
    expect(summary).not.toContain(MERGE_SHA)
  })

  it('lists only the templates without errors in the token links table', async () => {
    const { summary } = await runs.push
    expect(
      tokenLinks(summary!).map((url) => new URL(url).searchParams.get('name')),
    ).toEqual(['Forever', 'Metadata too', 'Undescribed'])
  })

  it('lists a template without a name by its file and document number, with no name in its link', async () => {
    const { summary, code } = await runs.nameless
    expect(code).toBe(0)
    // Escaped like any cell: every markdown mark, even a dot.
    const dir = DIR.replace(/[._]/g, '\\$&')
    expect(summary).toContain(
      `| [${dir}/ci/tokens\\.yml #2](${SERVER_URL}/settings/personal-access-tokens/new?description=Reads&issues=read) | Reads |`,
    )
    expect(summary).toContain('`missing-name`')
  })

  it('links findings at GITHUB_SHA outside pull requests', async () => {
    const { summary } = await runs.push
    expect(linkUrls(summary!)).toContain(
      `${SERVER_URL}/${REPOSITORY}/blob/${MERGE_SHA}/${DIR}/c-errors.yml#L6`,
    )
  })

  it('says GitHub shows only 10 annotations of a level, and lists every finding, when there is no token', async () => {
    const result = await runs.twelve
    expect(result.code).toBe(1)
    // All are printed; GitHub is the one that hides the 11th and 12th.
    expect(result.annotations).toHaveLength(12)
    expect(findingRows(result.summary!)).toHaveLength(12)
    expect(summaryNotes(result.summary!)).toContain(
      'GitHub shows only 10 annotations of each level per step; every finding is listed below. (No token to publish them all as a check run.)',
    )
  })

  it('says nothing about hidden annotations at 10 of a level', async () => {
    const { summary } = await runs.ten
    expect(findingRows(summary!)).toHaveLength(10)
    expect(summary).not.toContain('GitHub shows only 10')
  })
})

describe('a file name cannot command the runner through the debug log', () => {
  // Linux allows a line break in a file name. The Action names the files
  // it matched in a debug line; @actions/core escapes it there as in
  // every command, so the runner reads one line.
  const name = `${DIR}/a\n::error::x.yml`
  let result: ActionResult
  beforeAll(async () => {
    result = await startRuns({
      newline: () => ({
        workspace: workspace({
          [name]:
            'name: A\ndescription: a\nexpires_in: 30\npermissions:\n  contents: read\n',
        }),
      }),
    }).newline
  })

  it('lints the file and names it, escaped, in the debug log', () => {
    expect(result.code).toBe(0)
    expect(result.outputs.templates).toBe('1')
    expect(result.stdout).toContain(
      `::debug::template files matched: 1 (${DIR}/a%0A::error::x.yml)`,
    )
    expect(result.commands).toContainEqual(
      expect.objectContaining({
        command: 'debug',
        message: `template files matched: 1 (${name})`,
      }),
    )
  })

  it('prints no line that starts a command of its own', () => {
    const lines = result.stdout.split(/\r?\n/).map((line) => line.trim())
    expect(lines.filter((line) => line.startsWith('::error'))).toEqual([])
    expect(lines).not.toContain('::error::x.yml)')
  })
})

describe('template text cannot command the runner', () => {
  let result: ActionResult
  beforeAll(async () => {
    // docs: check with a stale table prints the README diff, which holds
    // template text, to the log. The token is masked by the Action.
    // hidden-characters would keep the line breaks out of the table: off,
    // so that they reach the diff.
    result = await startRuns({
      evil: () => ({
        workspace: fixtureWorkspace('evil', {
          '.github/token-templates.config.yml':
            'rules:\n  hidden-characters: off\n',
        }),
        inputs: { docs: 'check', 'fail-on': 'never', token: TOKEN },
      }),
    }).evil
  })

  it('ran: annotations, the stale README diff, exit 1 for the stale table', () => {
    expect(result.code).toBe(1)
    expect(result.annotations.length).toBeGreaterThanOrEqual(4)
    expect(result.stdout).toContain('+| [Evil<br>')
  })

  it('prints no add-mask, stop-commands or error line it did not mean to', () => {
    const lines = result.stdout.split(/\r?\n/)
    const resume: string[] = []
    for (const line of lines.map((l) => l.trimStart())) {
      if (line.startsWith('::add-mask::'))
        expect(line).toBe(`::add-mask::${TOKEN}`)
      if (line.startsWith('::stop-commands::')) {
        // Only our own wrapper around the README diff, with a random token.
        expect(line).toMatch(/^::stop-commands::[0-9a-f]{32}$/)
        resume.push(`::${line.slice('::stop-commands::'.length)}::`)
      }
      if (line.startsWith('::error'))
        expect(line).toMatch(
          /^::error (title=[a-z-]+,file=\.github\/token-templates\/evil\.yml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+|title=docs,file=README\.md,line=\d+)::|^::error::the README token links table is stale$/,
        )
      expect(line).not.toMatch(/^::[a-z-]+( [^:]*)?::[xyzq]$/)
    }
    expect(
      lines.filter((l) => l.trimStart().startsWith('::add-mask::')),
    ).toEqual([`::add-mask::${TOKEN}`])
    // Commands resume after the diff, under the same token.
    expect(resume).toHaveLength(1)
    expect(lines.indexOf(resume[0]!)).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('::stop-commands::')),
    )
  })

  it('shows the token only in its mask command', () => {
    expect(result.stdout.split(TOKEN)).toHaveLength(2)
    expect(result.stdout).toContain(`::add-mask::${TOKEN}\n`)
    expect(result.stderr).not.toContain(TOKEN)
    expect(result.summary).not.toContain(TOKEN)
  })

  it('writes no raw HTML and no javascript: link into the job summary', () => {
    const summary = result.summary!
    expect(summary).not.toMatch(/<script/i)
    expect(summary).not.toMatch(/<a\s/i)
    expect(summary).not.toMatch(
      /\]\(\s*<?javascript:|href\s*=\s*["']?javascript:/i,
    )
    for (const url of linkUrls(summary))
      expect(url).toMatch(/^https:\/\/github\.example\.test\//)
    expect(summary).toContain('&lt;script&gt;')
  })
})

describe('the Action in a broken environment', () => {
  const EVENT_NOTES = {
    missingFile:
      /^Pull request details were skipped: cannot read the event payload \(ENOENT/,
    notJson:
      /^Pull request details were skipped: cannot read the event payload \(/,
    noPath: /^Pull request details were skipped: GITHUB_EVENT_PATH is not set/,
  }
  let runs: Record<
    | keyof typeof EVENT_NOTES
    | 'noSummary'
    | 'noTemplates'
    | 'somePatterns'
    | 'workspaceRoot',
    Promise<ActionResult>
  >
  beforeAll(() => {
    runs = startRuns({
      missingFile: () => ({
        workspace: fixtureWorkspace('clean'),
        event: { path: '/nonexistent/event.json' },
      }),
      notJson: () => ({
        workspace: fixtureWorkspace('mixed'),
        event: { payload: '{"pull_request": {"number": 7,' },
      }),
      noPath: () => ({
        workspace: fixtureWorkspace('mixed'),
        event: { path: '' },
        env: { GITHUB_EVENT_PATH: undefined },
      }),
      noSummary: () => ({
        workspace: fixtureWorkspace('mixed'),
        env: { GITHUB_STEP_SUMMARY: undefined },
      }),
      noTemplates: () => ({
        workspace: workspace({ 'README.md': '# nothing here\n' }),
      }),
      somePatterns: () => ({
        workspace: fixtureWorkspace('clean'),
        inputs: { templates: `${DIR}/*.yml, tokens/*.yml\n${DIR}/*.yaml` },
      }),
      workspaceRoot: () => {
        const root = fixtureWorkspace('mixed')
        return {
          workspace: root,
          env: { GITHUB_WORKSPACE: join(root, '.github') },
          inputs: { templates: 'token-templates/*.yml' },
        }
      },
    })
  })

  it.each([
    ['missingFile', 'the event file is missing', 0],
    ['notJson', 'the event file is not JSON', 1],
    ['noPath', 'GITHUB_EVENT_PATH is not set', 1],
  ] as const)(
    '%s: on a pull_request event where %s, lints, exits %i by the findings and notes it',
    async (name, _what, code) => {
      const result = await runs[name]
      expect(result.code).toBe(code)
      expect(result.stderr).toBe('')
      expect(summaryNotes(result.summary!)).toContainEqual(
        expect.stringMatching(EVENT_NOTES[name]),
      )
      expect(Number(result.outputs.templates)).toBeGreaterThan(0)
      // The head is unknown: links fall back to GITHUB_SHA.
      if (code)
        expect(linkUrls(result.summary!)).toContain(
          `${SERVER_URL}/${REPOSITORY}/blob/${MERGE_SHA}/${DIR}/c-errors.yml#L6`,
        )
    },
  )

  it('warns, and still lints and sets outputs, without GITHUB_STEP_SUMMARY', async () => {
    const result = await runs.noSummary
    expect(result.code).toBe(1)
    expect(result.summary).toBeUndefined()
    expect(result.commands).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        message: expect.stringMatching(
          /^the job summary could not be written \(.*GITHUB_STEP_SUMMARY/,
        ),
      }),
    )
    expect(result.annotations).toHaveLength(5)
    expect(result.outputs.errors).toBe('2')
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  })

  it('warns when no template matches, instead of passing silently', async () => {
    const result = await runs.noTemplates
    expect(result.code).toBe(0)
    expect(result.commands).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        message: `no template file matches "${DIR}/**/*.{yml,yaml}"`,
      }),
    )
    expect(summaryNotes(result.summary!)).toContain(
      'No template files were found: check the templates input.',
    )
    expect(result.outputs.templates).toBe('0')
  })

  it('warns about each pattern of the templates input that matches nothing', async () => {
    const result = await runs.somePatterns
    expect(result.code).toBe(0)
    expect(
      result.commands
        .filter((c) => c.command === 'warning')
        .map((c) => c.message),
    ).toEqual(['no template file matches "tokens/*.yml"'])
    expect(result.outputs.templates).toBe('3')
  })

  it('reads templates and names files relative to GITHUB_WORKSPACE, not the working directory', async () => {
    const result = await runs.workspaceRoot
    expect(result.annotations[0]?.properties.file).toBe(
      'token-templates/c-errors.yml',
    )
  })
})
