import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Linter } from '../src/lint/engine.js'
import type { Finding, LintResult } from '../src/lint/finding.js'

// Template files come from pull requests, maybe from strangers. Whatever
// arrives, the linter reports findings with positions and never crashes,
// hangs or prints a stack trace. Each case says what it throws at it.

function lintText(text: string, file = 'hostile.yml'): LintResult {
  const linter = new Linter()
  linter.lintText(file, text)
  return linter.finish()
}

function lintBytes(bytes: Uint8Array, file = 'hostile.yml'): LintResult {
  const linter = new Linter()
  linter.lintBytes(file, bytes)
  return linter.finish()
}

const rules = (result: LintResult) => result.findings.map((f) => f.rule)

function expectPositioned(findings: readonly Finding[]): void {
  for (const finding of findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.column).toBeGreaterThanOrEqual(1)
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line)
    expect(finding.message).not.toMatch(/\n\s+at /)
  }
}

const GOOD = 'name: ok\ndescription: d\npermissions:\n  contents: read\n'

describe('hostile template content (engine)', () => {
  it('reports a billion-laughs alias bomb instead of expanding it', () => {
    const levels = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`,
      )
    }
    const result = lintText(`${levels.join('\n')}\n`)
    expect(rules(result)).toEqual(['yaml-syntax'])
    expect(result.findings[0]!.message).toMatch(/aliases too often/)
    expectPositioned(result.findings)
  })

  it('reports NUL bytes of a binary file at their position', () => {
    const result = lintBytes(Buffer.from('name: ok\nde\0scription: x\n'))
    expect(result.findings).toMatchObject([
      {
        rule: 'yaml-syntax',
        line: 2,
        column: 3,
        message: expect.stringMatching(/NUL byte/),
      },
    ])
  })

  it('reports random binary data without throwing', () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256
    const result = lintBytes(bytes)
    expect(rules(result)).toEqual(['yaml-syntax'])
    expectPositioned(result.findings)
  })

  it('reports invalid UTF-8 at the bad byte', () => {
    const result = lintBytes(
      Buffer.concat([
        Buffer.from('name: ok\ndescription: caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
    )
    expect(result.findings).toMatchObject([
      {
        rule: 'yaml-syntax',
        line: 2,
        column: 17,
        message: expect.stringMatching(/UTF-8/),
      },
    ])
  })

  it('reads a file with a byte order mark, positions unchanged', () => {
    const result = lintBytes(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('name: ok\npermissions:\n  pull_request: read\n'),
      ]),
    )
    expect(result.findings).toMatchObject([
      { rule: 'missing-description' },
      { rule: 'unknown-permission', line: 3, column: 3 },
    ])
  })

  it.each([
    [
      '5,000 nested flow sequences',
      `name: x\npermissions: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    ],
    [
      '5,000 nested flow maps',
      `name: x\npermissions: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`,
    ],
  ])('reports %s as too deep, without a stack overflow escaping', (_, text) => {
    const result = lintText(text)
    expect(rules(result)).toEqual(['yaml-syntax'])
    expect(result.findings[0]!.message).toMatch(/nests (\[ and \{ )?too deeply/)
    expectPositioned(result.findings)
  })

  it('reports tabs used for indentation', () => {
    const result = lintText('name: ok\npermissions:\n\tcontents: read\n')
    expect(result.findings).toMatchObject([
      { rule: 'yaml-syntax', line: 3, column: 1 },
    ])
  })

  it('does not pollute prototypes with __proto__ or constructor keys', () => {
    const result = lintText(
      'name: ok\ndescription: d\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\npermissions:\n  __proto__: read\n  constructor: write\n',
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ['schema', 3],
      ['schema', 4],
      ['unknown-permission', 6],
      ['unknown-permission', 7],
    ])
  })

  it('caps 5,000 unknown permissions at 100 findings and says how many more', () => {
    const keys = Array.from(
      { length: 5000 },
      (_, i) => `  perm_${i}: read\n`,
    ).join('')
    const result = lintText(`name: ok\ndescription: d\npermissions:\n${keys}`)
    expect(result.findings).toHaveLength(101)
    expect(result.findings[100]!.message).toMatch(
      /^and 4900 more findings in this file/,
    )
    expect(result.summary.errors).toBe(5000)
  })

  it('reports numbers beyond 2^53 as out of range', () => {
    const result = lintText(`${GOOD}expires_in: 9007199254740993\n`)
    expect(result.findings).toMatchObject([
      { rule: 'schema', line: 5, column: 13 },
    ])
  })

  it.each([
    ['an empty file', ''],
    ['a comment-only file', '# nothing here\n# at all\n'],
    ['only document markers', '---\n---\n'],
  ])('warns about %s', (_, text) => {
    expect(lintText(text).findings).toMatchObject([
      { rule: 'empty-file', severity: 'warning', line: 1 },
    ])
  })

  it.each([
    ['a scalar document', 'just a string\n', /got text/],
    ['a list document', '- name: x\n', /got a list/],
    ['a number document', '42\n', /got the number 42/],
  ])('reports %s as not a template', (_, text, message) => {
    expect(lintText(text).findings).toMatchObject([
      { rule: 'schema', line: 1, message: expect.stringMatching(message) },
    ])
  })

  it('lints thousands of documents in one file, each at its own line', () => {
    const docs = Array.from(
      { length: 3000 },
      (_, i) =>
        `---\nname: t${i}\ndescription: d\npermissions:\n  contents: ${i === 2999 ? 'admin' : 'read'}\n`,
    )
    const result = lintText(docs.join(''))
    expect(result.summary.templates).toBe(3000)
    expect(result.findings).toMatchObject([
      { rule: 'unsupported-access-level', line: 2999 * 5 + 5 },
    ])
  })

  it('keeps workflow commands in template text out of every message', () => {
    const result = lintText(
      'name: "x\\n::add-mask::secret"\npermissions:\n  "\\n::stop-commands::y": read\n',
    )
    for (const finding of result.findings)
      expect(finding.message).not.toMatch(/\n/)
  })
})

