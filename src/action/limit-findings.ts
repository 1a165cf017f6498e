import { MAX_FINDINGS_PER_RUN } from '../lint/capped-findings.js'
import type { Finding, LintSummary } from '../lint/finding.js'
import { plural } from '../format/plural.js'

/**
 * The findings the Action lists (annotates, summarises, publishes): the
 * first `max` of `ordered` (most severe first), the rest added to
 * `summary.omitted`. Lint lists at most `max` already; the owner lookups'
 * findings come on top of those.
 */
export function limitFindings(
  ordered: readonly Finding[],
  summary: LintSummary,
  max = MAX_FINDINGS_PER_RUN,
): { findings: readonly Finding[]; summary: LintSummary } {
  if (ordered.length <= max) return { findings: ordered, summary }
  const omitted = (summary.omitted ?? 0) + ordered.length - max
  return { findings: ordered.slice(0, max), summary: { ...summary, omitted } }
}

/** The job summary's note for findings left out, if any were. */
export function omittedNote(summary: LintSummary): string[] {
  if (!summary.omitted) return []
  return [
    `${plural(summary.omitted, 'more finding', 'more findings')} ${summary.omitted === 1 ? 'was' : 'were'} left out: a run lists at most ${MAX_FINDINGS_PER_RUN}, most severe first; the counts include them.`,
  ]
}
