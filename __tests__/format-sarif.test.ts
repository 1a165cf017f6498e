import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { Log } from 'sarif'
import type { Finding, LintResult } from '../src/lint/finding.js'
import { formatSarif, SARIF_SCHEMA } from '../src/format/sarif.js'
import type { RuleMeta } from '../src/rules/index.js'

/** The SARIF 2.1.0 (rtm.5, as schemastore serves it) schema, draft-04. */
const sarifSchema = (): object => {
  // A copy of schemastore's file, kept here so tests need no network.
  const path = '__tests__/fixtures/sarif/sarif-2.1.0-rtm.5.json'
  // Ajv 8 speaks draft-07; this schema differs from it only in `id`.
  const {
    $schema: _draft,
    id,
    ...schema
  } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  return { $id: id, ...schema }
}

// The schema's `language` pattern is not valid with the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
ajv.addFormat('uri', (value: string) => URL.canParse(value))
ajv.addFormat('uri-reference', (value: string) =>
  URL.canParse(value, 'file:///base/'),
)
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
const validate = ajv.compile(sarifSchema())

const RULES: RuleMeta[] = [
  {
    id: 'unknown-permission',
    defaultSeverity: 'error',
    description: 'Permission names must exist.',
    docs: '# unknown-permission\n\nUse a name from the catalog.',
    helpUri: 'https://example.com/rules/unknown-permission',
  },
  {
    id: 'long-expiry',
    defaultSeverity: 'warning',
    description: 'Tokens should not live long.',
    docs: 'Keep `expires_in` short.',
  },
  {
    id: 'billing-note',
    defaultSeverity: 'notice',
    description: 'Some permissions cost money.',
    docs: 'Premium requests are billed.',
  },
]

const finding = (over: Partial<Finding>): Finding => ({
  file: 'a.yml',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 9,
  severity: 'error',
  rule: 'unknown-permission',
  message: 'm',
  ...over,
})

const RESULT: LintResult = {
  findings: [
    finding({ rule: 'billing-note', severity: 'notice', message: 'costs' }),
    finding({ rule: 'unknown-permission', message: 'unknown\n"x"' }),
    finding({
      rule: 'long-expiry',
      severity: 'error', // configured above its default
      file: 'templates/my token #1.yml',
      line: 4,
      column: 1,
      endLine: 6,
      endColumn: 2,
    }),
    finding({ rule: 'billing-note', severity: 'warning' }),
  ],
  summary: { files: 2, templates: 2, errors: 2, warnings: 1, notices: 1 },
}

const TOOL = { version: '1.2.3', informationUri: 'https://example.com/tt' }
const sarif = (result = RESULT, rules = RULES, options = {}) =>
  JSON.parse(formatSarif(result, rules, TOOL, options)) as Log

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0', () => {
    const log = sarif()
    expect(validate(log)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
  })

  it('has a schema check that catches broken logs', () => {
    const log = sarif()
    const broken = structuredClone(log) as unknown as {
      runs: { results: { level: string }[] }[]
    }
    broken.runs[0]!.results[0]!.level = 'notice'
    expect(validate(broken)).toBe(false)
    expect(validate({ ...log, version: '2.0.0' })).toBe(false)
  })

  it('pretty-prints with two spaces and ends with a newline', () => {
    const output = formatSarif(RESULT, RULES, TOOL)
    expect(output).toBe(JSON.stringify(JSON.parse(output), null, 2) + '\n')
  })

  it('describes the tool and every rule', () => {
    const driver = sarif().runs[0]!.tool.driver
    expect(driver.name).toBe('token-templates')
    expect(driver.version).toBe('1.2.3')
    expect(driver.informationUri).toBe('https://example.com/tt')
    expect(driver.rules).toHaveLength(RULES.length)
    expect(driver.rules![0]).toEqual({
      id: 'unknown-permission',
      name: 'unknown-permission',
      shortDescription: { text: 'Permission names must exist.' },
      fullDescription: { text: 'Permission names must exist.' },
      help: {
        text: '# unknown-permission\n\nUse a name from the catalog.',
        markdown: '# unknown-permission\n\nUse a name from the catalog.',
      },
      defaultConfiguration: { level: 'error' },
      helpUri: 'https://example.com/rules/unknown-permission',
    })
    expect(driver.rules![1]).not.toHaveProperty('helpUri')
    expect(
      driver.rules!.map((rule) => rule.defaultConfiguration?.level),
    ).toEqual(['error', 'warning', 'note'])
  })

  it('points each result at its rule and maps levels', () => {
    const run = sarif().runs[0]!
    const results = run.results!
    expect(results).toHaveLength(RESULT.findings.length)
    results.forEach((result, index) => {
      const finding = RESULT.findings[index]!
      expect(result.ruleId).toBe(finding.rule)
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(finding.rule)
      expect(result.message.text).toBe(finding.message)
    })
    expect(results.map((result) => result.level)).toEqual([
      'note',
      'error',
      'error',
      'warning',
    ])
  })

  it('locates results relative to %SRCROOT%', () => {
    const run = sarif().runs[0]!
    expect(run.results![2]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: {
            uri: 'templates/my%20token%20%231.yml',
            uriBaseId: '%SRCROOT%',
          },
          region: { startLine: 4, startColumn: 1, endLine: 6, endColumn: 2 },
        },
      },
    ])
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(Object.keys(run.originalUriBaseIds!)).toEqual(['%SRCROOT%'])
    const withRoot = sarif(RESULT, RULES, { srcRoot: 'file:///work/repo/' })
    expect(withRoot.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/repo/' },
    })
    expect(validate(withRoot)).toBe(true)
  })

  it('adds a bare descriptor for a rule missing from the registry', () => {
    const log = sarif({
      ...RESULT,
      findings: [finding({ rule: 'mystery' }), finding({ rule: 'mystery' })],
    })
    const run = log.runs[0]!
    expect(run.tool.driver.rules).toHaveLength(RULES.length + 1)
    expect(run.tool.driver.rules![RULES.length]).toEqual({
      id: 'mystery',
      name: 'mystery',
    })
    expect(run.results!.map((result) => result.ruleIndex)).toEqual([
      RULES.length,
      RULES.length,
    ])
    expect(validate(log)).toBe(true)
  })

  it('is valid with no findings and no rules', () => {
    const log = sarif(
      {
        findings: [],
        summary: { files: 0, templates: 0, errors: 0, warnings: 0, notices: 0 },
      },
      [],
    )
    expect(validate(log)).toBe(true)
    expect(log.runs[0]!.results).toEqual([])
  })
})
