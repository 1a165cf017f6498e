import fc from 'fast-check'
import { stringify } from 'yaml'
import { PERMISSIONS } from '../src/catalog/index.js'
import { Linter } from '../src/lint/engine.js'
import type { Finding } from '../src/lint/finding.js'

// One reader (`yaml`) reads every template: a template's findings depend on
// its own document only, never on a comment, a blank line or another
// document around it. These cases once passed or failed depending on an
// unrelated first line, when a second parser read some files.

interface Linted {
  findings: Finding[]
  /** The name of every template the run would publish as a link. */
  published: unknown[]
}

function lint(text: string, file = 't.yml'): Linted {
  const published: unknown[] = []
  const linter = new Linter({
    onTemplate: (template) => published.push(template.fields.name),
  })
  linter.lintText(file, text)
  return { findings: linter.finish().findings, published }
}

/** Findings as line-independent rows, each line moved up by `shift`. */
function shifted(findings: readonly Finding[], shift: number) {
  return findings.map((finding) => ({
    ...finding,
    line: finding.line - shift,
    endLine: finding.endLine - shift,
  }))
}

const UNRELATED_FIRST_LINE = '# web & api\n'

const HEAD = 'name: Reader\ndescription: d\nexpires_in: 30\n'

const CASES: Array<{ name: string; text: string; rules: string[] }> = [
  {
    name: 'a comment in column 0 inside a multi-line description',
    text: 'name: Reader\ndescription:\n#TODO reword\n  Reads repository contents\nexpires_in: 30\npermissions:\n  contents: read\n',
    rules: ['yaml-syntax'],
  },
  {
    name: 'a flow map whose key is a list',
    text: `${HEAD}permissions: # flow below\n  {[contents]: write}\n`,
    rules: ['unknown-permission'],
  },
  {
    name: 'a flow map that continues at column 0',
    text: `${HEAD}permissions: # c\n  {contents: read,\nissues: read}\n`,
    rules: ['yaml-syntax'],
  },
  {
    name: 'a block scalar with an indentation indicator and a blank line',
    text: 'name: |1\n \ndescription: d\nexpires_in: 30\npermissions:\n  contents: read\n',
    rules: ['schema'],
  },
]

describe('a template read once, by yaml', () => {
  it.each(CASES)(
    '$name: same findings with an unrelated first line',
    ({ text, rules }) => {
      const alone = lint(text)
      const withComment = lint(UNRELATED_FIRST_LINE + text)
      expect(alone.findings.map((finding) => finding.rule)).toEqual(rules)
      expect(shifted(withComment.findings, 1)).toEqual(alone.findings)
      expect(withComment.published).toEqual(alone.published)
    },
  )

  it('points at a list used as a permission key', () => {
    const [finding] = lint(
      `${HEAD}permissions: # flow below\n  {[contents]: write}\n`,
    ).findings
    expect(finding).toMatchObject({
      rule: 'unknown-permission',
      line: 5,
      column: 4,
      endColumn: 14,
    })
    expect(finding!.message).toMatch(
      /"\[ contents \]": did you mean "contents"/,
    )
  })

  it('never publishes a second template written on a `...` line', () => {
    // yaml reads one document with syntax errors: neither template is
    // clean, so neither may become a link.
    const text = `${HEAD}permissions:\n  contents: read\n... {name: Admin, description: d, expires_in: 30, permissions: # c\n  {administration: read}}\n`
    for (const prefix of ['', UNRELATED_FIRST_LINE]) {
      const { findings, published } = lint(prefix + text)
      expect(published).toEqual([])
      expect(findings.length).toBeGreaterThan(0)
      expect(findings.every((finding) => finding.rule === 'yaml-syntax')).toBe(
        true,
      )
    }
  })

  it('reports a repeated key once per map, at the repeated key', () => {
    const { findings, published } = lint(
      `${HEAD}permissions:\n  contents: read\n  issues: read\n  contents: write\n`,
    )
    expect(published).toEqual([])
    expect(findings).toMatchObject([
      { rule: 'yaml-syntax', line: 7, column: 3, severity: 'error' },
    ])
    expect(findings[0]!.message).toMatch(
      /^"contents" is a key of this map already \(line 5\)/,
    )
  })
})

// Random templates, then the same templates with comments, blank lines and
// unrelated documents around them: the template's findings must only move.

