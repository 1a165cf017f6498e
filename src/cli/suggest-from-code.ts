import { loadConfig } from '../config/load-config.js'
import type { ApiCall } from '../code/api-call.js'
import type { CodeTemplate } from '../code/code-template.js'
import type { CodeScan } from '../code/find-calls.js'
import { UserError } from '../errors.js'
import { logLine, logSafeJson } from '../format/log-line.js'
import { plural } from '../format/plural.js'
import { importedTemplateYaml } from '../links/import-url.js'
import { lintGeneratedYaml } from '../lint/lint-config.js'
import { SUGGESTED_FILE } from './suggest-command.js'
import { writeLine, type CliIo } from './io.js'

export interface FromCodeOptions {
  patterns: string[]
  format?: string
  name?: string
  description?: string
  target?: string
  config?: string
}

/** One line per call: `file:line:column: what it resolves to (what the code says)`. */
function callLine(call: ApiCall): string {
  const where = `${call.file}:${call.line}:${call.column}`
  if (call.kind === 'rest')
    return `${where}: ${call.route}${call.reason ? ` (${call.reason})` : ''} <- ${call.source}`
  return `${where}: ${call.kind}: ${call.reason ?? ''} <- ${call.source}`
}

/** A YAML comment line: no line break may end it early, no hidden character reorder it. */
const comment = (text: string) => `# ${logLine(text)}`

/**
 * The template YAML with the calls found above it, and after each
 * permission the routes that need it, as comments: the output can be
 * saved as a template file as it is.
 */
function templateYaml(
  scan: CodeScan,
  made: CodeTemplate,
  fields: Record<string, unknown>,
): string {
  const header = [
    comment(
      `From the GitHub API calls in ${plural(scan.files.length, 'file')} (token-templates suggest --from-code):`,
    ),
    ...scan.calls.map((call) => comment(`  ${callLine(call)}`)),
  ]
  const lines = importedTemplateYaml(fields).split('\n')
  let inPermissions = false
  const annotated = lines.map((line) => {
    if (/^\S/.test(line)) inPermissions = line === 'permissions:'
    const permission = inPermissions ? /^ {2}(\w+):/.exec(line)?.[1] : undefined
    const reasons = permission ? made.reasons[permission] : undefined
    if (!reasons?.length) return line
    return `${line} ${comment(reasons.map((r) => r.route).join(', '))}`
  })
  const [modeline, ...rest] = annotated
  return [modeline, ...header, ...rest].join('\n')
}

function summaryOf(scan: CodeScan) {
  const count = (kind: ApiCall['kind']) =>
    scan.calls.filter((call) => call.kind === kind).length
  return {
    files: scan.files.length,
    calls: scan.calls.length,
    rest: count('rest'),
    graphql: count('graphql'),
    unresolved: count('unresolved'),
    syntax_errors: scan.syntaxErrors.length,
    default_token_steps: scan.defaultTokenSteps,
  }
}

/** Files not read, scripts that do not parse, patterns that matched nothing: on stderr. */
function reportScanProblems(scan: CodeScan, io: CliIo): void {
  for (const pattern of scan.unmatched)
    writeLine(io.stderr, `token-templates: warning: ${pattern} matches no file`)
  const graphql = scan.calls.filter((call) => call.kind === 'graphql').length
  const unresolved = scan.calls.filter(
    (call) => call.kind === 'unresolved',
  ).length
  const partial = [
    ...(graphql ? [`${plural(graphql, 'GraphQL call')}`] : []),
    ...(unresolved
      ? [`${plural(unresolved, 'call')} not resolved to a REST route`]
      : []),
  ]
  if (partial.length > 0)
    writeLine(
      io.stderr,
      `token-templates: note: ${partial.join(' and ')} (listed with the calls): the template may lack what ${graphql + unresolved === 1 ? 'it needs' : 'they need'}`,
    )
  // Their calls are not the template's token's: left out, and said once.
  if (scan.defaultTokenSteps > 0)
    writeLine(
      io.stderr,
      `token-templates: note: ${plural(scan.defaultTokenSteps, 'step')} ${scan.defaultTokenSteps === 1 ? 'uses' : 'use'} the workflow's own GITHUB_TOKEN: ${scan.defaultTokenSteps === 1 ? 'its' : 'their'} calls are not counted`,
    )
  for (const { file, reason } of scan.unread)
    writeLine(
      io.stderr,
      `token-templates: warning: ${file} is not read: ${reason}`,
    )
  for (const place of scan.skipped)
    writeLine(
      io.stderr,
      `token-templates: warning: ${place.file}:${place.line}:${place.column}: ${place.message}; the calls in it are missing from the template`,
    )
  for (const error of scan.syntaxErrors)
    writeLine(
      io.stderr,
      `token-templates: error: ${error.file}:${error.line}:${error.column}: ${error.message}; calls near it may be missing from the template`,
    )
}

