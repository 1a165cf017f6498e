import type { LintSummary } from '../lint/finding.js'
import { MAX_FINDINGS_PER_RUN } from '../lint/capped-findings.js'
import { plural } from './plural.js'

/**
 * The closing note of a run that listed only the first findings (the most
 * severe), or undefined when it listed them all.
 */
export function omittedNote(summary: LintSummary): string | undefined {
  const omitted = summary.omitted ?? 0
  if (omitted === 0) return undefined
  return `and ${plural(omitted, 'more finding', 'more findings')} not listed: a run lists at most ${MAX_FINDINGS_PER_RUN.toLocaleString('en-US')}, the most severe first; the counts include them all`
}
