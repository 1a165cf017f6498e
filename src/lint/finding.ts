import type { Position } from '../common/text-position.js'

export type { Position }

/** The three levels GitHub annotations know, most severe first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A rule's configured level: a severity, or `off` to silence it. */
export type RuleLevel = Severity | 'off'
export const RULE_LEVELS: readonly RuleLevel[] = ['off', ...SEVERITIES]

/** One problem at one place: the shape every formatter and the Action share. */
export interface Finding extends Position {
  /** Path relative to the working directory, with `/` separators. */
  file: string
  severity: Severity
  rule: string
  message: string
}

export interface LintSummary {
  files: number
  templates: number
  errors: number
  warnings: number
  notices: number
  /**
   * Findings left out by the cap on one run's findings (counted above,
   * not listed); absent when none were.
   */
  omitted?: number
}

export interface LintResult {
  findings: Finding[]
  summary: LintSummary
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** Findings in reading order: by file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.rule.localeCompare(b.rule)
  )
}
