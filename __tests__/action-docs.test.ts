import { jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyPatch } from 'diff'
import { micromark } from 'micromark'
import {
  SERVER_URL,
  fixtureWorkspace,
  pullRequestPayload,
  removeTemporaryFolders,
  runAction,
  startRuns,
  summaryNotes,
  workspace,
} from './support/action-process.js'
import { runCli } from './support/cli-process.js'
import type { ActionResult } from './support/action-process.js'
import { linkUrls } from './support/markdown.js'
import { VERSION } from '../src/version.js'

// The Action's docs input, run as a workflow step: `check` fails the step
// on a stale README table (annotated on the README, diff in the log, and
// the command and the exact patch in the job summary), `write` rewrites
// the table between the markers and says so in the readme-changed output.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const START = '<!-- token-templates:start -->'
const END = '<!-- token-templates:end -->'
const BEFORE = '# Our tokens\n\nSome text *before*.\n\n'
const AFTER = '\n\n## After\n\nKept as is, byte for byte.   \n'
const STALE_README = `${BEFORE}${START}\n| old | table |\n${END}${AFTER}`

/** The command the Action gives: the runner's server-url is not github.com. */
const COMMAND = `npx token-templates@${VERSION} docs --readme README.md --server-url ${SERVER_URL}`

const read = (root: string, file = 'README.md') =>
  readFileSync(join(root, file), 'utf8')

/** The part of a README between the markers. */
const between = (text: string) =>
  text.slice(text.indexOf(START) + START.length, text.indexOf(END))

const tokenLinks = (markdown: string) =>
  linkUrls(markdown).filter((url) =>
    url.startsWith(`${SERVER_URL}/settings/personal-access-tokens/new?`),
  )

