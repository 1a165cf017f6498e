import { omittedNote } from './omitted-note.js'
import { severityRank, type Finding, type LintResult } from '../lint/finding.js'

/** Escapes a command's message as `@actions/core` does. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property's value as `@actions/core` does. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * One workflow command per finding (`::error file=…::message`), errors
 * first, then warnings, then notices; nothing at all for no findings.
 */
export function formatGithub(result: LintResult): string {
  const findings = result.findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        a.index - b.index,
    )
  const note = omittedNote(result.summary)
  const closing =
    note === undefined ? '' : `::notice::${escapeCommandData(note)}\n`
  return (
    findings.map(({ finding }) => command(finding) + '\n').join('') + closing
  )
}

function command(finding: Finding): string {
  const properties: [string, string | number][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', finding.rule],
  ]
  // Like @actions/core, leave out empty values rather than send `key=`.
  const list = properties
    .filter(([, value]) => value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',')
  const head = list === '' ? finding.severity : `${finding.severity} ${list}`
  return `::${head}::${escapeCommandData(finding.message)}`
}
