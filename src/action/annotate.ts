import * as core from '@actions/core'
import type { Finding } from '../lint/finding.js'

/** GitHub shows at most this many annotations of one level per step. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10

/**
 * One workflow annotation per finding, in the given order. @actions/core
 * escapes the message and properties, so template text cannot start a
 * workflow command. Returns whether GitHub will hide some of them.
 */
export function annotate(findings: readonly Finding[]): boolean {
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
  const hidden = Object.values(perLevel).some(
    (count) => count > ANNOTATIONS_SHOWN_PER_LEVEL,
  )
  core.debug(
    `annotations: ${perLevel.error} errors, ${perLevel.warning} warnings, ${perLevel.notice} notices${hidden ? `; GitHub shows only ${ANNOTATIONS_SHOWN_PER_LEVEL} of each level` : ''}`,
  )
  return hidden
}
