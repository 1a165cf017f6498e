import { loadConfig } from '../config/load-config.js'
import { UserError } from '../errors.js'
import { formatText } from '../format/index.js'
import { Linter } from '../lint/engine.js'
import type { Finding } from '../lint/finding.js'
import { linterOptions } from '../lint/lint-config.js'
import { importedTemplateYaml, importTokenUrl } from '../links/import-url.js'
import { writeLine, type CliIo } from './io.js'

const IMPORTED_FILE = 'imported.yml'

/**
 * `token-templates import URL`: prints the template YAML, then lints it so
 * unknown parameters and invalid values are reported on stderr. Exit 1 on
 * a lint error, an import error (a parameter given twice with different
 * values) or warning; notices alone leave exit 0.
 */
export function importCommand(
  links: string[],
  configPath: string | undefined,
  io: CliIo,
): number {
  if (links.length !== 1)
    throw new UserError(
      'import takes exactly one link (quote it: the shell treats & specially)',
    )
  const { fields, notes, errors, notices, placeholders } = importTokenUrl(
    links[0]!,
  )
  const yaml = importedTemplateYaml(fields)
  io.stdout(yaml)
  for (const error of errors)
    writeLine(io.stderr, `token-templates: error: ${error}`)
  for (const note of notes)
    writeLine(io.stderr, `token-templates: warning: ${note}`)
  for (const notice of notices)
    writeLine(io.stderr, `token-templates: notice: ${notice}`)
  const config = loadConfig(io.cwd, configPath)
  const linter = new Linter(linterOptions(config))
  linter.lintText(IMPORTED_FILE, yaml)
  const result = linter.finish()
  const findings = result.findings.filter(
    (finding) => !importExplains(finding, placeholders),
  )
  const count = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).length
  const summary = {
    ...result.summary,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
  }
  if (findings.length > 0)
    io.stderr(
      formatText(
        { findings, summary },
        { color: false, readSource: () => yaml },
      ),
    )
  return summary.errors > 0 || errors.length > 0 || notes.length > 0 ? 1 : 0
}

/**
 * Lint findings that say what import already said, better: a target_name
 * that is a placeholder (a notice said to replace it) is not an invalid
 * owner name. (A link without a name gets lint's missing-name warning.)
 */
function importExplains(
  finding: Finding,
  placeholders: readonly string[],
): boolean {
  return (
    placeholders.includes('target_name') &&
    finding.rule === 'invalid-target-name'
  )
}
