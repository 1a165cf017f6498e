import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PermissionCatalog } from '../src/catalog/index.js'
import { discoverTemplateFiles } from '../src/lint/discover.js'
import {
  capFindings,
  Linter,
  MAX_FINDINGS_PER_FILE,
} from '../src/lint/engine.js'
import type { LinterOptions } from '../src/lint/engine.js'
import type { Finding, LintResult, Severity } from '../src/lint/finding.js'
import { RULES } from '../src/rules/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = `${ROOT}__tests__/fixtures/lint/`

/** Lints every file `patterns` find under `root`, as the CLI does. */
function lintTree(
  root: string,
  patterns: string[],
  options?: LinterOptions,
): LintResult {
  const discovery = discoverTemplateFiles(patterns, root)
  expect(discovery.refused).toEqual([])
  expect(discovery.unmatched).toEqual([])
  const linter = new Linter(options)
  for (const file of discovery.files) {
    linter.lintBytes(file, readFileSync(`${root}/${file}`))
  }
  return linter.finish()
}

function lint(text: string, options?: LinterOptions): LintResult {
  const linter = new Linter(options)
  linter.lintText('t.yml', text)
  return linter.finish()
}

/**
 * What linting __tests__/fixtures/lint/broken/ reports: each file (path
 * under broken/), the rule, and the line. Every finding of the run is
 * here, and every entry is found exactly once.
 */
const BROKEN_EXPECTATIONS: Array<[file: string, rule: string, line: number]> = [
  ['account-permission-with-target.yml', 'account-permission-with-target', 4],
  ['billing.yml', 'billing', 6],
  ['duplicate-name-a.yml', 'duplicate-name', 2],
  ['duplicate-name-b.yml', 'duplicate-name', 3],
  ['duplicate-name-same-file.yml', 'duplicate-name', 2],
  ['duplicate-name-same-file.yml', 'duplicate-name', 8],
  ['empty-file-comments-only.yml', 'empty-file', 1],
  ['empty-permissions.yml', 'empty-permissions', 5],
  ['feature-gated-permission.yml', 'feature-gated-permission', 6],
  ['invalid-target-name-url.yml', 'invalid-target-name', 4],
  ['missing-description.yml', 'missing-description', 2],
  ['missing-name.yml', 'missing-name', 2],
  ['mixed-owner-scopes.yml', 'mixed-owner-scopes', 9],
  ['nested/schema-expires-never.yaml', 'schema', 4],
  ['no-expiration.yml', 'no-expiration', 4],
  ['org-permission-needs-org-target.yml', 'org-permission-needs-org-target', 6],
  ['redundant-metadata.yml', 'redundant-metadata', 7],
  ['schema-expires-out-of-range.yml', 'schema', 4],
  ['schema-name-too-long.yml', 'schema', 2],
  ['schema-not-a-mapping.yml', 'schema', 2],
  ['schema-permission-at-top-level.yml', 'schema', 5],
  ['schema-unknown-key.yml', 'schema', 4],
  ['unknown-permission-classic-scope.yml', 'unknown-permission', 6],
  ['unknown-permission-packages.yml', 'unknown-permission', 6],
  ['unknown-permission-typo.yml', 'unknown-permission', 7],
  ['unsupported-access-level-empty.yml', 'unsupported-access-level', 7],
  ['unsupported-access-level-gists-read.yml', 'unsupported-access-level', 6],
  ['unsupported-access-level-uppercase.yml', 'unsupported-access-level', 6],
  ['yaml-syntax-alias-bomb.yml', 'yaml-syntax', 2],
  ['yaml-syntax-duplicate-key.yml', 'yaml-syntax', 5],
  ['yaml-syntax-invalid-utf8.yml', 'yaml-syntax', 3],
  ['yaml-syntax-nul-byte.yml', 'yaml-syntax', 3],
  ['yaml-syntax-tab-indent.yml', 'yaml-syntax', 6],
  ['yaml-syntax-unclosed-flow.yml', 'yaml-syntax', 5],
]

