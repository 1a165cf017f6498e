import { linterOptions } from './lint-config.js'
import { resolve } from 'node:path'
import type { Config } from '../config/config.js'
import { discoverTemplateFiles } from './discover.js'
import { readTemplateFile } from './read-template-file.js'
import type { Discovery } from './discover.js'
import { Linter } from './engine.js'
import type { LintedTemplate } from './engine.js'
import type { LintResult } from './finding.js'
import { hasUsedBy } from './used-by.js'

export interface LintTemplatesOptions {
  /** The working directory: nothing outside it is read. */
  root: string
  /** Paths or globs; empty means the config's, else the default glob. */
  patterns: readonly string[]
  config: Config
  /** Keep every template's fields (docs and url need them; lint does not). */
  collectTemplates?: boolean
}

export interface LintRun extends LintResult {
  discovery: Discovery
  /**
   * Every mapping template, when `collectTemplates` was set; else those
   * with `used_by`, for the check after the run.
   */
  templates: LintedTemplate[]
}

/** Finds, reads and lints every template file: the whole `lint` job. */
export function lintTemplates(options: LintTemplatesOptions): LintRun {
  const { root, config } = options
  const patterns = options.patterns.length ? options.patterns : config.templates
  const discovery = discoverTemplateFiles(patterns, root)
  const templates: LintedTemplate[] = []
  const linter = new Linter({
    onTemplate: (template) => templates.push(template),
    // Lint alone keeps only what the used_by check needs: memory stays flat.
    keepTemplate: options.collectTemplates ? undefined : hasUsedBy,
    ...linterOptions(config),
  })
  for (const { file, reason } of discovery.refused) {
    linter.reportUnreadable(file, `${file} is not read: ${reason}`)
  }
  for (const file of discovery.files) {
    const read = readTemplateFile(resolve(root, file))
    if (typeof read === 'string') {
      linter.reportUnreadable(file, `${file} is not read: ${read}`)
    } else {
      linter.lintBytes(file, read)
    }
  }
  return { ...linter.finish(), discovery, templates }
}
