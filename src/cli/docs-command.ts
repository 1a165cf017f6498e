import { loadConfig } from '../config/load-config.js'
import { renderDocsSection } from '../docs/docs-section.js'
import { END_MARKER, START_MARKER } from '../docs/readme-markers.js'
import { updateReadmeFile } from '../docs/update-readme-file.js'
import { logLine } from '../format/log-line.js'
import { logUntrusted } from '../format/log-untrusted.js'
import { plural } from '../format/plural.js'
import { partitionByErrors } from '../lint/approved-templates.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { checkUsedBy } from '../lint/used-by.js'
import { quote } from '../common/quote.js'
import { toTokenTemplates } from '../links/from-fields.js'
import { resolveServerUrl } from '../links/token-url.js'
import { UserError } from '../errors.js'
import { writeLine, type CliIo } from './io.js'

export interface DocsCommandOptions {
  patterns: string[]
  readme?: string
  config?: string
  serverUrl?: string
  check: boolean
  init: boolean
}

/**
 * `token-templates docs --readme FILE [--check] [--init]`: the table of
 * token links for every template that passes lint, between the markers.
 */
export async function docsCommand(
  options: DocsCommandOptions,
  io: CliIo,
): Promise<number> {
  const config = loadConfig(io.cwd, options.config)
  const file = options.readme ?? config.readme ?? 'README.md'
  const serverUrl = resolveServerUrl(
    options.serverUrl,
    config.serverUrl,
    io.env,
  )
  const run = lintTemplates({
    root: io.cwd,
    patterns: options.patterns,
    config,
    collectTemplates: true,
  })
  // As the Action's table: a used_by error on a template leaves it out too.
  const usedBy = await checkUsedBy(io.cwd, run.templates, config)
  const { approved, rejected } = partitionByErrors(run.templates, [
    ...run.findings,
    ...usedBy.findings,
  ])
  for (const { template, error } of rejected) {
    writeLine(
      io.stderr,
      `token-templates: warning: ${template.file}:${template.line}: template ${typeof template.fields.name === 'string' ? quote(template.fields.name) : '(no name)'} is left out of the table: ${error.rule} at line ${error.line}; run lint`,
    )
  }
  const table = renderDocsSection(
    toTokenTemplates(approved, run.templates),
    serverUrl,
    config.policy,
  )
  let update: ReturnType<typeof updateReadmeFile>
  try {
    update = updateReadmeFile({
      root: io.cwd,
      file,
      table,
      check: options.check,
      init: options.init,
    })
  } catch (error) {
    if (error instanceof UserError && reportWithMarkers(error.message, io))
      return 2
    throw error
  }
  const count = plural(approved.length, 'template')
  if (options.check && update.changed) {
    // The diff quotes README lines, which a pull request can change: each
    // line is made safe (a runner may read it without GITHUB_ACTIONS set,
    // in a container step), and under GitHub Actions workflow commands are
    // stopped around it too.
    const diff = safeDiff(update.diff ?? '')
    if (io.env.GITHUB_ACTIONS === 'true') logUntrusted(diff, io.stdout)
    else io.stdout(diff)
    writeLine(
      io.stderr,
      `token-templates: ${file}: the token table is stale; run token-templates docs --readme ${file}`,
    )
    return 1
  }
  const state = options.check
    ? 'the token table is current'
    : update.changed
      ? 'updated the token table'
      : 'the token table is already current'
  writeLine(io.stdout, `${file}: ${state} (${count})`)
  return 0
}

/** The markers a README problem ends with, to copy into the README. */
const MARKER_BLOCK = `\n\n${START_MARKER}\n${END_MARKER}\n`

/**
 * A README problem that ends with the two marker lines to copy: printed
 * as lines (the message's own line, a blank, the markers), not as one
 * line with escaped line breaks. Other messages are left to the caller.
 */
function reportWithMarkers(message: string, io: CliIo): boolean {
  if (!message.endsWith(MARKER_BLOCK)) return false
  writeLine(
    io.stderr,
    `token-templates: ${message.slice(0, -MARKER_BLOCK.length)}`,
  )
  io.stderr(`\n${START_MARKER}\n${END_MARKER}\n`)
  return true
}

/**
 * A diff whose every line is logLine-safe; a CRLF line end is kept, so a
 * clean README's diff still applies as a patch.
 */
function safeDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) =>
      line.endsWith('\r') ? `${logLine(line.slice(0, -1))}\r` : logLine(line),
    )
    .join('\n')
}
