import * as core from '@actions/core'
import { loadConfig } from './config/load-config.js'
import { readInputs } from './action/inputs.js'
import type { FailOn } from './action/inputs.js'
import { SEVERITIES } from './lint/finding.js'
import type { Finding, LintSummary } from './lint/finding.js'
import { lintTemplates } from './lint/lint-templates.js'

function annotate(finding: Finding): void {
  const properties: core.AnnotationProperties = {
    title: finding.rule,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine,
    // GitHub shows columns only for single-line annotations.
    ...(finding.line === finding.endLine && {
      startColumn: finding.column,
      endColumn: finding.endColumn,
    }),
  }
  core[finding.severity](finding.message, properties)
}

function failsRun(summary: LintSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const counts = {
    error: summary.errors,
    warning: summary.warnings,
    notice: summary.notices,
  }
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).some(
    (severity) => counts[severity] > 0,
  )
}

/** The Action: lint the workspace's templates and annotate every finding. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const config = loadConfig(root, inputs.config)
    const result = lintTemplates({ root, patterns: inputs.templates, config })
    for (const pattern of result.discovery.unmatched)
      core.warning(`no template file matches ${JSON.stringify(pattern)}`)
    const errorsFirst = [...result.findings].sort(
      (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    )
    errorsFirst.forEach(annotate)
    core.setOutput('errors', result.summary.errors)
    core.setOutput('warnings', result.summary.warnings)
    core.setOutput('templates', result.summary.templates)
    const { errors, warnings, notices, templates, files } = result.summary
    core.info(
      `${templates} templates in ${files} files: ${errors} errors, ${warnings} warnings, ${notices} notices`,
    )
    if (failsRun(result.summary, inputs.failOn))
      core.setFailed(
        `token templates have findings at or above fail-on level ${inputs.failOn}`,
      )
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
