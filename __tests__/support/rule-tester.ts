import { Linter } from '../../src/lint/engine.js'
import type { LinterOptions } from '../../src/lint/engine.js'
import type { LintResult, Severity } from '../../src/lint/finding.js'
import { findRule } from '../../src/rules/index.js'

/**
 * Table-driven rule tests in the spirit of ESLint's RuleTester. An invalid
 * case lists every finding the snippet yields (of any rule), so that it
 * also checks that the problem is reported once, under one rule. A case
 * with `otherRules: 'ignore'` checks only the findings of the rule.
 */

export interface Expected {
  rule?: string
  severity?: Severity
  line: number
  column: number
  endLine: number
  endColumn: number
  /** A fragment of the message. */
  message: string
}

export interface InvalidCase {
  name: string
  code: string | Uint8Array
  options?: LinterOptions
  otherRules?: 'ignore'
  findings: Expected[]
}

export interface ValidCase {
  name: string
  code: string | Uint8Array
  options?: LinterOptions
}

export function lint(
  code: string | Uint8Array,
  options?: LinterOptions,
): LintResult {
  const linter = new Linter(options)
  if (typeof code === 'string') linter.lintText('t.yml', code)
  else linter.lintBytes('t.yml', code)
  return linter.finish()
}

export function ruleTester(
  id: string,
  severity: Severity,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  describe(`rule ${id}`, () => {
    it(`is a registered rule with default severity ${severity}`, () => {
      expect(findRule(id)?.defaultSeverity).toBe(severity)
    })
    for (const { name, code, options } of cases.valid) {
      it(`valid: ${name}`, () => {
        const found = lint(code, options).findings.filter((f) => f.rule === id)
        expect(found).toEqual([])
      })
    }
    for (const { name, code, options, otherRules, findings } of cases.invalid) {
      it(`invalid: ${name}`, () => {
        const actual = lint(code, options)
          .findings.filter((f) => otherRules !== 'ignore' || f.rule === id)
          .map(({ file: _file, ...finding }) => finding)
        expect(actual).toEqual(
          findings.map((expected) => ({
            ...expected,
            rule: expected.rule ?? id,
            severity: expected.severity ?? severity,
            message: expect.stringContaining(expected.message),
          })),
        )
      })
    }
  })
}

/** Lines 1 to 3 of most snippets: every field but permissions, all valid. */
export const HEAD =
  'name: Deploy\ndescription: Deploys the site\nexpires_in: 30\n'
export const VALID = `${HEAD}permissions:\n  contents: read\n`
