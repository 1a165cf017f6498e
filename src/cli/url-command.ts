import { loadConfig } from '../config/load-config.js'
import { UserError } from '../errors.js'
import { formatText } from '../format/index.js'
import { partitionByErrors } from '../lint/approved-templates.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { toTokenTemplate } from '../links/from-fields.js'
import { buildTokenUrl, resolveServerUrl } from '../links/token-url.js'
import { writeLine, type CliIo } from './io.js'

export interface UrlCommandOptions {
  files: string[]
  config?: string
  serverUrl?: string
}

/**
 * `token-templates url FILE...`: one link per template on stdout, in file
 * order. Templates with lint errors get no link; their errors go to stderr.
 */
export function urlCommand(options: UrlCommandOptions, io: CliIo): number {
  if (options.files.length === 0)
    throw new UserError('url needs at least one template file')
  const config = loadConfig(io.cwd, options.config)
  const serverUrl = resolveServerUrl(
    options.serverUrl,
    config.serverUrl,
    io.env,
  )
  const run = lintTemplates({
    root: io.cwd,
    patterns: options.files,
    config,
    collectTemplates: true,
  })
  if (run.summary.files === 0)
    throw new UserError(`no template file matches ${options.files.join(', ')}`)
  const { approved, rejected } = partitionByErrors(run.templates, run.findings)
  for (const template of approved)
    writeLine(
      io.stdout,
      buildTokenUrl(toTokenTemplate(template.fields), serverUrl),
    )
  const errors = run.findings.filter((finding) => finding.severity === 'error')
  if (errors.length === 0) return 0
  const report = formatText(
    { findings: errors, summary: { ...run.summary, warnings: 0, notices: 0 } },
    { color: false, readSource: () => undefined },
  )
  io.stderr(report)
  writeLine(
    io.stderr,
    rejected.length === 1
      ? 'token-templates: 1 template has errors and got no link'
      : `token-templates: ${rejected.length || 'some'} templates have errors and got no link`,
  )
  return 1
}
