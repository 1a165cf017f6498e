import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadConfig } from '../config/load-config.js'
import {
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  isOutputFormat,
  OUTPUT_FORMATS,
} from '../format/index.js'
import type { OutputFormat } from '../format/index.js'
import { lintTemplates } from '../lint/lint-templates.js'
import type { LintRun } from '../lint/lint-templates.js'
import { findRule, RULES } from '../rules/index.js'
import { HOMEPAGE, VERSION } from '../version.js'
import { writeLine, type CliIo } from './io.js'
import { UserError } from '../errors.js'

export interface LintCommandOptions {
  patterns: string[]
  format?: string
  config?: string
  maxWarnings?: string
  explain?: string
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Infinity
  if (!/^\d+$/.test(value))
    throw new UserError(
      `--max-warnings takes a whole number, not ${JSON.stringify(value)}`,
    )
  return Number(value)
}

function parseFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'text'
  if (!isOutputFormat(format))
    throw new UserError(
      `--format must be one of ${OUTPUT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`,
    )
  return format
}

export function explainRule(id: string): string {
  const rule = findRule(id)
  if (!rule)
    throw new UserError(
      `no rule ${JSON.stringify(id)}: rules are ${RULES.map((r) => r.id).join(', ')}`,
    )
  return `${rule.id} (default: ${rule.defaultSeverity})\n\n${rule.description}\n\n${rule.docs}\n`
}

function render(run: LintRun, format: OutputFormat, io: CliIo): string {
  switch (format) {
    case 'json':
      return formatJson(run)
    case 'github':
      return formatGithub(run)
    case 'sarif':
      return formatSarif(run, RULES, {
        version: VERSION,
        informationUri: HOMEPAGE,
      })
    case 'text': {
      const readable = new Set(run.discovery.files)
      const readSource = (file: string) =>
        readable.has(file)
          ? readFileSync(resolve(io.cwd, file), 'utf8')
          : undefined
      return formatText(run, { color: io.color, readSource })
    }
  }
}

/** `token-templates lint [paths or globs...]`: exit 0 clean, 1 problems, 2 usage. */
export function lintCommand(options: LintCommandOptions, io: CliIo): number {
  if (options.explain !== undefined) {
    io.stdout(explainRule(options.explain))
    return 0
  }
  const format = parseFormat(options.format)
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const config = loadConfig(io.cwd, options.config)
  const run = lintTemplates({
    root: io.cwd,
    patterns: options.patterns,
    config,
  })
  const searched = options.patterns.length ? options.patterns : config.templates
  for (const pattern of run.discovery.unmatched)
    writeLine(
      io.stderr,
      `token-templates: no file matches ${JSON.stringify(pattern)}`,
    )
  if (run.summary.files === 0) {
    throw new UserError(
      `no template files found${searched.length ? ` in ${searched.join(', ')}` : ' in .github/token-templates/'}: pass paths or globs, or set templates in the config`,
    )
  }
  io.stdout(render(run, format, io))
  if (run.summary.errors > 0) return 1
  if (run.summary.warnings > maxWarnings) {
    writeLine(
      io.stderr,
      `token-templates: ${run.summary.warnings} warnings, more than --max-warnings ${maxWarnings}`,
    )
    return 1
  }
  return 0
}