describe('docs: check', () => {
  const roots: Record<string, string> = {}
  let runs: Record<
    'stale' | 'custom' | 'noMarkers' | 'noMarkersWrite',
    Promise<ActionResult>
  >
  beforeAll(() => {
    runs = startRuns({
      stale: () => {
        roots.stale = fixtureWorkspace('clean', { 'README.md': STALE_README })
        return { workspace: roots.stale, inputs: { docs: 'check' } }
      },
      custom: () => ({
        workspace: fixtureWorkspace('clean', {
          'docs/TOKENS.md': `${START}\n${END}\n`,
        }),
        inputs: { docs: 'check', readme: 'docs/TOKENS.md' },
      }),
      noMarkers: () => {
        roots.noMarkers = fixtureWorkspace('clean', {
          'README.md': '# No markers\n',
        })
        return { workspace: roots.noMarkers, inputs: { docs: 'check' } }
      },
      noMarkersWrite: () => {
        roots.noMarkersWrite = fixtureWorkspace('clean', {
          'README.md': '# No markers\n',
        })
        return { workspace: roots.noMarkersWrite, inputs: { docs: 'write' } }
      },
    })
  })

  it('fails the step on a stale table, annotated at the start marker', async () => {
    const result = await runs.stale
    expect(result.code).toBe(1)
    expect(result.annotations.map((a) => a.raw)).toEqual([
      `::error title=docs,file=README.md,line=5::the token links table is stale: run ${COMMAND} and commit the result, or apply the patch in the job summary`,
    ])
    expect(result.commands.at(-1)?.raw).toBe(
      '::error::the README token links table is stale',
    )
    expect(result.outputs['readme-changed']).toBe('false')
    expect(read(roots.stale!)).toBe(STALE_README)
  })

  it('prints the diff in a group, with workflow commands off around it', async () => {
    const { stdout } = await runs.stale
    const lines = stdout.split('\n')
    const group = lines.indexOf('::group::What docs would change in README.md')
    expect(group).toBeGreaterThan(-1)
    const stop = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[group + 1]!)
    expect(stop).not.toBeNull()
    const resume = lines.indexOf(`::${stop![1]}::`)
    expect(resume).toBeGreaterThan(group + 1)
    expect(lines[resume + 1]).toBe('::endgroup::')
    const diff = lines.slice(group + 2, resume)
    expect(diff).toContain('-| old | table |')
    expect(diff.filter((line) => line.startsWith('+| ['))).toHaveLength(3)
  })

  it('notes the stale table in the job summary', async () => {
    const { summary } = await runs.stale
    expect(summaryNotes(summary!)).toContain(
      'README.md: the token links table is stale; the command and the patch that update it are below.',
    )
  })

  it('checks the file of the readme input', async () => {
    const result = await runs.custom
    expect(result.code).toBe(1)
    expect(result.annotations).toEqual([
      expect.objectContaining({
        properties: { title: 'docs', file: 'docs/TOKENS.md', line: '1' },
      }),
    ])
    expect(summaryNotes(result.summary!)).toContain(
      'docs/TOKENS.md: the token links table is stale; the command and the patch that update it are below.',
    )
  })

  it.each([
    ['noMarkers', 'check', 'checked'],
    ['noMarkersWrite', 'write', 'written'],
  ] as const)(
    '%s: docs: %s on a README without markers fails with one annotation that says why',
    async (name, _mode, done) => {
      const result = await runs[name]
      expect(result.code).toBe(1)
      const errors = result.commands.filter((c) => c.command === 'error')
      // The reason once, on the README; then the step's failure, which
      // does not repeat it.
      expect(errors).toEqual([
        expect.objectContaining({
          properties: { title: 'docs', file: 'README.md' },
          message: expect.stringMatching(
            /^README\.md has no token-templates markers; it was not changed\. add these two lines/,
          ),
        }),
        expect.objectContaining({
          properties: {},
          message: `the README token links table was not ${done}`,
        }),
      ])
      const why = result.stdout
        .split('\n')
        .filter((line) => line.includes('has no token-templates markers'))
      // The debug line, and the annotation.
      expect(why.filter((line) => line.startsWith('::error'))).toHaveLength(1)
      expect(summaryNotes(result.summary!)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^The token links table was not ${done}: README\\.md has no token-templates markers`,
          ),
        ),
      )
      expect(result.summary).not.toContain('### Stale token links table')
      expect(read(roots[name]!)).toBe('# No markers\n')
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
    },
  )
})

describe('docs: write, then docs: check', () => {
  const roots: Record<string, string> = {}
  let write: ActionResult
  let check: ActionResult
  let rewrite: ActionResult
  let withErrors: Promise<ActionResult>

  beforeAll(async () => {
    roots.mixed = fixtureWorkspace('mixed', { 'README.md': STALE_README })
    withErrors = startRuns({
      mixed: () => ({ workspace: roots.mixed!, inputs: { docs: 'write' } }),
    }).mixed
    roots.clean = fixtureWorkspace('clean', { 'README.md': STALE_README })
    write = await runAction({
      workspace: roots.clean,
      inputs: { docs: 'write' },
    })
    roots.written = read(roots.clean)
    ;[check, rewrite] = [
      await runAction({ workspace: roots.clean, inputs: { docs: 'check' } }),
      await runAction({ workspace: roots.clean, inputs: { docs: 'write' } }),
    ]
  })

  it('rewrites the table between the markers only, and sets readme-changed', () => {
    expect(write.code).toBe(0)
    expect(write.outputs['readme-changed']).toBe('true')
    const text = roots.written!
    expect(text.startsWith(`${BEFORE}${START}`)).toBe(true)
    expect(text.endsWith(`${END}${AFTER}`)).toBe(true)
    expect(summaryNotes(write.summary!)).toContain(
      'README.md: the token links table was updated; commit it.',
    )
    expect(write.annotations).toEqual([])
  })

  it('writes the table the job summary shows', () => {
    const table = between(roots.written!)
    expect(tokenLinks(table)).toHaveLength(3)
    expect(tokenLinks(table)).toEqual(tokenLinks(write.summary!))
  })

  it('passes docs: check afterwards, and a second write changes nothing', () => {
    expect(check.code).toBe(0)
    expect(check.annotations).toEqual([])
    expect(check.outputs['readme-changed']).toBe('false')
    expect(summaryNotes(check.summary!)).toContain(
      'README.md: the token links table is current.',
    )
    expect(rewrite.code).toBe(0)
    expect(rewrite.outputs['readme-changed']).toBe('false')
    expect(read(roots.clean!)).toBe(roots.written)
  })

  it('writes only templates without errors, and still fails on the errors', async () => {
    const result = await withErrors
    expect(result.code).toBe(1)
    expect(result.outputs['readme-changed']).toBe('true')
    expect(
      tokenLinks(between(read(roots.mixed!))).map((url) =>
        new URL(url).searchParams.get('name'),
      ),
    ).toEqual(['Forever', 'Metadata too', 'Undescribed'])
  })
})

/** The README diff printed to the log, between stop-commands and resume. */
function loggedDiff(stdout: string): string {
  const lines = stdout.split('\n')
  const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'))
  const resume = lines.indexOf(`::${lines[stop]!.slice(17)}::`)
  return `${lines.slice(stop + 1, resume).join('\n')}\n`
}

const decodeEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The summary as GitHub renders it, raw HTML passed through (GitHub keeps
 * `<details>`; a tag that got out of a code block would show up here).
 */
const renderRaw = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true })

/** The fenced code blocks of the rendered summary: language and text. */
function codeBlocks(markdown: string): Array<{ lang?: string; text: string }> {
  return [
    ...renderRaw(markdown).matchAll(
      /<pre><code(?: class="language-([^"]+)")?>([\s\S]*?)<\/code><\/pre>/g,
    ),
  ].map((match) => ({ lang: match[1], text: decodeEntities(match[2]!) }))
}

/** A shell's words for a command line, run in `cwd` (globs expand there). */
function shellWords(command: string, cwd: string): string[] {
  const { stdout, status } = spawnSync(
    'sh',
    ['-c', `set -- ${command}; for a; do printf '%s\\0' "$a"; done`],
    { cwd, encoding: 'utf8' },
  )
  expect(status).toBe(0)
  return stdout.split('\0').slice(0, -1)
}

/** A copy of a workspace, to apply a fix to while the original stays. */
function copyOf(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'tt-action-copy-'))
  cpSync(root, copy, { recursive: true })
  copies.push(copy)
  return copy
}
const copies: string[] = []
afterAll(() => {
  for (const copy of copies.splice(0))
    rmSync(copy, { recursive: true, force: true })
})

describe('on a pull request', () => {
  // The recipe of docs/pull-requests.md: docs: write on a branch of the
  // same repository, docs: check on a fork's.
  const roots: Record<string, string> = {}
  let runs: Record<'sameRepo' | 'fork', Promise<ActionResult>>
  beforeAll(() => {
    runs = startRuns({
      sameRepo: () => {
        roots.sameRepo = fixtureWorkspace('clean', {
          'README.md': STALE_README,
        })
        return {
          workspace: roots.sameRepo,
          event: { payload: pullRequestPayload() },
          inputs: { docs: 'write' },
        }
      },
      fork: () => {
        roots.fork = fixtureWorkspace('clean', { 'README.md': STALE_README })
        return {
          workspace: roots.fork,
          event: { payload: pullRequestPayload({ headRepo: 'someone/repo' }) },
          inputs: { docs: 'check' },
        }
      },
    })
  })

  it('docs: write from the same repository rewrites only between the markers and sets readme-changed', async () => {
    const result = await runs.sameRepo
    expect(result.code).toBe(0)
    expect(result.outputs['readme-changed']).toBe('true')
    expect(result.annotations).toEqual([])
    const text = read(roots.sameRepo!)
    expect(text.startsWith(`${BEFORE}${START}\n`)).toBe(true)
    expect(text.endsWith(`\n${END}${AFTER}`)).toBe(true)
    expect(tokenLinks(between(text))).toHaveLength(3)
    expect(result.summary).not.toContain('### Stale token links table')
  })

  it('docs: check from a fork fails, with the command and the patch in the job summary', async () => {
    const result = await runs.fork
    expect(result.code).toBe(1)
    expect(result.outputs['readme-changed']).toBe('false')
    expect(read(roots.fork!)).toBe(STALE_README)
    expect(result.commands.at(-1)?.raw).toBe(
      '::error::the README token links table is stale',
    )
    const summary = result.summary!
    expect(summary).toContain('### Stale token links table')
    // The findings come first, the token links last.
    expect(summary.indexOf('No findings.')).toBeLessThan(
      summary.indexOf('### Stale token links table'),
    )
    expect(summary.indexOf('### Stale token links table')).toBeLessThan(
      summary.indexOf('### Token links'),
    )
    expect(codeBlocks(summary)).toEqual([
      { lang: 'sh', text: `${COMMAND}\n` },
      { lang: 'diff', text: loggedDiff(result.stdout) },
    ])
    expect(summary).toContain('git apply token-links.patch')
  })

  it('the patch in the summary, put through git apply, writes what docs: write writes', async () => {
    const [fork, sameRepo] = [await runs.fork, await runs.sameRepo]
    expect(sameRepo.code).toBe(0)
    const patch = codeBlocks(fork.summary!).find((b) => b.lang === 'diff')!
    const copy = copyOf(roots.fork!)
    writeFileSync(join(copy, 'token-links.patch'), patch.text)
    const git = (...args: string[]) =>
      spawnSync('git', args, { cwd: copy, encoding: 'utf8' })
    expect(git('init', '-q').status).toBe(0)
    const applied = git('apply', 'token-links.patch')
    expect(applied.stderr).toBe('')
    expect(applied.status).toBe(0)
    expect(read(copy)).toBe(read(roots.sameRepo!))
    expect(applyPatch(STALE_README, patch.text)).toBe(read(roots.sameRepo!))
  })

  it('the command in the summary writes what docs: write writes', async () => {
    const fork = await runs.fork
    await runs.sameRepo
    const command = codeBlocks(fork.summary!).find((b) => b.lang === 'sh')!
    const copy = copyOf(roots.fork!)
    const words = shellWords(command.text.trim(), copy)
    expect(words.slice(0, 3)).toEqual([
      'npx',
      `token-templates@${VERSION}`,
      'docs',
    ])
    const result = runCli(words.slice(2), copy)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(read(copy)).toBe(read(roots.sameRepo!))
  })
})

describe('a stale table with hostile text, in the job summary', () => {
  // Template text is escaped in the table, so its backticks come one at a
  // time; the README is the pull request's own, and its context lines and
  // old rows reach the patch as they are: a ``` block next to the table,
  // raw HTML, </details>.
  const NAME = '```</details><script>x</script>'
  const template = [
    `name: ${JSON.stringify(NAME)}`,
    `description: ${JSON.stringify('````\n</details>\n<img src=x onerror=alert(1)>')}`,
    'expires_in: 7',
    'permissions:',
    '  contents: read',
    '',
  ].join('\n')
  const readme = [
    '# Tokens',
    '',
    '``````',
    'a block of six',
    '``````',
    START,
    '| old | ```` </details> <img src=x onerror=alert(2)> <script>alert(3)</script> |',
    '</details>',
    END,
    '```````` eight: the rest of the file is a code block',
    '',
  ].join('\n')
  let result: ActionResult
  let root: string
  beforeAll(async () => {
    root = workspace({
      '.github/token-templates/hostile.yml': template,
      'README.md': readme,
    })
    result = await runAction({
      workspace: root,
      event: { payload: pullRequestPayload({ headRepo: 'someone/repo' }) },
      inputs: { docs: 'check' },
    })
  })

  it('ran: the template is clean and in the table, the step fails on the stale table', () => {
    expect(result.code).toBe(1)
    expect(result.outputs.templates).toBe('1')
    expect(
      tokenLinks(result.summary!).map((url) =>
        new URL(url).searchParams.get('name'),
      ),
    ).toEqual([NAME])
  })

  it('keeps the whole patch in one code block, with a fence no line can close', () => {
    const summary = result.summary!
    const diff = loggedDiff(result.stdout)
    expect(diff).toContain('+| [\\`\\`\\`&lt;/details&gt;')
    expect(diff).toContain(' ``````')
    expect(diff).toContain(' ```````` eight')
    expect(diff).toContain('-</details>')
    expect(summary).toContain('\n`````````diff\n')
    const blocks = codeBlocks(summary)
    expect(blocks.map((b) => b.lang)).toEqual(['sh', 'diff'])
    expect(blocks[1]!.text).toBe(diff)
    // Applied, it gives what the summary's command writes.
    const copy = copyOf(root)
    const words = shellWords(blocks[0]!.text.trim(), copy)
    expect(runCli(words.slice(2), copy).status).toBe(0)
    expect(applyPatch(readme, blocks[1]!.text)).toBe(read(copy))
  })

  it('lets no HTML out: one <details>, closed once, and no tag from the text', () => {
    const html = renderRaw(result.summary!)
    expect(html.match(/<details/g)).toHaveLength(1)
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    expect(html).not.toMatch(/<(script|img)\b/i)
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;')
  })
})
