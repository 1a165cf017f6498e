import { loadConfig } from '../config/load-config.js'
import { plural } from '../format/plural.js'
import { fixStaleLinks } from '../links/fix-links.js'
import { lintLinks } from '../links/lint-links.js'
import {
  parseFormat,
  parseMaxWarnings,
  renderFindings,
} from './findings-output.js'
import { writeLine, type CliIo } from './io.js'

export interface LinksCommandOptions {
  patterns: string[]
  format?: string
  config?: string
  maxWarnings?: string
  /** Rewrite stale links in Markdown and HTML files. */
  fix?: boolean
}

/**
 * `token-templates links [paths or globs...]`: lints the token links in
 * text files where they are written. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage, config or I/O failure.
 */
export function linksCommand(options: LinksCommandOptions, io: CliIo): number {
  const format = parseFormat(options.format)
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const config = loadConfig(io.cwd, options.config)
  let run = lintLinks({ root: io.cwd, patterns: options.patterns, config })
  if (options.fix) {
    const fixed = fixStaleLinks(io.cwd, run.files)
    for (const { file, fixed: count, skipped } of fixed)
      writeLine(
        io.stderr,
        skipped === undefined
          ? `token-templates: ${file}: rewrote ${plural(count, 'stale link')}`
          : `token-templates: ${file}: not rewritten: ${skipped}`,
      )
    // What is left, as the files are now.
    if (fixed.some(({ skipped }) => skipped === undefined))
      run = lintLinks({ root: io.cwd, patterns: options.patterns, config })
  }
  // Without paths, a repository with no text files is no mistake: the
  // summary says 0 files.
  for (const pattern of run.discovery.unmatched)
    writeLine(
      io.stderr,
      `token-templates: no file matches ${JSON.stringify(pattern)}`,
    )
  if (options.patterns.length > 0 && run.summary.files === 0) return 2
  const texts = new Map(run.files.map(({ file, text }) => [file, text]))
  io.stdout(
    renderFindings(run, format, io, {
      readSource: (file) => texts.get(file),
      counted: ['link', 'links'],
    }),
  )
  if (run.summary.errors > 0) return 1
  if (run.summary.warnings > maxWarnings) {
    writeLine(
      io.stderr,
      `token-templates: ${plural(run.summary.warnings, 'warning')}, more than --max-warnings ${maxWarnings}`,
    )
    return 1
  }
  return 0
}
