import { addFindings } from '../src/action/add-findings.js'
import { checkRunConclusion, failsRun } from '../src/action/step-outcome.js'
import type { Finding, LintSummary, Severity } from '../src/lint/finding.js'

// The pure parts of how a run ends: the summary with the owner findings
// counted in, whether fail-on fails the step, and the check run's
// conclusion.

const summary = (counts: Partial<LintSummary> = {}): LintSummary => ({
  files: 2,
  templates: 3,
  errors: 0,
  warnings: 0,
  notices: 0,
  ...counts,
})

const finding = (severity: Severity): Finding => ({
  file: 'a.yml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  severity,
  rule: 'target-owner-type',
  message: 'm',
})

describe('addFindings', () => {
  it('adds each finding to the count of its level, and leaves files and templates', () => {
    const base = summary({ errors: 5, warnings: 1 })
    expect(
      addFindings(base, [
        finding('error'),
        finding('warning'),
        finding('error'),
        finding('notice'),
      ]),
    ).toEqual({ files: 2, templates: 3, errors: 7, warnings: 2, notices: 1 })
  })

  it('returns a new summary and leaves the lint summary as it was', () => {
    const base = summary({ errors: 1 })
    const added = addFindings(base, [finding('error')])
    expect(added).not.toBe(base)
    expect(base.errors).toBe(1)
    expect(addFindings(base, [])).toEqual(base)
  })
})

describe('failsRun', () => {
  it.each([
    ['error', { errors: 1 }, true],
    ['error', { warnings: 3, notices: 3 }, false],
    ['warning', { warnings: 1 }, true],
    ['warning', { notices: 1 }, false],
    ['notice', { notices: 1 }, true],
    ['notice', {}, false],
    ['never', { errors: 9 }, false],
  ] as const)('fail-on %s with %j fails: %s', (failOn, counts, fails) => {
    expect(failsRun(summary(counts), failOn)).toBe(fails)
  })
})

describe('checkRunConclusion', () => {
  it('is red only when the step fails, neutral on findings that do not fail it', () => {
    expect(checkRunConclusion(true, [finding('error')])).toBe('failure')
    expect(checkRunConclusion(false, [finding('error')])).toBe('neutral')
    expect(checkRunConclusion(false, [])).toBe('success')
  })
})