describe('hostile files (bundled CLI)', () => {
  const CLI = resolve('dist/cli/index.js')
  const root = mkdtempSync(join(tmpdir(), 'tt-hostile-'))
  const outside = mkdtempSync(join(tmpdir(), 'tt-outside-'))
  const dir = join(root, '.github/token-templates')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'good.yml'), GOOD)
  writeFileSync(
    join(dir, 'huge.yml'),
    `${GOOD}#${'x'.repeat(5 * 1024 * 1024)}\n`,
  )
  writeFileSync(
    join(outside, 'secret.yml'),
    'name: secret outside the workspace\n',
  )
  symlinkSync(join(outside, 'secret.yml'), join(dir, 'escape.yml'))
  symlinkSync(outside, join(dir, 'escape-dir'))
  mkdirSync(join(dir, 'folder.yml'))
  writeFileSync(join(dir, 'locked.yml'), GOOD.replace('ok', 'locked'))
  chmodSync(join(dir, 'locked.yml'), 0o000)

  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 20_000,
  })
  const output = JSON.parse(run.stdout) as { diagnostics: Finding[] }
  const byFile = (file: string) =>
    output.diagnostics.filter(
      (f) => f.file === `.github/token-templates/${file}`,
    )

  it('finishes with exit 1 and no stack trace', () => {
    expect(run.status).toBe(1)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a 5 MB file instead of reading it', () => {
    expect(byFile('huge.yml')).toMatchObject([
      {
        rule: 'unreadable-file',
        line: 1,
        message: expect.stringMatching(/1 MiB/),
      },
    ])
  })

  it('never follows a symbolic link out of the workspace', () => {
    expect(byFile('escape.yml')).toMatchObject([
      {
        rule: 'unreadable-file',
        message: expect.stringMatching(/symbolic link/),
      },
    ])
    expect(run.stdout).not.toContain('secret outside the workspace')
    expect(output.diagnostics.some((f) => f.file.includes('escape-dir'))).toBe(
      false,
    )
  })

  it('does not read a directory named like a template', () => {
    expect(byFile('folder.yml')).toEqual([])
  })

  it('reports an unreadable file (unless running as root, who can read it)', () => {
    if (process.getuid?.() === 0) {
      expect(byFile('locked.yml')).toEqual([])
    } else {
      expect(byFile('locked.yml')).toMatchObject([{ rule: 'unreadable-file' }])
    }
  })

  it('still lints the good template', () => {
    expect(byFile('good.yml')).toEqual([])
  })
})
