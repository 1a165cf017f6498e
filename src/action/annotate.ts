import * as core from '@actions/core'
import { plural } from '../format/plural.js'
import { MAX_FINDINGS_PER_RUN } from '../lint/capped-findings.js'
import type { Finding } from '../lint/finding.js'

/** GitHub shows at most this many annotations of one level per step. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10

/**
 * One workflow annotation per finding, in the given order, and a closing
 * notice when `omitted` findings were left out of the list. @actions/core
 * escapes the message and properties, so template text cannot start a
 * workflow command. Returns whether GitHub will hide some of them.
 */
export function annotate(findings: readonly Finding[], omitted = 0): boolean {
  const perLevel = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) {
    perLevel[finding.severity] += 1
    core[finding.severity](finding.message, {
      title: finding.rule,
      file: finding.file,
      startLine: finding.line,
      endLine: finding.endLine,
      // GitHub uses columns only when the annotation is on one line.
      ...(finding.line === finding.endLine && {
        startColumn: finding.column,
        endColumn: finding.endColumn,
      }),
    })
  }
  if (omitted > 0)
    core.notice(
      `${plural(omitted, 'more finding', 'more findings')} ${omitted === 1 ? 'was' : 'were'} left out: a run lists at most ${MAX_FINDINGS_PER_RUN}, most severe first. Fix these and run again to see the rest.`,
      { title: 'token-templates' },
    )
  const hidden = Object.values(perLevel).some(
    (count) => count > ANNOTATIONS_SHOWN_PER_LEVEL,
  )
  core.debug(
    `annotations: ${plural(perLevel.error, 'error')}, ${plural(perLevel.warning, 'warning')}, ${plural(perLevel.notice, 'notice')}${hidden ? `; GitHub shows only ${ANNOTATIONS_SHOWN_PER_LEVEL} of each level` : ''}`,
  )
  return hidden
}
