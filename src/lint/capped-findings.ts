import { SEVERITIES, severityRank } from './finding.js'
import type { Finding, Severity } from './finding.js'

/**
 * One run lists at most this many findings: enough to fix for a while,
 * few enough for a log, a job summary and a check run (20 requests of 50
 * annotations). The rest are counted, not listed.
 */
export const MAX_FINDINGS_PER_RUN = 1000

interface Entry {
  finding: Finding
  findings: number
}

/**
 * A run's findings as they come, at most `max` of them: past that, a
 * finding makes room by pushing out the latest of a less severe level, or
 * is left out itself. So the list holds the errors first, then warnings,
 * then notices, each level in the order found; memory stays bounded
 * however many a run finds.
 */
export class CappedFindings {
  private readonly kept: Record<Severity, Entry[]> = {
    error: [],
    warning: [],
    notice: [],
  }
  private size = 0
  /** How many findings were left out (or pushed out). */
  omitted = 0

  constructor(private readonly max: number = MAX_FINDINGS_PER_RUN) {}

  /**
   * `findings`: how many findings the entry stands for (a per-file "and N
   * more" line stands for itself and the N), all left out with it.
   */
  add(finding: Finding, findings = 1): void {
    const entry = { finding, findings }
    if (this.size < this.max) {
      this.kept[finding.severity].push(entry)
      this.size += 1
      return
    }
    for (let rank = SEVERITIES.length - 1; rank > 0; rank--) {
      if (rank <= severityRank(finding.severity)) break
      const level = this.kept[SEVERITIES[rank]!]
      if (level.length) {
        this.omitted += level.pop()!.findings
        this.kept[finding.severity].push(entry)
        return
      }
    }
    this.omitted += findings
  }

  /** The kept findings, most severe level first. */
  list(): Finding[] {
    return SEVERITIES.flatMap((severity) =>
      this.kept[severity].map((entry) => entry.finding),
    )
  }
}
