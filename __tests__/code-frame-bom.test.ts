import { formatText } from '../src/format/index.js'
import type { Finding } from '../src/lint/finding.js'
import { runCli as cli, workspace } from './support/cli-process.js'

// A template saved with a byte order mark: the linter decodes the file
// without it, so its columns on line 1 count from after it, and an editor
// does not show it. The code frame must show line 1 as the user sees it,
// with the carets under the characters the finding is about.

const BOM = '\uFEFF'
const LONG_NAME = 'A name that is longer than GitHub allows!' // 41 characters

const TEMPLATE = [
  `name: ${LONG_NAME}`,
  'expires_in: 9999',
  'permissions:',
  '  contents: read',
  '',
]

const EXPECTED = `a.yml:1:1: warning: add a description that says what the token is for: it is pre-filled in the form and read by whoever approves the token [missing-description]
  1 | name: ${LONG_NAME}
    | ^^^^

a.yml:1:7: error: "name" is 41 characters long; GitHub allows at most 40: shorten it [schema]
  1 | name: ${LONG_NAME}
    |       ${'^'.repeat(41)}

a.yml:2:13: error: "expires_in" must be a whole number of days from 1 to 366, or none (never expires); got the number 9999 [schema]
  2 | expires_in: 9999
    |             ^^^^

✖ 3 problems (2 errors, 1 warning, 0 notices) in 1 template, 1 file
`

describe('code frames of a file that starts with a byte order mark', () => {
  it.each([
    ['LF', TEMPLATE.join('\n')],
    ['CRLF', TEMPLATE.join('\r\n')],
  ])(
    'lint (bundled CLI, %s line ends) shows line 1 without it, carets on the right characters',
    (_label, text) => {
      const root = workspace({ 'a.yml': BOM + text })
      const result = cli(['lint', 'a.yml'], root)
      expect(result.status).toBe(1)
      expect(result.stderr).toBe('')
      expect(result.stdout).toBe(EXPECTED)
      expect(result.stdout).not.toContain('feff')
    },
  )

  it('formatText drops the mark from whatever source it is given', () => {
    const finding: Finding = {
      file: 'a.yml',
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 9,
      severity: 'error',
      rule: 'some-rule',
      message: 'something is wrong',
    }
    const text = formatText(
      {
        findings: [finding],
        summary: { files: 1, templates: 1, errors: 1, warnings: 0, notices: 0 },
      },
      { color: false, readSource: () => `${BOM}name: ab\n` },
    )
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  1 | name: ab',
      '    |       ^^',
    ])
  })

  it('a mark inside a line is still shown, and counted in the caret padding', () => {
    const finding: Finding = {
      file: 'a.yml',
      line: 1,
      column: 8,
      endLine: 1,
      endColumn: 10,
      severity: 'error',
      rule: 'some-rule',
      message: 'something is wrong',
    }
    const text = formatText(
      {
        findings: [finding],
        summary: { files: 1, templates: 1, errors: 1, warnings: 0, notices: 0 },
      },
      { color: false, readSource: () => `${BOM}name: ${BOM}ab\n` },
    )
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  1 | name: \\u{feff}ab',
      '    |               ^^',
    ])
  })
})