/**
 * `token-templates suggest --from-code [paths or globs...]`: the GitHub
 * API calls in the code, and the least-privilege template for them. The
 * parser and Octokit's method table load only here.
 */
export async function suggestFromCode(
  options: FromCodeOptions,
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new UserError(
      `--format ${JSON.stringify(format).slice(0, 40)} is not one of text, json`,
    )
  const config = loadConfig(io.cwd, options.config)
  const { findCodeCalls, templateForCalls } = await import('../code/index.js')
  const scan = findCodeCalls(io.cwd, options.patterns)
  // As lint: when nothing named exists, the paths are wrong (exit 2);
  // one that matches nothing among others is a warning.
  if (options.patterns.length > 0 && scan.files.length === 0)
    throw new UserError(
      `no code files found: nothing matches ${options.patterns.map((p) => JSON.stringify(p)).join(', ')}`,
    )
  const made = templateForCalls(scan.calls, options)
  reportScanProblems(scan, io)
  const { suggestion } = made
  if (format === 'json') {
    io.stdout(
      `${logSafeJson(
        {
          calls: scan.calls.map(
            ({ file, line, column, kind, route, reason, source }) => ({
              file,
              line,
              column,
              kind,
              ...(route !== undefined && { route }),
              ...(reason !== undefined && { reason }),
              source,
            }),
          ),
          template: suggestion.ok ? suggestion.fields : null,
          reasons: made.reasons,
          problems: [
            ...made.impossible.map(
              ({ call, why }) =>
                `${call.file}:${call.line}:${call.column}: ${why}`,
            ),
            ...(suggestion.ok ? [] : suggestion.problems),
          ],
          summary: summaryOf(scan),
        },
        2,
      )}\n`,
    )
  } else if (suggestion.ok) {
    io.stdout(`${templateYaml(scan, made, suggestion.fields)}`)
  } else {
    for (const call of scan.calls) writeLine(io.stdout, callLine(call))
  }
  for (const { call, why } of made.leftOut)
    writeLine(
      io.stderr,
      `token-templates: note: ${call.file}:${call.line}:${call.column}: ${call.route} is left out of the template: ${why}`,
    )
  for (const { call, why } of made.impossible)
    writeLine(
      io.stderr,
      `token-templates: error: ${call.file}:${call.line}:${call.column}: ${why}`,
    )
  // A file that does not parse may hide calls: the template may lack what they need.
  const failed = made.impossible.length > 0 || scan.syntaxErrors.length > 0
  if (!suggestion.ok) {
    for (const problem of suggestion.problems)
      writeLine(io.stderr, `token-templates: ${problem}`)
    return 1
  }
  for (const note of suggestion.notes)
    writeLine(io.stderr, `token-templates: note: ${note}`)
  if (format === 'json') return failed ? 1 : 0
  const yaml = importedTemplateYaml(suggestion.fields)
  const result = lintGeneratedYaml(config, SUGGESTED_FILE, yaml, io)
  return failed || result.summary.errors > 0 ? 1 : 0
}
