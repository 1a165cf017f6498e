import { SEVERITIES, severityRank } from './finding.js'
import type { Finding, Severity } from './finding.js'

/**
 * One run lists at most this many findings: enough to fix for a while,
 * few enough for a log, a job summary and a check run (20 requests of 50
 * annotations). The rest are counted, not listed.
 */
export const MAX_FINDINGS_PER_RUN = 1000

/**
 * A run's findings as they come, at most `max` of them: past that, a
 * finding makes room by pushing out the latest of a less severe level, or
 * is left out itself. So the list holds the errors first, then warnings,
 * then notices, each level in the order found; memory stays bounded
 * however many a run finds.
 */
export class CappedFindings {
  private readonly kept: Record<Severity, Finding[]> = {
    error: [],
    warning: [],
    notice: [],
  }
  private size = 0
  /** How many were left out (or pushed out). */
  omitted = 0

  constructor(private readonly max: number = MAX_FINDINGS_PER_RUN) {}

  add(finding: Finding): void {
    if (this.size < this.max) {
      this.kept[finding.severity].push(finding)
      this.size += 1
      return
    }
    this.omitted += 1
    for (let rank = SEVERITIES.length - 1; rank > 0; rank--) {
      if (rank <= severityRank(finding.severity)) return
      const level = this.kept[SEVERITIES[rank]!]
      if (level.length) {
        level.pop()
        this.kept[finding.severity].push(finding)
        return
      }
    }
  }

  /** The kept findings, most severe level first. */
  list(): Finding[] {
    return SEVERITIES.flatMap((severity) => this.kept[severity])
  }
}
