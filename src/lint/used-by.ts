import type { Config } from '../config/config.js'
import { addFindings } from '../action/add-findings.js'
import { catalogFor } from '../endpoints/index.js'
import type { LintedTemplate } from './engine.js'
import { compareFindings } from './finding.js'
import type { Finding, LintSummary } from './finding.js'

/** Whether a template names its code: only those are kept for the check. */
export const hasUsedBy = (fields: Readonly<Record<string, unknown>>) =>
  fields.used_by !== undefined

export interface UsedByResult {
  findings: Finding[]
  /** The code files read, for code frames. */
  files: string[]
}

/**
 * The `used_by` check of the templates that have one. The code scanner
 * (and its parser) is loaded only then: lint without used_by stays lean.
 */
export async function checkUsedBy(
  root: string,
  templates: readonly LintedTemplate[],
  config: Config,
): Promise<UsedByResult> {
  const withCode = templates.filter((template) => hasUsedBy(template.fields))
  if (withCode.length === 0) return { findings: [], files: [] }
  const { runUsedByCheck } = await import('../code/index.js')
  return runUsedByCheck(root, withCode, {
    catalog: catalogFor(config.platform, config.extraPermissions),
    ruleLevels: config.ruleLevels,
  })
}

/** A run's findings and summary with `added` listed and counted. */
export function withFindings<
  T extends { findings: Finding[]; summary: LintSummary },
>(run: T, added: readonly Finding[]): T {
  if (added.length === 0) return run
  return {
    ...run,
    findings: [...run.findings, ...added].sort(compareFindings),
    summary: addFindings(run.summary, added),
  }
}
