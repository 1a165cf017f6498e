import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { didYouMean } from '../common/did-you-mean.js'
import { loadConfig } from '../config/load-config.js'
import { DEFAULT_TEMPLATE_GLOB } from '../lint/discover.js'
import { plural } from '../format/plural.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { checkUsedBy, withFindings } from '../lint/used-by.js'
import type { Finding } from '../lint/finding.js'
import { ruleHelpUri } from '../rules/help-uri.js'
import { findRule, RULES } from '../rules/index.js'
import {
  parseFormat,
  parseMaxWarnings,
  renderFindings,
} from './findings-output.js'
import { logLine } from '../format/log-line.js'
import { writeLine, type CliIo } from './io.js'
import { UserError } from '../errors.js'

export interface LintCommandOptions {
  patterns: string[]
  format?: string
  config?: string
  maxWarnings?: string
  /** A rule id: print its documentation instead of linting. */
  explain?: string
  /** After the findings, each rule that has findings and its docs link. */
  explainFindings?: boolean
}

/** A word that can only be meant as a rule id: `--explain no-expiraton`. */
const RULE_LIKE = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/

/**
 * `--explain` is a flag (explain the findings) and `--explain RULE` prints
 * a rule's documentation: the word after it is the rule when it is one, or
 * looks like one (a typo gets "no rule", with the list) and is no path;
 * `--explain=RULE` always is. Returns the other arguments and the rule.
 */
export function splitExplainRule(
  args: readonly string[],
  cwd: string,
): { args: string[]; rule?: string } {
  const rest: string[] = []
  let rule: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      rest.push(...args.slice(i))
      break
    }
    if (arg.startsWith('--explain=')) {
      rule = arg.slice('--explain='.length)
      continue
    }
    const next = args[i + 1]
    if (
      arg === '--explain' &&
      next !== undefined &&
      (findRule(next) !== undefined ||
        (RULE_LIKE.test(next) && !existsSync(resolve(cwd, next))))
    ) {
      rule = next
      i += 1
      continue
    }
    rest.push(arg)
  }
  return rule === undefined ? { args: rest } : { args: rest, rule }
}

export function explainRule(id: string): string {
  const rule = findRule(id)
  if (!rule) {
    const ids = RULES.map((r) => r.id)
    throw new UserError(
      `no rule ${JSON.stringify(id)}${didYouMean(id, ids) || `: rules are ${ids.join(', ')}`}`,
    )
  }
  return `${rule.id} (default: ${rule.defaultSeverity})\n\n${rule.description}\n\n${rule.docs}\n`
}

/**
 * `lint --explain`: each rule that has findings (listed ones), with how many
 * and the link to its section of docs/rules.md; nothing without findings.
 */
export function explainFindings(findings: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byRule.get(finding.rule) ?? []
    list.push(finding)
    byRule.set(finding.rule, list)
  }
  if (byRule.size === 0) return ''
  const rows = [...byRule.keys()].sort().map((id) => {
    const list = byRule.get(id)!
    const counts = (['error', 'warning', 'notice'] as const)
      .map((severity) => {
        const n = list.filter((f) => f.severity === severity).length
        return n === 0 ? '' : plural(n, severity)
      })
      .filter((count) => count !== '')
      .join(', ')
    return { id, counts, uri: ruleHelpUri(id) }
  })
  const idWidth = Math.max(...rows.map((row) => row.id.length))
  const countWidth = Math.max(...rows.map((row) => row.counts.length))
  const lines = [
    `${rows.length === 1 ? 'The rule' : 'Rules'} with findings (token-templates lint --explain RULE prints one in full):`,
    ...rows.map(({ id, counts, uri }) =>
      logLine(`  ${id.padEnd(idWidth)}  ${counts.padEnd(countWidth)}  ${uri}`),
    ),
  ]
  return `${lines.join('\n')}\n`
}

/**
 * The one message for a run that found no template file: what was
 * searched and, where templates belong by default or by the config, how
 * to write a first one.
 */
function noTemplateFiles(
  patterns: readonly string[],
  configured: readonly string[],
  io: CliIo,
): number {
  const searched = patterns.length
    ? patterns
    : configured.length
      ? configured
      : [DEFAULT_TEMPLATE_GLOB]
  const where = searched.map((pattern) => JSON.stringify(pattern)).join(', ')
  const source = patterns.length
    ? ''
    : configured.length
      ? ' (templates in the config)'
      : ' (the default)'
  writeLine(
    io.stderr,
    `token-templates: no template files found: nothing matches ${where}${source}`,
  )
  if (patterns.length) {
    writeLine(
      io.stderr,
      'Check the paths: they are relative to the working directory, and a directory stands for every *.yml and *.yaml file below it.',
    )
    return 2
  }
  const file = configured.length
    ? 'PATH/NAME.yml'
    : '.github/token-templates/NAME.yml'
  const lines = [
    'To start, write a template from a token link, or from the REST endpoints the token calls:',
    ...(configured.length ? [] : ['  mkdir -p .github/token-templates']),
    `  token-templates import 'https://github.com/settings/personal-access-tokens/new?name=…' > ${file}`,
    `  token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}' > ${file}`,
    ...(configured.length
      ? ["where PATH is a folder the config's templates match."]
      : []),
  ]
  for (const line of lines) writeLine(io.stderr, line)
  return 2
}

/** `token-templates lint [paths or globs...]`: exit 0 clean, 1 problems, 2 usage. */
export async function lintCommand(
  options: LintCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.explain !== undefined) {
    io.stdout(explainRule(options.explain))
    return 0
  }
  const format = parseFormat(options.format)
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const config = loadConfig(io.cwd, options.config)
  const linted = lintTemplates({
    root: io.cwd,
    patterns: options.patterns,
    config,
  })
  const usedBy = await checkUsedBy(io.cwd, linted.templates, config)
  const run = withFindings(linted, usedBy.findings)
  // Said once: with no file at all, the one message names every pattern.
  if (run.summary.files === 0)
    return noTemplateFiles(options.patterns, config.templates, io)
  for (const pattern of run.discovery.unmatched)
    writeLine(
      io.stderr,
      `token-templates: no file matches ${JSON.stringify(pattern)}`,
    )
  const readable = new Set([...run.discovery.files, ...usedBy.files])
  io.stdout(
    renderFindings(run, format, io, {
      readSource: (file) =>
        readable.has(file)
          ? readFileSync(resolve(io.cwd, file), 'utf8')
          : undefined,
    }),
  )
  if (options.explainFindings) {
    // After the findings; JSON and SARIF keep stdout one document.
    const explained = explainFindings(run.findings)
    if (format === 'json' || format === 'sarif') io.stderr(explained)
    else io.stdout(explained === '' ? '' : `\n${explained}`)
  }
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
