import type { Finding, LintResult, Severity } from '../lint/finding.js'
import { painter, type Paint, type Style } from './ansi.js'
import { codeFrame } from './code-frame.js'
import { omittedNote } from './omitted-note.js'
import { logLine } from './log-line.js'
import { plural as count } from './plural.js'

export interface TextOptions {
  color: boolean
  /**
   * The file's text, or undefined when it cannot be read (no frame then).
   * A leading byte order mark is dropped: positions count from after it.
   */
  readSource: (file: string) => string | undefined
  /** What the summary counts (default: template, templates): `links` counts links. */
  counted?: readonly [one: string, many: string]
}

const SEVERITY_STYLE: Record<Severity, Style> = {
  error: 'red',
  warning: 'yellow',
  notice: 'cyan',
}

/**
 * Human-readable report: each finding as `file:line:col: severity: message
 * [rule]` with a code frame, then a summary line. Everything taken from
 * template files goes through logLine, so no line can carry terminal
 * escapes or be read as a GitHub workflow command.
 */
export function formatText(result: LintResult, options: TextOptions): string {
  const paint = painter(options.color)
  const lines = linesOf(options.readSource)
  const blocks = result.findings.map((finding) =>
    formatFinding(finding, lines(finding.file), paint),
  )
  const note = omittedNote(result.summary)
  if (note !== undefined) blocks.push([note])
  blocks.push([summaryLine(result, paint, options.counted)])
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n'
}

/** `readSource` split into lines, at most once per file. */
function linesOf(
  readSource: TextOptions['readSource'],
): (file: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>()
  return (file) => {
    if (!cache.has(file)) cache.set(file, sourceLines(readSource(file)))
    return cache.get(file)
  }
}

/**
 * The lines the user sees: the linter decodes files without their byte
 * order mark, so its columns on line 1 count from after it, and an editor
 * does not show it.
 */
function sourceLines(text: string | undefined): string[] | undefined {
  return text?.replace(/^\uFEFF/, '').split(/\r?\n/)
}

function formatFinding(
  finding: Finding,
  lines: string[] | undefined,
  paint: Paint,
): string[] {
  const style = SEVERITY_STYLE[finding.severity]
  const header =
    `${safeFile(finding.file)}:${finding.line}:${finding.column}: ` +
    `${paint(style, finding.severity)}: ${logLine(finding.message)} ` +
    paint('dim', `[${logLine(finding.rule)}]`)
  // Line numbers are 1-based; a missing line (stale file) gets no frame.
  const lineText =
    Number.isInteger(finding.line) && finding.line >= 1
      ? lines?.[finding.line - 1]
      : undefined
  if (lineText === undefined) return [header]
  return [
    header,
    ...codeFrame(lineText, finding, {
      gutter: (text) => paint('dim', text),
      marker: (text) => paint(style, text),
    }),
  ]
}

/**
 * The file name starts the header line, so one that begins with blanks or
 * `:` (the runner trims, then looks for `::`) gets a harmless `./` prefix
 * rather than logLine's escaped colon.
 */
function safeFile(file: string): string {
  return logLine(/^[\s:]/u.test(file) ? `./${file}` : file)
}

/** `✖ 3 problems (1 error, 2 warnings, 0 notices) in 4 templates, 2 files` */
function summaryLine(
  result: LintResult,
  paint: Paint,
  [one, many]: readonly [string, string] = ['template', 'templates'],
): string {
  const { files, templates, errors, warnings, notices } = result.summary
  const problems = errors + warnings + notices
  if (problems === 0) {
    return paint(
      'green',
      `✔ ${count(templates, one, many)} in ${count(files, 'file')}: ` +
        'no problems',
    )
  }
  const style: Style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan'
  return paint(
    style,
    `✖ ${count(problems, 'problem')} (${count(errors, 'error')}, ` +
      `${count(warnings, 'warning')}, ${count(notices, 'notice')}) ` +
      `in ${count(templates, one, many)}, ${count(files, 'file')}`,
  )
}
