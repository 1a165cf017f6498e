import type { Finding, LintResult } from '../src/lint/finding.js'
import { formatText } from '../src/format/text.js'
import { omittedNote } from '../src/format/omitted-note.js'
import { plural } from '../src/format/plural.js'

const finding = (over: Partial<Finding> = {}): Finding => ({
  file: 'a.yml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  severity: 'error',
  rule: 'some-rule',
  message: 'something is wrong',
  ...over,
})

const resultOf = (
  findings: Finding[],
  counts: Partial<LintResult['summary']> = {},
): LintResult => ({
  findings,
  summary: {
    files: 1,
    templates: 1,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
    ...counts,
  },
})

const text = (
  result: LintResult,
  sources: Record<string, string> = {},
  color = false,
) => formatText(result, { color, readSource: (file) => sources[file] })

/** The caret line's carets start under this index of the source line. */
const caretsAt = (output: string, lineNumber: number) => {
  const lines = output.split('\n')
  const at = lines.findIndex((line) => line.startsWith(`  ${lineNumber} |`))
  const source = lines[at]!
  const carets = lines[at + 1]!
  return {
    source,
    start: carets.indexOf('^'),
    count: carets.length - carets.indexOf('^'),
  }
}

/** C0 but tab, DEL, C1, line separators, and a bidi override. */
const unsafe = (char: string) => {
  const code = char.codePointAt(0)!
  return (
    (code < 0x20 && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    [0x2028, 0x2029, 0x202e].includes(code)
  )
}

/** Our own SGR colour codes, and nothing else. */
const stripColour = (output: string) =>
  output.replace(new RegExp(`${String.fromCharCode(0x1b)}\\[\\d+m`, 'g'), '')

const SOURCE = [
  'name: Repo token',
  'permissions:',
  '\tpull_request: read',
  '  gists: read',
  '',
].join('\n')

describe('formatText', () => {
  it('prints a header, a code frame and a summary', () => {
    const result = resultOf(
      [
        finding({
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
          message: 'gists only supports "write"',
          rule: 'unsupported-level',
        }),
      ],
      { templates: 2 },
    )
    expect(text(result, { 'a.yml': SOURCE })).toBe(
      [
        'a.yml:4:10: error: gists only supports "write" [unsupported-level]',
        '  4 |   gists: read',
        '    |          ^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 2 templates, 1 file',
        '',
      ].join('\n'),
    )
  })

  it('keeps tabs in the caret padding so carets align', () => {
    const result = resultOf([
      finding({ line: 3, column: 2, endLine: 3, endColumn: 14 }),
    ])
    expect(text(result, { 'a.yml': SOURCE }).split('\n').slice(1, 3)).toEqual([
      '  3 | \tpull_request: read',
      '    | \t^^^^^^^^^^^^',
    ])
  })

  it('underlines to the end of the line for a multi-line range', () => {
    const result = resultOf([
      finding({
        severity: 'warning',
        line: 2,
        column: 1,
        endLine: 4,
        endColumn: 14,
      }),
    ])
    expect(text(result, { 'a.yml': SOURCE })).toBe(
      [
        'a.yml:2:1: warning: something is wrong [some-rule]',
        '  2 | permissions:',
        '    | ^^^^^^^^^^^^',
        '',
        '✖ 1 problem (0 errors, 1 warning, 0 notices) in 1 template, 1 file',
        '',
      ].join('\n'),
    )
  })

  it('always draws at least one caret, also past the end of the line', () => {
    const empty = resultOf([finding({ line: 2, column: 5, endColumn: 5 })])
    expect(text(empty, { 'a.yml': 'a\nb\n' }).split('\n')[2]).toBe('    |  ^')
    const eol = resultOf([
      finding({ line: 2, column: 13, endLine: 2, endColumn: 13 }),
    ])
    expect(text(eol, { 'a.yml': SOURCE }).split('\n')[2]).toBe(
      '    |             ^',
    )
  })

  it('widens the gutter with the line number', () => {
    const source = Array.from({ length: 12 }, (_, i) => `k${i + 1}: v`)
    const result = resultOf([
      finding({ line: 12, column: 1, endLine: 12, endColumn: 4 }),
    ])
    expect(
      text(result, { 'a.yml': source.join('\n') })
        .split('\n')
        .slice(1, 3),
    ).toEqual(['  12 | k12: v', '     | ^^^'])
  })

  it('shows an empty source line without trailing blanks', () => {
    const result = resultOf([finding({ line: 2 })])
    expect(text(result, { 'a.yml': 'a\n\nb' }).split('\n')[1]).toBe('  2 |')
  })

  it('skips the frame when the source is unreadable or lacks the line', () => {
    const result = resultOf([
      finding({ file: 'gone.yml' }),
      finding({ line: 40 }),
      finding({ line: 0 }),
    ])
    expect(text(result, { 'a.yml': SOURCE })).toBe(
      [
        'gone.yml:1:1: error: something is wrong [some-rule]',
        '',
        'a.yml:40:1: error: something is wrong [some-rule]',
        '',
        'a.yml:0:1: error: something is wrong [some-rule]',
        '',
        '✖ 3 problems (3 errors, 0 warnings, 0 notices) in 1 template, 1 file',
        '',
      ].join('\n'),
    )
  })

  it('reads each file once', () => {
    const reads: string[] = []
    formatText(resultOf([finding(), finding({ line: 2 }), finding()]), {
      color: false,
      readSource: (file) => {
        reads.push(file)
        return SOURCE
      },
    })
    expect(reads).toEqual(['a.yml'])
  })

  it('splits CRLF sources without showing the carriage return', () => {
    const result = resultOf([finding({ line: 2, endColumn: 3 })])
    expect(text(result, { 'a.yml': 'a: 1\r\nb: 2\r\n' }).split('\n')[1]).toBe(
      '  2 | b: 2',
    )
  })

  describe('summary', () => {
    it.each([
      [{ files: 0, templates: 0 }, '✔ 0 templates in 0 files: no problems'],
      [{ files: 1, templates: 1 }, '✔ 1 template in 1 file: no problems'],
      [{ files: 2, templates: 5 }, '✔ 5 templates in 2 files: no problems'],
    ])('with no findings: %j', (counts, line) => {
      expect(text(resultOf([], counts))).toBe(`${line}\n`)
    })

    it('counts many problems of every severity', () => {
      const result = resultOf(
        [
          finding(),
          finding({ severity: 'error' }),
          finding({ severity: 'warning' }),
          finding({ severity: 'notice' }),
          finding({ severity: 'notice' }),
        ],
        { files: 3, templates: 4 },
      )
      expect(text(result).trimEnd().split('\n').at(-1)).toBe(
        '✖ 5 problems (2 errors, 1 warning, 2 notices) in 4 templates, 3 files',
      )
    })

    it('pluralises single notices and warnings', () => {
      const result = resultOf([
        finding({ severity: 'warning' }),
        finding({ severity: 'notice' }),
      ])
      expect(text(result).trimEnd().split('\n').at(-1)).toBe(
        '✖ 2 problems (0 errors, 1 warning, 1 notice) in 1 template, 1 file',
      )
    })
  })

  describe('long source lines', () => {
    const long = 'x'.repeat(300) + 'BAD' + 'y'.repeat(300)

    it('are cut around the column with an ellipsis on both sides', () => {
      const result = resultOf([finding({ column: 301, endColumn: 304 })])
      const output = text(result, { 'a.yml': long })
      const { source, start, count } = caretsAt(output, 1)
      expect(source.startsWith('  1 | …x')).toBe(true)
      expect(source.endsWith('y…')).toBe(true)
      expect(source.length).toBeLessThanOrEqual('  1 | '.length + 202)
      expect(source.slice(start, start + count)).toBe('BAD')
    })

    it('are cut only at the end near the start of the line', () => {
      const result = resultOf([finding({ column: 2, endColumn: 3 })])
      const { source, start } = caretsAt(text(result, { 'a.yml': long }), 1)
      expect(source).toBe(`  1 | ${'x'.repeat(200)}…`)
      expect(start).toBe('  1 | x'.length)
    })

    it('are cut only at the start near the end of the line', () => {
      const result = resultOf([finding({ column: 603, endColumn: 604 })])
      const { source, start, count } = caretsAt(
        text(result, { 'a.yml': long }),
        1,
      )
      expect(source).toBe(`  1 | …${'y'.repeat(200)}`)
      expect(start).toBe(source.length - 1)
      expect(count).toBe(1)
    })

    it('clip a long underline at the cut', () => {
      const result = resultOf([finding({ column: 1, endColumn: 600 })])
      const { count } = caretsAt(text(result, { 'a.yml': long }), 1)
      expect(count).toBe(200)
    })
  })

  describe('untrusted text', () => {
    const hostile = [
      'bad\n::add-mask::secret',
      'bad\r\n::stop-commands::x',
      'bad\u2028::warning::x',
      'bad\u0085::error::x',
      'bad\u001b[2J\u001b]0;title\u0007',
      '\u202Eevil',
    ]

    const assertSafe = (output: string) => {
      for (const line of output.split('\n')) {
        expect(line.trimStart().startsWith('::')).toBe(false)
        expect([...line].filter(unsafe)).toEqual([])
      }
    }

    it.each(hostile)('escapes control characters in messages: %j', (msg) => {
      const output = text(resultOf([finding({ message: msg })]))
      assertSafe(output)
      expect(output.split('\n')).toHaveLength(4)
    })

    it('shows newlines as visible escapes', () => {
      const output = text(
        resultOf([finding({ message: 'a\n::add-mask::b\r\nc\u001bd' })]),
      )
      expect(output.split('\n')[0]).toBe(
        'a.yml:1:1: error: a\\n::add-mask::b\\r\\nc\\u{1b}d [some-rule]',
      )
    })

    it('escapes file names and rules, and never starts a line with them', () => {
      const files = ['::add-mask::x.yml', '  ::error::x', 'a\n::error::b']
      const result = resultOf(
        files.map((file) => finding({ file, rule: 'r\n::notice::x' })),
      )
      const output = text(result)
      assertSafe(output)
      expect(output.split('\n')[0]).toBe(
        './::add-mask::x.yml:1:1: error: something is wrong [r\\n::notice::x]',
      )
    })

    it('escapes source lines and keeps carets aligned after escapes', () => {
      const source = '::add-mask::\u001b[31m\u2028: value'
      const result = resultOf([
        finding({ column: 21, endColumn: 26, message: 'x' }),
      ])
      const output = text(result, { 'a.yml': source })
      assertSafe(output)
      const { source: shown, start, count } = caretsAt(output, 1)
      expect(shown).toBe('  1 | ::add-mask::\\u{1b}[31m\\u{2028}: value')
      expect(shown.slice(start, start + count)).toBe('value')
    })

    it('adds only its own colour codes', () => {
      const output = text(
        resultOf(hostile.map((message) => finding({ message }))),
        { 'a.yml': hostile.join('\n') },
        true,
      )
      expect(output).toContain('\u001b[31merror\u001b[39m')
      assertSafe(stripColour(output))
    })
  })

  it('colours only when asked', () => {
    const result = resultOf([
      finding(),
      finding({ severity: 'warning' }),
      finding({ severity: 'notice' }),
    ])
    const plain = text(result, { 'a.yml': SOURCE })
    expect(plain).not.toContain('\u001b')
    const colored = text(result, { 'a.yml': SOURCE }, true)
    expect(colored).toContain('\u001b[31merror\u001b[39m')
    expect(colored).toContain('\u001b[33mwarning\u001b[39m')
    expect(colored).toContain('\u001b[36mnotice\u001b[39m')
    expect(colored).toContain('\u001b[2m  1 |\u001b[22m')
    expect(stripColour(colored)).toBe(plain)
  })
})

describe('counts', () => {
  it.each([
    [0, 'notice', '0 notices'],
    [1, 'notice', '1 notice'],
    [2, 'template', '2 templates'],
    [1, 'more finding', '1 more finding'],
  ] as const)('plural(%i, %s) is %s', (count, noun, said) => {
    expect(plural(count, noun)).toBe(said)
  })

  it('takes an irregular plural', () => {
    expect(plural(2, 'entry', 'entries')).toBe('2 entries')
    expect(plural(1, 'entry', 'entries')).toBe('1 entry')
  })

  it('says "1 more finding" in the note of a capped run', () => {
    const summary = { files: 1, templates: 1, errors: 1, warnings: 0 }
    expect(omittedNote({ ...summary, notices: 0, omitted: 1 })).toMatch(
      /^and 1 more finding not listed:/,
    )
    expect(omittedNote({ ...summary, notices: 0, omitted: 2 })).toMatch(
      /^and 2 more findings not listed:/,
    )
    expect(
      text(resultOf([finding()], { omitted: 1 }))
        .split('\n\n')
        .at(-2),
    ).toMatch(/^and 1 more finding not listed:/)
  })
})