const permissionName = fc.oneof(
  fc.constantFrom(...PERMISSIONS.map((permission) => permission.name)),
  fc.constantFrom('pull_request', 'Contents', 'repo', 'x', ''),
)
const level = fc.constantFrom('read', 'write', 'admin', 'Read-only', 'none', 3)
const template = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 45 }), fc.constant(7)),
    description: fc.string({ maxLength: 30 }),
    target_name: fc.constantFrom('octodemo', 'bad slug', ''),
    expires_in: fc.oneof(
      fc.integer({ min: -5, max: 400 }),
      fc.constantFrom('none', '30'),
    ),
    permissions: fc.dictionary(permissionName, level, { maxKeys: 6 }),
    endpoints: fc.array(
      fc.constantFrom('GET /repos/{owner}/{repo}/contents/{path}', 'GET /x'),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
)
const style = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
})
const surrounding = fc.array(
  fc.constantFrom(
    '# a comment\n',
    '\n',
    '#TODO reword\n',
    '--- # empty document\n',
    '---\nname: Unrelated one\ndescription: d\nexpires_in: 30\npermissions:\n  contents: read\n',
    '---\nname: Unrelated two\npermissions: {issues: bad}\n',
    '---\n[not, a, map]\n',
  ),
  { maxLength: 4 },
)

describe('the findings of a template depend on its own document only', () => {
  it('comments, blank lines and other documents around it only move them', () => {
    fc.assert(
      fc.property(
        template,
        style,
        surrounding,
        surrounding,
        (fields, options, before, after) => {
          const body = stringify(fields, { ...options, lineWidth: 0 })
          const alone = lint(body).findings
          const prefix = `${before.join('')}---\n`
          const text = `${prefix}${body}---\n${after.join('')}`
          const first = prefix.split('\n').length // the body's first line
          const last = first + body.split('\n').length - 2
          const ours = lint(text).findings.filter(
            (finding) => finding.line >= first && finding.line <= last,
          )
          expect(shifted(ours, first - 1)).toEqual(alone)
        },
      ),
      { seed: 20261206, numRuns: 300 },
    )
  })
})

// Found by an outside review: documents yaml reads otherwise than they say.
describe('a document yaml warns about is never published', () => {
  const GOOD = `${HEAD}permissions:\n  contents: read\n`

  it.each([
    ['an unknown directive', `%FOO bar\n---\n${GOOD}`, 1, /Unknown directive/],
    [
      'an unsupported YAML version',
      `%YAML 1.3\n---\n${GOOD}`,
      1,
      /Unsupported YAML version/,
    ],
    [
      'YAML 1.1, where 030 is 24',
      `%YAML 1.1\n---\n${GOOD}`,
      2,
      /read as YAML 1\.1/,
    ],
    [
      'a YAML 1.1 !!omap as permissions',
      `${HEAD}permissions: !!omap [contents: write]\n`,
      4,
      /unknown YAML tag !!omap/,
    ],
    [
      'a YAML 1.1 !!set as permissions',
      `${HEAD}permissions: !!set {contents}\n`,
      4,
      /unknown YAML tag !!set/,
    ],
  ])('%s', (_, text, line, message) => {
    const { findings, published } = lint(text)
    expect(published).toEqual([])
    expect(findings).toMatchObject([{ rule: 'yaml-syntax', line }])
    expect(findings[0]!.message).toMatch(message)
  })

  it('does not let a %YAML 1.1 document change how the next one reads', () => {
    const second = `---\nname: Second\ndescription: d\nexpires_in: 030\npermissions:\n  contents: read\n`
    const { findings, published } = lint(`%YAML 1.1\n---\n${GOOD}${second}`)
    expect(published).toEqual([])
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['yaml-syntax', 2],
      ['yaml-syntax', 8],
    ])
  })

  it('names an alias without an anchor, at the alias', () => {
    const { findings } = lint(
      `${HEAD}permissions:\n  contents: *level\nx: &level read\n`,
    )
    expect(findings).toMatchObject([
      { rule: 'yaml-syntax', line: 5, column: 13, endColumn: 19 },
    ])
    expect(findings[0]!.message).toBe(
      'the alias *level has no anchor &level before it: define the anchor first, or write the value out',
    )
  })
})
