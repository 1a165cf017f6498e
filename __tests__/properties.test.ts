import fc from 'fast-check'
import { formatGithub, formatText } from '../src/format/index.js'
import { Linter } from '../src/lint/engine.js'
import type { LintResult } from '../src/lint/finding.js'

// Property tests with a fixed seed (printed by fast-check on failure, so a
// failing case can be replayed) and a bounded number of runs.
const RUNS = { seed: 20261124, numRuns: 300 }

function lint(text: string): LintResult {
  const linter = new Linter()
  linter.lintText('random.yml', text)
  return linter.finish()
}

/** YAML-ish text: the characters that make YAML interesting, densely. */
const yamlish = fc.string({
  unit: fc.constantFrom(
    ...'abc:-?[]{},&*!|>\'"%@`#\n\t \\0123456789'.split(''),
    'name: ',
    'permissions:\n  ',
    'contents: read\n',
    '---\n',
    '&a ',
    '*a ',
    '\u2028',
    '\ufeff',
  ),
  maxLength: 200,
})

/** A line the GitHub runner would take as a workflow command. */
const COMMAND = /^\s*::/

describe('properties', () => {
  it('the linter never throws on random YAML, and every finding has a position', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const result = lint(text)
        for (const finding of result.findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1)
          expect(finding.column).toBeGreaterThanOrEqual(1)
        }
      }),
      RUNS,
    )
  })

  it('the linter never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const linter = new Linter()
        linter.lintBytes('random.yml', bytes)
        linter.finish()
      }),
      RUNS,
    )
  })

  it('no template text can put a workflow command into the log', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '\n::add-mask::x',
        '\r\n::stop-commands::y',
        '%0A::error::z',
        '\u2028::warning::w',
        '\n  ::set-output name=a::b',
      ),
    )
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, key, level) => {
        const text = `name: ${JSON.stringify(name)}\ndescription: ${JSON.stringify(level)}\npermissions:\n  ${JSON.stringify(key)}: ${JSON.stringify(level)}\n`
        const result = lint(text)
        const output = [
          formatText(result, { color: false, readSource: () => text }),
          formatGithub(result),
        ].join('\n')
        const lines = output.split(/\r\n|\r|\n/)
        const commands = lines.filter((line) => COMMAND.test(line))
        // Only the github format's own commands, one per finding.
        expect(commands).toHaveLength(result.findings.length)
        for (const line of commands) {
          expect(line).toMatch(
            /^::(error|warning|notice) file=random\.yml,line=\d+/,
          )
        }
      }),
      RUNS,
    )
  })
})
