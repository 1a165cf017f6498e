import { SEVERITIES } from '../lint/finding.js'
import type { Finding, LintSummary } from '../lint/finding.js'
import type { CheckRunConclusion } from './api/publish-check-run.js'
import type { FailOn } from './inputs.js'

/** Whether the findings fail the step: any at or above the fail-on level. */
export function failsRun(summary: LintSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const counts = {
    error: summary.errors,
    warning: summary.warnings,
    notice: summary.notices,
  }
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).some(
    (severity) => counts[severity] > 0,
  )
}

/** The check run ends as the step does: red only when the step fails. */
export function checkRunConclusion(
  fails: boolean,
  findings: readonly Finding[],
): CheckRunConclusion {
  if (fails) return 'failure'
  return findings.length ? 'neutral' : 'success'
}