describe('linting the broken fixture tree', () => {
  const result = lintTree(FIXTURES, ['broken'])
  const files = discoverTemplateFiles(['broken'], FIXTURES).files

  it('holds 20 or more broken files, each with one expectation or more', () => {
    expect(files.length).toBeGreaterThanOrEqual(20)
    const expected = new Set(BROKEN_EXPECTATIONS.map(([file]) => file))
    expect(files.map((file) => file.replace(/^broken\//, ''))).toEqual(
      [...expected].sort(),
    )
  })

  it('has a leading comment in each file naming the rule it tests', () => {
    for (const file of files) {
      const firstLine = readFileSync(`${FIXTURES}${file}`, 'latin1').split(
        '\n',
        1,
      )[0]!
      const rules = BROKEN_EXPECTATIONS.filter(
        ([name]) => `broken/${name}` === file,
      ).map(([, rule]) => rule)
      expect([file, firstLine]).toEqual([
        file,
        expect.stringMatching(new RegExp(`^# ${rules[0]}: \\S`)),
      ])
    }
  })

  it('reports each expected problem exactly once, at its line, and nothing else', () => {
    const actual = result.findings.map((f) => [
      f.file.replace(/^broken\//, ''),
      f.rule,
      f.line,
    ])
    expect(actual).toEqual(BROKEN_EXPECTATIONS)
  })

  it.each(BROKEN_EXPECTATIONS)('%s: %s at line %i', (file, rule, line) => {
    const matching = result.findings.filter(
      (f) => f.file === `broken/${file}` && f.rule === rule && f.line === line,
    )
    expect(matching).toHaveLength(1)
  })

  it('reports each finding at its rule default severity', () => {
    for (const finding of result.findings) {
      const rule = RULES.find((r) => r.id === finding.rule)
      expect([finding.rule, finding.severity]).toEqual([
        finding.rule,
        rule?.defaultSeverity,
      ])
    }
  })

  it('names the other place in duplicate-name messages', () => {
    const messages = result.findings
      .filter((f) => f.rule === 'duplicate-name')
      .map((f) => [f.file, f.message])
    expect(messages).toEqual([
      [
        'broken/duplicate-name-a.yml',
        expect.stringContaining('also used at broken/duplicate-name-b.yml:3'),
      ],
      [
        'broken/duplicate-name-b.yml',
        expect.stringContaining('also used at broken/duplicate-name-a.yml:2'),
      ],
      [
        'broken/duplicate-name-same-file.yml',
        expect.stringContaining(
          'also used at broken/duplicate-name-same-file.yml:8',
        ),
      ],
      [
        'broken/duplicate-name-same-file.yml',
        expect.stringContaining(
          'also used at broken/duplicate-name-same-file.yml:2',
        ),
      ],
    ])
  })

  it('sums the run up', () => {
    const count = (severity: Severity) =>
      result.findings.filter((f) => f.severity === severity).length
    expect(result.summary).toEqual({
      files: files.length,
      // Not a template: the comment-only file and the two files that are
      // not UTF-8 text; the file with two documents holds two.
      templates: files.length - 3 + 1,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    })
    expect(result.summary).toMatchObject({
      errors: 24,
      warnings: 7,
      notices: 3,
    })
  })
})

describe('the examples', () => {
  const examples = `${ROOT}examples`

  it('lint with no error and no warning', () => {
    const { findings, summary } = lintTree(examples, [])
    expect(summary.files).toBeGreaterThanOrEqual(5)
    expect(summary.templates).toBeGreaterThan(summary.files)
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([])
    expect(summary).toMatchObject({ errors: 0, warnings: 0 })
  })
})

describe('findings cap per file', () => {
  /** A template with `count` unknown permissions from line 5 on. */
  const unknownPermissions = (count: number, extra: string[] = []) =>
    [
      'name: Many',
      'description: Too many problems',
      'expires_in: 30',
      'permissions:',
      ...Array.from({ length: count }, (_, i) => `  perm_${i}: read`),
      ...extra,
      '',
    ].join('\n')

  it(`keeps ${MAX_FINDINGS_PER_FILE} findings and says how many more`, () => {
    expect(MAX_FINDINGS_PER_FILE).toBe(100)
    const { findings, summary } = lint(unknownPermissions(150))
    expect(findings).toHaveLength(101)
    expect(findings.slice(0, 100).map((f) => f.line)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 5),
    )
    expect(findings[100]).toEqual({
      file: 't.yml',
      rule: 'unknown-permission',
      severity: 'error',
      line: 105,
      column: 3,
      endLine: 105,
      endColumn: 11,
      message:
        'and 50 more findings in this file (unknown-permission) not shown: fix the ones above first',
    })
    // The summary counts every finding, shown or not.
    expect(summary).toEqual({
      files: 1,
      templates: 1,
      errors: 150,
      warnings: 0,
      notices: 0,
    })
  })

  it('keeps exactly 100 findings without a summary line', () => {
    const { findings, summary } = lint(unknownPermissions(100))
    expect(findings).toHaveLength(100)
    expect(findings.some((f) => f.message.startsWith('and '))).toBe(false)
    expect(summary.errors).toBe(100)
  })

  it('caps each file on its own', () => {
    const linter = new Linter()
    linter.lintText('a.yml', unknownPermissions(101))
    linter.lintText('b.yml', unknownPermissions(3).replace('Many', 'Few'))
    const { findings, summary } = linter.finish()
    const count = (file: string) =>
      findings.filter((f) => f.file === file).length
    expect([count('a.yml'), count('b.yml')]).toEqual([101, 3])
    expect(findings[100]!.message).toMatch(/^and 1 more finding in this file/)
    expect(summary.errors).toBe(104)
  })

  it('lists every hidden rule and takes the worst severity', () => {
    const { findings, summary } = lint(
      unknownPermissions(100, ['  copilot_requests: write', '  gists: read']),
    )
    const last = findings[findings.length - 1]!
    expect(findings).toHaveLength(101)
    expect(last.severity).toBe('error')
    expect(last.message).toBe(
      'and 2 more findings in this file (billing and unsupported-access-level) not shown: fix the ones above first',
    )
    expect(summary).toMatchObject({ errors: 101, notices: 1 })
  })

  it('gives the summary line a rule that has its severity', () => {
    const { findings } = lint(
      unknownPermissions(100, ['  copilot_requests: write', '  perm_x: read']),
    )
    const last = findings[findings.length - 1]!
    const ruleSeverity = RULES.find((r) => r.id === last.rule)?.defaultSeverity
    expect(last.severity).toBe('error')
    expect([last.rule, last.severity]).toEqual([last.rule, ruleSeverity])
  })

  it('leaves findings under the cap untouched', () => {
    const finding: Finding = {
      file: 'a.yml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      severity: 'notice',
      rule: 'billing',
      message: 'm',
    }
    const few = [finding, { ...finding, line: 2 }]
    expect(capFindings(few)).toBe(few)
    expect(capFindings(few, 1)).toEqual([
      finding,
      {
        ...finding,
        line: 2,
        message:
          'and 1 more finding in this file (billing) not shown: fix the ones above first',
      },
    ])
  })
})

describe('prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted
  })

  it('treats __proto__ and constructor as plain (unknown) keys', () => {
    const { findings } = lint(
      [
        'name: Proto',
        'description: Tries to pollute',
        'expires_in: 30',
        '__proto__:',
        '  polluted: yes',
        'constructor:',
        '  prototype:',
        '    polluted: yes',
        'permissions:',
        '  contents: read',
        '  __proto__: { polluted: yes }',
        '  constructor: read',
        '  toString: read',
        '',
      ].join('\n'),
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['schema', 4, expect.stringContaining('unknown key "__proto__"')],
      ['schema', 6, expect.stringContaining('unknown key "constructor"')],
      [
        'unknown-permission',
        11,
        expect.stringContaining('unknown permission "__proto__"'),
      ],
      [
        'unknown-permission',
        12,
        expect.stringContaining('unknown permission "constructor"'),
      ],
      [
        'unknown-permission',
        13,
        expect.stringContaining('unknown permission "toString"'),
      ],
    ])
  })

  it('compares names like __proto__ and constructor as any other', () => {
    const linter = new Linter()
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty']) {
      linter.lintText(
        `${name}.yml`,
        `name: ${name}\ndescription: d\npermissions:\n  contents: read\n`,
      )
    }
    linter.lintText(
      'again.yml',
      'name: __proto__\ndescription: d\npermissions:\n  contents: read\n',
    )
    const { findings } = linter.finish()
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['__proto__.yml', 'duplicate-name'],
      ['again.yml', 'duplicate-name'],
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('takes rule levels named like Object.prototype members as unknown', () => {
    const { findings } = lint('name: x\n', {
      // Own properties, as a parsed config would give them.
      ruleLevels: JSON.parse('{"__proto__": "off", "constructor": "error"}'),
    })
    expect(findings.map((f) => f.rule)).toEqual([
      'empty-permissions',
      'missing-description',
    ])
  })
})

