import fc from 'fast-check'
import { isUnsafeCodePoint } from '../src/common/unsafe-characters.js'
import {
  escapeJsonForLog,
  logLine,
  logPieces,
  logSafeJson,
} from '../src/format/log-line.js'
import {
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
} from '../src/format/index.js'
import type { Finding, LintResult } from '../src/lint/finding.js'
import { RULES } from '../src/rules/index.js'

// logLine: the one function every line the CLI prints goes through. A
// GitHub runner takes a line as a workflow command when, after leading
// whitespace, it starts with `::`, or when it holds `##[name]` anywhere.

/** Line breaks of the runner (\n, \r) and of other readers. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** What a runner could take as a command in `line` (one line). */
function isCommandLike(line: string): boolean {
  return /^[\s\u0085\u00ad\u180e]*::/u.test(line) || line.includes('##[')
}

function assertSafeLine(line: string): void {
  expect(line.split(LINE_BREAK)).toEqual([line])
  expect(isCommandLike(line)).toBe(false)
  expect([...line].filter((c) => isUnsafeCodePoint(c.codePointAt(0)!))).toEqual(
    [],
  )
}

describe('logLine', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['a\rb', 'a\\rb'],
    ['a\u2028b\u2029c', 'a\\u{2028}b\\u{2029}c'],
    ['a\u0085b', 'a\\u{85}b'],
    ['a\u000bb\u000cc', 'a\\u{b}b\\u{c}c'],
    ['\u001b[31mred', '\\u{1b}[31mred'],
    ['x\n::error title=t::forged', 'x\\n::error title=t::forged'],
  ])('shows the line break or control in %j as an escape', (text, shown) => {
    expect(logLine(text)).toBe(shown)
  })

  it.each([
    ['::error::x', '\\u{3a}:error::x'],
    ['  ::add-mask::x', '  \\u{3a}:add-mask::x'],
    ['\t::stop-commands::t', '\t\\u{3a}:stop-commands::t'],
    ['\u00a0\u3000::error::x', '\u00a0\u3000\\u{3a}:error::x'],
    ['\u00ad::error::x', '\u00ad\\u{3a}:error::x'],
    ['\n::error::x', '\\n::error::x'],
  ])('escapes the first colon of a leading `::` in %j', (text, shown) => {
    expect(logLine(text)).toBe(shown)
  })

  it.each([
    ['a ##[error]x', 'a ##\\u{5b}error]x'],
    ['###[add-mask]x', '###\\u{5b}add-mask]x'],
    ['##[##[x', '##\\u{5b}##\\u{5b}x'],
  ])('escapes the `[` of `##[` anywhere in %j', (text, shown) => {
    expect(logLine(text)).toBe(shown)
  })

  it.each([
    'a.yml:1:2: error: unknown permission "x" [unknown-permission]',
    'a::b',
    ': one colon',
    '%0A::error::x',
    '# [x] #[y] ## [z]',
    '#\u200b#[x',
    'ünïcödé 🎉 tab\there',
  ])('leaves text that cannot command the runner as it is: %j', (text) => {
    expect(logLine(text)).toBe(text.replace('\u200b', '\\u{200b}'))
  })

  it('makes any text one safe line, changes safe text not at all, and shows every character', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            ':',
            '::',
            '#',
            '[',
            ' ',
            '\n',
            '\r',
            '\u2028',
            '\u0085',
            '%0A',
            'error',
            'x',
          ),
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(textArb, (text) => {
        const line = logLine(text)
        assertSafeLine(line)
        expect(logLine(line)).toBe(line)
        expect(logPieces(text)).toHaveLength([...text].length)
      }),
      { seed: 14, numRuns: 300 },
    )
  })
})

