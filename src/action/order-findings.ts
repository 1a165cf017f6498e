import { compareFindings, severityRank } from '../lint/finding.js'
import type { Finding } from '../lint/finding.js'

/**
 * Errors first, and within each level the findings in files the pull
 * request changed first: GitHub shows only the first 10 annotations of a
 * level, so those must be the ones the author can act on.
 */
export function orderFindings(
  findings: readonly Finding[],
  changedFiles: ReadonlySet<string> = new Set(),
): Finding[] {
  const unchanged = (finding: Finding) =>
    changedFiles.has(finding.file) ? 0 : 1
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      unchanged(a) - unchanged(b) ||
      compareFindings(a, b),
  )
}
