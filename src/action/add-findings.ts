import type { Finding, LintSummary } from '../lint/finding.js'

/**
 * The summary with `findings` counted in: the lint run's own summary plus
 * what a later step (the owner lookups) found. The lint counts cannot be
 * recounted from its findings: findings are capped per file, counts not.
 */
export function addFindings(
  summary: LintSummary,
  findings: readonly Finding[],
): LintSummary {
  const counts = { ...summary }
  for (const finding of findings) counts[`${finding.severity}s` as const] += 1
  return counts
}
