import type { Finding, LintResult } from '../src/lint/finding.js'
import { formatJson } from '../src/format/json.js'

const findings: Finding[] = [
  {
    file: 'templates/a.yml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 17,
    severity: 'error',
    rule: 'unknown-permission',
    message: 'unknown permission "pull_request"; did you mean "pull_requests"?',
  },
  {
    file: 'b.yml',
    line: 1,
    column: 1,
    endLine: 2,
    endColumn: 1,
    severity: 'notice',
    rule: 'x',
    message: 'line\n::add-mask::secret\u2028\u001b',
  },
]
const result: LintResult = {
  findings,
  summary: { files: 2, templates: 3, errors: 1, warnings: 0, notices: 1 },
}

describe('formatJson', () => {
  it('prints one line that parses back to the input', () => {
    const output = formatJson(result)
    expect(output.endsWith('\n')).toBe(true)
    expect(output.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(output)).toEqual({
      diagnostics: findings,
      summary: result.summary,
    })
  })

  it('keeps the documented key order', () => {
    const parsed = JSON.parse(formatJson(result)) as {
      diagnostics: object[]
      summary: object
    }
    expect(Object.keys(parsed)).toEqual(['diagnostics', 'summary'])
    for (const diagnostic of parsed.diagnostics) {
      expect(Object.keys(diagnostic)).toEqual([
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'severity',
        'rule',
        'message',
      ])
    }
    expect(Object.keys(parsed.summary)).toEqual([
      'files',
      'templates',
      'errors',
      'warnings',
      'notices',
    ])
  })

  it('prints the exact document, whatever order the input keys have', () => {
    const shuffled = {
      message: 'm',
      rule: 'r',
      severity: 'warning',
      endColumn: 4,
      endLine: 1,
      column: 2,
      line: 1,
      file: 'a.yml',
      extra: 'not printed',
    } as Finding
    const output = formatJson({
      findings: [shuffled],
      summary: { notices: 0, warnings: 1, errors: 0, templates: 1, files: 1 },
    })
    expect(output).toBe(
      '{"diagnostics":[{"file":"a.yml","line":1,"column":2,"endLine":1,' +
        '"endColumn":4,"severity":"warning","rule":"r","message":"m"}],' +
        '"summary":{"files":1,"templates":1,"errors":0,"warnings":1,' +
        '"notices":0}}\n',
    )
  })

  it('prints an empty list when there are no findings', () => {
    expect(
      formatJson({
        findings: [],
        summary: { files: 0, templates: 0, errors: 0, warnings: 0, notices: 0 },
      }),
    ).toBe(
      '{"diagnostics":[],"summary":{"files":0,"templates":0,"errors":0,' +
        '"warnings":0,"notices":0}}\n',
    )
  })
})
