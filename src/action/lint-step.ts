import * as core from '@actions/core'
import type { Config } from '../config/config.js'
import { plural } from '../format/plural.js'
import { DEFAULT_TEMPLATE_GLOB } from '../lint/discover.js'
import { lintTemplates } from '../lint/lint-templates.js'
import type { LintRun } from '../lint/lint-templates.js'
import type { Finding } from '../lint/finding.js'
import { checkUsedBy, withFindings } from '../lint/used-by.js'

/** How many file names a debug line lists before it says "and N more". */
const NAMES_SHOWN = 5

function describeFiles(files: readonly string[]): string {
  // Raw names: @actions/core escapes line breaks in a debug line, so a
  // name cannot start a workflow command of its own.
  const shown = files.slice(0, NAMES_SHOWN)
  const more = files.length - shown.length
  return `${files.length}${shown.length ? ` (${shown.join(', ')}${more ? `, and ${more} more` : ''})` : ''}`
}

/** Which globs the run uses and where they came from, for the debug log. */
function describePatterns(inputs: readonly string[], config: Config): string {
  if (inputs.length) return `${JSON.stringify(inputs)} (templates input)`
  if (config.templates.length)
    return `${JSON.stringify(config.templates)} (config)`
  return `${JSON.stringify([DEFAULT_TEMPLATE_GLOB])} (default)`
}

/**
 * Finds and lints the templates; warns about each pattern that matches
 * nothing, and notes a run that found no file at all.
 */
export async function lintStep(options: {
  root: string
  patterns: readonly string[]
  config: Config
}): Promise<{ lint: LintRun; usedBy: Finding[]; notes: string[] }> {
  const { root, patterns, config } = options
  core.debug(`template patterns: ${describePatterns(patterns, config)}`)
  const linted = lintTemplates({
    root,
    patterns,
    config,
    collectTemplates: true,
  })
  // Templates with used_by, against the calls in their code.
  const usedBy = await checkUsedBy(root, linted.templates, config)
  if (usedBy.files.length)
    core.debug(`used_by code files read: ${describeFiles(usedBy.files)}`)
  const lint = withFindings(linted, usedBy.findings)
  const { discovery, summary } = lint
  core.debug(`template files matched: ${describeFiles(discovery.files)}`)
  if (discovery.refused.length)
    core.debug(
      `template files refused: ${describeFiles(discovery.refused.map((refused) => refused.file))}`,
    )
  for (const pattern of discovery.unmatched) {
    core.warning(`no template file matches ${JSON.stringify(pattern)}`)
  }
  core.debug(
    `templates linted: ${summary.templates} in ${plural(summary.files, 'file')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}${summary.omitted ? `; ${plural(summary.omitted, 'finding')} not listed` : ''}`,
  )
  return {
    lint,
    usedBy: usedBy.findings,
    notes:
      summary.files === 0
        ? ['No template files were found: check the templates input.']
        : [],
  }
}
