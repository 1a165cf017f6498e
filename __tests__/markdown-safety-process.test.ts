import { jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findHiddenCharacters } from '../src/common/hidden-characters.js'
import {
  TOKEN,
  removeTemporaryFolders,
  startRuns,
  workspace as actionWorkspace,
} from './support/action-process.js'
import type { ActionResult, RunOptions } from './support/action-process.js'
import { CLI, runCli, workspace } from './support/cli-process.js'
import { sendJson, startApiStub } from './support/github-api-stub.js'
import type { ApiStub } from './support/github-api-stub.js'
import { linkUrls, renderHtml } from './support/markdown.js'

// Issue 14 item 3: the bundled CLI and Action, run as processes, write no
// hidden character raw into Markdown (the README table, the job summary)
// or the README diff. A name "Safe\u202Eetirw :stnetnoc" would read
// "Safecontents: write"; each one is shown as <U+202E> instead. And `$`
// is escaped, or GitHub renders `$x$` as math.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'
const CONFIG = '.github/token-templates.config.yml'
const START = '<!-- token-templates:start -->'
const END = '<!-- token-templates:end -->'

/** Written with YAML escapes: the file itself is ASCII. */
const EVIL = `name: "Safe\\u202Eetirw :stnetnoc"
description: "Reads\\u200B \\u2066code\\u2069 for $x$"
expires_in: 30
permissions:
  contents: read
`
const NAME = 'Safe\u202Eetirw :stnetnoc'
const WARN_ONLY = 'rules:\n  hidden-characters: warning\n'
const README = `# Tokens\n\n${START}\nold\n${END}\n`
/** A README whose table someone edited to hold them raw. */
const PLANTED = `# Tokens\n\n${START}\n| \u202Eplanted\u200B |\n${END}\n`

/** The hidden characters left raw, as code points (line feeds aside). */
const rawHidden = (text: string) => [
  ...new Set(
    findHiddenCharacters(text, '\n').map((found) =>
      found.code.toString(16).toUpperCase(),
    ),
  ),
]

/** The text a reader sees: the rendered HTML without tags and entities. */
const shownText = (markdown: string) =>
  renderHtml(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

const between = (text: string) =>
  text.slice(text.indexOf(START) + START.length, text.indexOf(END))

/** What the log shows between our ::stop-commands:: and its resume line. */
function stoppedText(stdout: string): string {
  const start = /^::stop-commands::([0-9a-f]+)$/m.exec(stdout)
  if (!start) return ''
  const from = start.index + start[0].length
  return stdout.slice(from, stdout.indexOf(`::${start[1]}::`, from))
}

describe('the CLI writes hidden characters escaped', () => {
  beforeAll(() => {
    if (!existsSync(CLI))
      throw new Error(`${CLI} is missing: run npm run build first`)
  })

  it('docs: with warnings only, the README row shows them as <U+…> and $ escaped', () => {
    const root = workspace({
      [`${DIR}/evil.yml`]: EVIL,
      [CONFIG]: WARN_ONLY,
      'README.md': README,
    })
    const result = runCli(['docs', '--readme', 'README.md'], root)
    expect(result.status).toBe(0)
    const table = between(readFileSync(join(root, 'README.md'), 'utf8'))
    expect(rawHidden(table)).toEqual([])
    expect(table).toContain('\\$x\\$')
    expect(table).not.toMatch(/(?:^|[^\\])\$x/)
    const shown = shownText(table)
    expect(shown).toContain('Safe<U+202E>etirw :stnetnoc')
    expect(shown).toContain('Reads<U+200B> <U+2066>code<U+2069> for $x$')
    const [url] = linkUrls(table)
    expect(url).toContain('name=Safe%E2%80%AEetirw')
    expect(new URL(url!).searchParams.get('name')).toBe(NAME)
  })

  it('docs: with the default level, the template is left out of the table', () => {
    const root = workspace({ [`${DIR}/evil.yml`]: EVIL, 'README.md': README })
    const result = runCli(['docs', '--readme', 'README.md'], root)
    expect(result.status).toBe(0)
    const table = between(readFileSync(join(root, 'README.md'), 'utf8'))
    expect(table).toBe('\n_No token templates yet._\n')
    expect(result.stderr).toContain('hidden-characters at line 1')
  })

  it('docs --check: the diff shows both sides escaped', () => {
    const root = workspace({
      [`${DIR}/evil.yml`]: EVIL,
      [CONFIG]: WARN_ONLY,
      'README.md': PLANTED,
    })
    const result = runCli(['docs', '--readme', 'README.md', '--check'], root)
    expect(result.status).toBe(1)
    expect(rawHidden(result.stdout)).toEqual([])
    expect(result.stdout).toContain('-| <U+202E>planted<U+200B> |')
    expect(result.stdout).toMatch(/^\+\| \[Safe&lt;U\+202E&gt;etirw/m)
  })
})

describe('the Action writes hidden characters escaped', () => {
  // The pull request adds the template, whose file name holds one too.
  const FILE = `${DIR}/a\u2066b.yml`
  let stub: ApiStub
  let runs: Record<'warnings' | 'errors' | 'check', Promise<ActionResult>>

  beforeAll(async () => {
    stub = await startApiStub((request, res) => {
      if (!request.path.endsWith('/pulls/7/files'))
        return sendJson(res, 404, { message: 'Not Found' })
      sendJson(res, 200, [{ filename: FILE, status: 'added' }])
    })
    const run =
      (repository: string, files: Record<string, string>, docs = 'off') =>
      (): RunOptions => {
        const root = actionWorkspace({ [FILE]: EVIL, ...files })
        return {
          workspace: root,
          repository,
          event: {},
          inputs: { token: TOKEN, docs, 'fail-on': 'never' },
          env: { GITHUB_API_URL: stub.url },
        }
      }
    runs = startRuns({
      warnings: run('octo/warnings', { [CONFIG]: WARN_ONLY }),
      errors: run('octo/errors', {}),
      check: run(
        'octo/check',
        { [CONFIG]: WARN_ONLY, 'README.md': PLANTED },
        'check',
      ),
    })
  })

  afterAll(() => stub.close())

  it('job summary, warnings only: findings, token table and files escaped, $ too', async () => {
    const { summary } = await runs.warnings
    expect(rawHidden(summary!)).toEqual([])
    expect(summary).not.toMatch(/(?:^|[^\\])\$x/)
    const shown = shownText(summary!)
    // The token links table.
    expect(shown).toContain('Safe<U+202E>etirw :stnetnoc')
    expect(shown).toContain('Reads<U+200B> <U+2066>code<U+2069> for $x$')
    // The finding, and where it is.
    expect(shown).toContain('"name" holds a hidden character, U+202E')
    expect(shown).toContain('a<U+2066>b.yml:1:7')
    // The pull request's files.
    expect(shown).toContain('adds .github/token-templates/a<U+2066>b.yml')
    expect(
      linkUrls(summary!).filter((url) => url.includes('/new?name=')),
    ).toHaveLength(1)
  })

  it('job summary, errors: the template is left out, the findings escaped', async () => {
    const { summary } = await runs.errors
    expect(rawHidden(summary!)).toEqual([])
    expect(summary).toContain('_No token templates yet._')
    expect(shownText(summary!)).toContain(
      '"description" holds 3 hidden characters',
    )
  })

  it('docs: check prints the README diff with both sides escaped', async () => {
    const { stdout, code } = await runs.check
    expect(code).toBe(1)
    const diff = stoppedText(stdout)
    expect(diff).toContain('-| <U+202E>planted<U+200B> |')
    expect(rawHidden(diff)).toEqual([])
  })
})
