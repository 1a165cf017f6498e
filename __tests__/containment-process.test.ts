import { jest } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import {
  removeTemporaryFolders,
  runAction,
  workspace as actionWorkspace,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'
import { runCli as cli, workspace } from './support/cli-process.js'

// Issue 14, item 2, as users meet it: the bundled CLI and Action refuse a
// pattern that climbs out of the working directory (a `..` segment, an
// absolute path) with one line, before reading anything, and name no file
// outside. Before: `*/../../etc/*` listed /etc as unreadable-file findings.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'
const GOOD = 'name: Good\ndescription: d\npermissions:\n  contents: read\n'

/** `../` as often as it takes to climb from `root` to `/`. */
const toDiskRoot = (root: string) => '../'.repeat(root.split(sep).length - 1)

/** A workspace whose sibling folder holds a secret template. */
function project(files: Record<string, string> = {}): {
  root: string
  outside: string
} {
  const base = workspace({ 'outside/secret.yml': 'name: TOP-SECRET\n' })
  const root = join(base, 'root')
  mkdirSync(join(root, DIR), { recursive: true })
  writeFileSync(join(root, DIR, 'good.yml'), GOOD)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  return { root, outside: join(base, 'outside') }
}

/** One line on stderr, exit 2, nothing on stdout, nothing from outside. */
function expectRefused(
  result: ReturnType<typeof cli>,
  pattern: string,
  why: RegExp = /"\.\." segment|absolute path/,
): void {
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.split('\n')).toEqual([expect.any(String), ''])
  expect(result.stderr).toContain(JSON.stringify(pattern))
  expect(result.stderr).toMatch(why)
  // Nothing but the pattern itself may name a file out there.
  expect(result.stderr.replace(JSON.stringify(pattern), '')).not.toMatch(
    /passwd|hostname|TOP-SECRET|secret\.yml/,
  )
}

describe('the CLI refuses paths and globs that climb out', () => {
  it('lint: *../etc/* (the issue), absolute paths and brace tricks: exit 2, one line', () => {
    const { root } = project()
    const up = toDiskRoot(root)
    for (const pattern of [
      `*/../${up}etc/*`,
      `**/../${up}etc/*`,
      `./${up}etc/*`,
      `{a,..}/${up}etc/*`,
      '/etc/*',
      '/etc/passwd',
      '../outside/secret.yml',
      '../outside',
    ]) {
      const result = cli(['lint', pattern], root)
      expectRefused(result, pattern)
      expect(result.stderr).toMatch(/^token-templates: pattern "/)
    }
  })

  it('lint refuses the pattern even among good ones, with every format', () => {
    const { root } = project()
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const result = cli(
        ['lint', DIR, `*/../${toDiskRoot(root)}etc/*`, '--format', format],
        root,
      )
      expectRefused(result, `*/../${toDiskRoot(root)}etc/*`)
    }
  })

  it('url and docs refuse them too', () => {
    const { root } = project({ 'README.md': '# x\n' })
    const pattern = `*/../${toDiskRoot(root)}etc/*`
    expectRefused(cli(['url', pattern], root), pattern)
    expectRefused(cli(['url', '/etc/passwd'], root), '/etc/passwd')
    expectRefused(
      cli(['docs', '--readme', 'README.md', '--check', pattern], root),
      pattern,
    )
  })

  it('refuses the config templates that climb out, at the pattern', () => {
    const { root } = project({
      '.github/token-templates.config.yml': 'templates: "*/../../etc/*"\n',
    })
    const result = cli(['lint'], root)
    expectRefused(result, '*/../../etc/*')
    expect(result.stderr).toMatch(
      /^token-templates: \.github\/token-templates\.config\.yml:1:12: templates pattern "\*\/\.\.\/\.\.\/etc\/\*" is refused: /,
    )
  })

  it('refuses a config readme, --readme and --config outside: exit 2, one line', () => {
    const { root, outside } = project({
      '.github/token-templates.config.yml': 'readme: ../outside/README.md\n',
      'other.config.yml': 'readme: README.md\n',
    })
    writeFileSync(join(outside, 'README.md'), '# outside\n')
    const configured = cli(['docs', '--check'], root)
    expectRefused(configured, '../outside/README.md')
    for (const args of [
      ['docs', '--config', 'other.config.yml', '--readme', '../x/README.md'],
      ['docs', '--config', 'other.config.yml', '--readme', '/etc/hostname'],
      ['lint', '--config', '../outside/secret.yml'],
      ['lint', '--config', '/etc/passwd'],
    ]) {
      const result = cli(args, root)
      expect(result.status).toBe(2)
      expect(result.stderr.split('\n')).toEqual([
        expect.stringMatching(/is outside the working directory/),
        '',
      ])
      expect(result.stderr).not.toMatch(/TOP-SECRET|root:/)
    }
  })

  it('does not follow a linked folder out of the workspace', () => {
    const { root, outside } = project()
    symlinkSync(outside, join(root, DIR, 'linked'))
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.stdout).not.toContain('TOP-SECRET')
    expect(result.stdout).not.toContain('secret.yml')
  })
})

describe('the Action refuses globs that climb out', () => {
  /** The `::error::` lines without a file: why the step failed. */
  const failures = (result: ActionResult) =>
    result.commands
      .filter((c) => c.command === 'error' && !('file' in c.properties))
      .map((c) => c.message)

  it('fails the step with one message for the templates input', async () => {
    const { root } = project()
    const pattern = `*/../${toDiskRoot(root)}etc/*`
    const result = await runAction({
      workspace: root,
      inputs: { templates: `${DIR}/**/*.yml\n${pattern}` },
    })
    expect(result.code).toBe(1)
    expect(failures(result)).toEqual([
      expect.stringContaining(
        `input templates: pattern ${JSON.stringify(pattern)} is refused: `,
      ),
    ])
    expect(result.annotations).toEqual([])
    expect(result.stdout).not.toMatch(/passwd|hostname|TOP-SECRET/)
  })

  it('fails the step with one message for the config templates', async () => {
    const root = actionWorkspace({
      [`${DIR}/good.yml`]: GOOD,
      '.github/token-templates.config.yml': 'templates: /etc/*\n',
    })
    const result = await runAction({ workspace: root })
    expect(result.code).toBe(1)
    expect(failures(result)).toEqual([
      expect.stringMatching(
        /^\.github\/token-templates\.config\.yml:1:12: templates pattern "\/etc\/\*" is refused: it is an absolute path/,
      ),
    ])
    expect(result.annotations).toEqual([])
    expect(result.stdout).not.toMatch(/passwd|hostname/)
  })
})
