import * as core from '@actions/core'
import type { Config } from '../config/config.js'
import { plural } from '../format/plural.js'
import type { LintSummary } from '../lint/finding.js'
import { lintLinks } from '../links/lint-links.js'
import type { LinkRun } from '../links/lint-links.js'

/**
 * The `links` input: lints the token links written in the files it
 * matches (none: the step is off), and notes how many it read.
 */
export function linksStep(options: {
  root: string
  patterns: readonly string[]
  config: Config
}): { run?: LinkRun; notes: string[] } {
  const { root, patterns, config } = options
  if (patterns.length === 0) return { notes: [] }
  core.debug(`link patterns: ${JSON.stringify(patterns)} (links input)`)
  const run = lintLinks({ root, patterns, config })
  for (const pattern of run.discovery.unmatched)
    core.warning(`no file matches ${JSON.stringify(pattern)} (links input)`)
  const { summary } = run
  const links = plural(summary.templates, 'token link')
  const files = plural(summary.files, 'file')
  core.debug(
    `links linted: ${links} in ${files}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`,
  )
  return { run, notes: [`Linted ${links} in ${files} (the links input).`] }
}

/**
 * The template run's summary with the link run's findings counted in
 * (templates stay the templates; links are counted on their own).
 */
export function addLinkSummary(
  summary: LintSummary,
  links: LintSummary | undefined,
): LintSummary {
  if (links === undefined) return summary
  const omitted = (summary.omitted ?? 0) + (links.omitted ?? 0)
  return {
    ...summary,
    errors: summary.errors + links.errors,
    warnings: summary.warnings + links.warnings,
    notices: summary.notices + links.notices,
    ...(omitted > 0 && { omitted }),
  }
}