describe('Linter', () => {
  it('counts files and templates', () => {
    const linter = new Linter()
    linter.lintText('a.yml', 'name: a\n---\nname: b\n---\n')
    linter.lintText('b.yml', '')
    linter.lintText('c.yml', 'name: [\n')
    linter.lintBytes('d.yml', Buffer.from([0xff]))
    linter.reportUnreadable(
      'e.yml',
      'e.yml is not read: it is not a regular file',
    )
    expect(linter.finish().summary).toEqual({
      files: 5,
      // a.yml holds two; c.yml's broken document counts, unchecked.
      templates: 3,
      errors: 3,
      warnings: 5,
      notices: 0,
    })
  })

  it('reports an unreadable file at its start', () => {
    const linter = new Linter()
    linter.reportUnreadable('x.yml', 'x.yml is not read: it is over 1 MiB')
    expect(linter.finish().findings).toEqual([
      {
        file: 'x.yml',
        rule: 'unreadable-file',
        severity: 'error',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'x.yml is not read: it is over 1 MiB',
      },
    ])
  })

  it('decodes bytes as UTF-8, without the byte order mark', () => {
    const linter = new Linter()
    const text = 'name: Café\ndescription: d\nexpires_in: none\n'
    linter.lintBytes('t.yml', Buffer.from(`\ufeff${text}`))
    const { findings } = linter.finish()
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['empty-permissions', 1, 1],
      ['no-expiration', 3, 13],
    ])
  })

  it('sorts findings by file, then position', () => {
    const linter = new Linter()
    linter.lintText('b.yml', 'name: x\nexpires_in: none\n')
    linter.lintText('a.yml', 'name: x\nother: [\n')
    const { findings } = linter.finish()
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['a.yml', 2, 'yaml-syntax'],
      ['b.yml', 1, 'empty-permissions'],
      ['b.yml', 1, 'missing-description'],
      ['b.yml', 2, 'no-expiration'],
    ])
  })

  it('takes extra permissions from the catalog option', () => {
    const catalog = new PermissionCatalog([
      {
        name: 'hovercraft',
        displayName: 'Hovercraft',
        scope: 'organization',
        levels: ['read', 'write'],
      },
    ])
    const text = 'name: x\ndescription: d\npermissions:\n  hovercraft: write\n'
    expect(lint(text).findings.map((f) => f.rule)).toEqual([
      'unknown-permission',
    ])
    expect(lint(text, { catalog }).findings.map((f) => f.rule)).toEqual([
      'org-permission-needs-org-target',
    ])
  })

  it('does not crash on hostile input', () => {
    const inputs = [
      '{'.repeat(5000),
      '['.repeat(5000) + ']'.repeat(5000),
      '- '.repeat(2000) + 'x',
      'a: '.repeat(2000) + 'x',
      '&a a: *a\n',
      '*unknown\n',
      'name: !!binary x\n',
      '? [a, b]\n: c\n',
      `name: "${'\\u0000'.repeat(10)}"\n`,
    ]
    for (const input of inputs) {
      expect(() => lint(input)).not.toThrow()
    }
  })
})
