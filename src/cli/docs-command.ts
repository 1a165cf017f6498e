import { readFileSync } from 'node:fs'
import { loadConfig } from '../config/load-config.js'
import { renderLinksTable } from '../docs/links-table.js'
import { planReadme, readmeDiff } from '../docs/readme-update.js'
import { writeFileAtomic } from '../docs/write-file-atomic.js'
import { UserError } from '../errors.js'
import { partitionByErrors } from '../lint/approved-templates.js'
import { decodeTemplateBytes } from '../lint/decode.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { toTokenTemplate } from '../links/from-fields.js'
import { resolveServerUrl } from '../links/token-url.js'
import { quote } from '../lint/quote.js'
import { resolveInsideRoot } from '../workspace-path.js'
import type { CliIo } from './io.js'

export interface DocsCommandOptions {
  patterns: string[]
  readme?: string
  config?: string
  serverUrl?: string
  check: boolean
  init: boolean
}

function readReadme(path: string, file: string, init: boolean): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && init) return ''
    throw new UserError(
      `${file}: cannot read it (${code === 'ENOENT' ? 'no such file; --init creates it' : code})`,
    )
  }
  const decoded = decodeTemplateBytes(bytes)
  if (!decoded.ok) throw new UserError(`${file}: ${decoded.reason}`)
  return decoded.text
}

/**
 * `token-templates docs --readme FILE [--check] [--init]`: the table of
 * token links for every template that passes lint, between the markers.
 */
export function docsCommand(options: DocsCommandOptions, io: CliIo): number {
  const config = loadConfig(io.cwd, options.config)
  const file = options.readme ?? config.readme ?? 'README.md'
  const path = resolveInsideRoot(io.cwd, file)
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
  const { approved, rejected } = partitionByErrors(run.templates, run.findings)
  for (const { template, error } of rejected) {
    io.stderr(
      `token-templates: warning: ${template.file}:${template.line}: template ${quote(template.fields.name ?? '')} is left out of the table: ${error.rule} at line ${error.line}; run lint\n`,
    )
  }
  const table = renderLinksTable(
    approved.map((t) => toTokenTemplate(t.fields)),
    serverUrl,
  )
  const current = readReadme(path, file, options.init)
  const plan = planReadme(current, table, file, options.init)
  if (options.check) {
    if (!plan.changed) {
      io.stdout(
        `${file}: the token table is current (${approved.length} templates)\n`,
      )
      return 0
    }
    io.stdout(readmeDiff(file, current, plan.text))
    io.stderr(
      `token-templates: ${file}: the token table is stale; run token-templates docs --readme ${file}\n`,
    )
    return 1
  }
  if (plan.changed) writeFileAtomic(path, plan.text)
  io.stdout(
    `${file}: ${plan.changed ? 'updated' : 'already current'} (${approved.length} templates)\n`,
  )
  return 0
}
