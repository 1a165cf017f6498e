import { jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  SERVER_URL,
  fixtureWorkspace,
  removeTemporaryFolders,
  runAction,
  startRuns,
  summaryNotes,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'
import { linkUrls } from './support/markdown.js'

// The Action's docs input, run as a workflow step: `check` fails the step
// on a stale README table (annotated on the README, diff in the log),
// `write` rewrites the table between the markers and says so in the
// readme-changed output.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const START = '<!-- token-templates:start -->'
const END = '<!-- token-templates:end -->'
const BEFORE = '# Our tokens\n\nSome text *before*.\n\n'
const AFTER = '\n\n## After\n\nKept as is, byte for byte.   \n'
const STALE_README = `${BEFORE}${START}\n| old | table |\n${END}${AFTER}`

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
  let runs: Record<'stale' | 'custom' | 'noMarkers', Promise<ActionResult>>
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
      noMarkers: () => ({
        workspace: fixtureWorkspace('clean', {
          'README.md': '# No markers\n',
        }),
        inputs: { docs: 'check' },
      }),
    })
  })

  it('fails the step on a stale table, annotated at the start marker', async () => {
    const result = await runs.stale
    expect(result.code).toBe(1)
    expect(result.annotations.map((a) => a.raw)).toEqual([
      '::error title=docs,file=README.md,line=5::the token links table is stale: run token-templates docs and commit the result',
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
      'README.md: the token links table is stale; the log shows the diff.',
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
      'docs/TOKENS.md: the token links table is stale; the log shows the diff.',
    )
  })

  it('fails with a clear message when the README has no markers', async () => {
    const result = await runs.noMarkers
    expect(result.code).toBe(1)
    expect(result.commands.at(-1)).toMatchObject({
      command: 'error',
      message: expect.stringMatching(
        /^README\.md has no token-templates markers; it was not changed\./,
      ),
    })
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  })
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