describe('logSafeJson', () => {
  it('gives the same value, with what logLine would change as \\u escapes', () => {
    const value = {
      'k\u2028::error::x': ['a\u0085b', '##[add-mask]y', '\u202e\ufeff'],
      n: 1,
    }
    const json = logSafeJson(value)
    expect(json).toBe(
      '{"k\\u2028::error::x":["a\\u0085b","##\\u005badd-mask]y","\\u202e\\ufeff"],"n":1}',
    )
    expect(JSON.parse(json)).toEqual(value)
  })

  it('is safe and exact for any JSON value, indented or not', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ depthSize: 'small' }),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(undefined, 2),
        (value, text, space) => {
          const document = { value, text, [text]: text }
          const json = logSafeJson(document, space)
          // Compared as JSON: -0 reads back as 0.
          expect(JSON.stringify(JSON.parse(json))).toBe(
            JSON.stringify(document),
          )
          for (const line of json.split('\n')) assertSafeLine(line)
        },
      ),
      { seed: 14, numRuns: 300 },
    )
  })

  it('escapeJsonForLog leaves structure and safe text alone', () => {
    const json = JSON.stringify({ a: ['b', 1, null] }, null, 2)
    expect(escapeJsonForLog(json)).toBe(json)
  })
})

const HOSTILE = [
  'a\n::error title=pwned::injected\n::add-mask::x.yml',
  'b\r::warning::cr',
  'c\u2028::notice::ls',
  'd\u0085::error::nel',
  '::error::lead',
  '  ::add-mask::spaced',
  '%0A::error::pct',
  'e ##[error]v1',
]

function finding(text: string, index: number): Finding {
  return {
    file: `${text}.yml`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    severity: (['error', 'warning', 'notice'] as const)[index % 3]!,
    rule: `rule ${text}`,
    message: `message ${text}`,
  }
}

const RESULT: LintResult = {
  findings: HOSTILE.map(finding),
  summary: { files: 8, templates: 8, errors: 3, warnings: 3, notices: 2 },
}

describe('every output format prints only safe lines for hostile findings', () => {
  const source = HOSTILE.join('\n')
  it.each([
    [
      'text',
      () => formatText(RESULT, { color: false, readSource: () => source }),
    ],
    [
      'text in colour',
      () => formatText(RESULT, { color: true, readSource: () => source }),
    ],
    ['json', () => formatJson(RESULT)],
    [
      'sarif',
      () => formatSarif(RESULT, RULES, { version: '0', informationUri: 'x' }),
    ],
  ])('%s', (_format, render) => {
    const output = render()
    expect(output.endsWith('\n')).toBe(true)
    for (const line of output.slice(0, -1).split('\n')) {
      expect(line.split(LINE_BREAK)).toEqual([line])
      expect(isCommandLike(line)).toBe(false)
    }
  })

  it('github: one command per finding, its data and properties escaped', () => {
    const lines = formatGithub(RESULT).slice(0, -1).split('\n')
    expect(lines).toHaveLength(HOSTILE.length)
    for (const line of lines) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^:\r\n]*::[^\r\n]*$/,
      )
    }
    expect(lines[0]).toBe(
      '::error file=a%0A%3A%3Aerror title=pwned%3A%3Ainjected%0A%3A%3Aadd-mask%3A%3Ax.yml.yml,line=1,col=1,endLine=1,endColumn=2,title=rule a%0A%3A%3Aerror title=pwned%3A%3Ainjected%0A%3A%3Aadd-mask%3A%3Ax.yml::message a%0A::error title=pwned::injected%0A::add-mask::x.yml',
    )
  })

  it('json and sarif keep the exact values', () => {
    const json = JSON.parse(formatJson(RESULT)) as {
      diagnostics: { file: string; message: string }[]
    }
    expect(json.diagnostics.map((d) => d.file)).toEqual(
      HOSTILE.map((text) => `${text}.yml`),
    )
    const sarif = JSON.parse(
      formatSarif(RESULT, RULES, { version: '0', informationUri: 'x' }),
    ) as { runs: { results: { message: { text: string } }[] }[] }
    expect(sarif.runs[0]!.results.map((r) => r.message.text)).toEqual(
      HOSTILE.map((text) => `message ${text}`),
    )
  })
})
