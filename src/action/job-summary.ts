import { findHiddenCharacters } from '../common/hidden-characters.js'
import {
  escapeTableCell,
  showHiddenInMarkdown,
} from '../docs/markdown-escape.js'
import type { Finding, LintSummary } from '../lint/finding.js'

/** GitHub refuses step summaries over 1 MiB; stay clear of it. */
export const SUMMARY_BYTE_BUDGET = 1_000_000

export interface PullRequestChanges {
  added: string[]
  modified: string[]
}

export interface JobSummaryInput {
  summary: LintSummary
  /** The token links table (renderLinksTable), or undefined to leave it out. */
  linksTable?: string
  /** A link to a finding's lines at the commit under test, when known. */
  lineUrl?: (finding: Finding) => string | undefined
  pullRequest?: PullRequestChanges
  /** In the order to list them (see orderFindings). */
  findings: readonly Finding[]
  /**
   * Sentences about the run, as markdown written by us: any untrusted text
   * in them must already be escaped.
   */
  notes: readonly string[]
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`

/** Percent-encodes a path for a URL, parentheses too (they end a md link). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()!*']/g,
        (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/')
}

/** `SERVER/OWNER/REPO/blob/SHA/FILE#L3-L4` */
export function blobLineUrl(
  serverUrl: string,
  repository: string,
  sha: string,
  finding: Finding,
): string {
  const lines =
    finding.endLine > finding.line
      ? `L${finding.line}-L${finding.endLine}`
      : `L${finding.line}`
  return `${serverUrl}/${repository}/blob/${sha}/${encodePath(finding.file)}#${lines}`
}

function findingRow(finding: Finding, input: JobSummaryInput): string {
  const place = escapeTableCell(
    `${finding.file}:${finding.line}:${finding.column}`,
  )
  const url = input.lineUrl?.(finding)
  const cells = [
    `${ICON[finding.severity]} ${finding.severity}`,
    `\`${finding.rule}\``,
    url ? `[${place}](${url})` : place,
    escapeTableCell(finding.message),
  ]
  return `| ${cells.join(' | ')} |`
}

function linksSection(table: string | undefined): string {
  if (table === undefined) return ''
  const body =
    Buffer.byteLength(table) < SUMMARY_BYTE_BUDGET / 2
      ? table
      : '_The table is too large for a job summary; see the README._'
  return `\n### Token links\n\n${body}\n`
}

function pullRequestSection(changes: PullRequestChanges | undefined): string[] {
  if (!changes) return []
  // A code span shows a name as it is, unless the name could end the span
  // or the line or holds a hidden character; then escaped text (escapes
  // would show inside a span).
  const name = (file: string) =>
    /^[^`]+$/.test(file) && findHiddenCharacters(file).length === 0
      ? `\`${file}\``
      : escapeTableCell(file)
  const list = (files: string[]) => files.map(name).join(', ')
  const lines = ['### This pull request', '']
  if (changes.added.length) lines.push(`- adds ${list(changes.added)}`)
  if (changes.modified.length) lines.push(`- changes ${list(changes.modified)}`)
  if (!changes.added.length && !changes.modified.length)
    lines.push('- changes no template')
  return [...lines, '']
}

/**
 * The job summary: counts, every finding with a link to its lines (errors
 * first), what the pull request changes, and the token links table. Kept
 * under GitHub's 1 MiB limit by cutting findings rows, with a note.
 */
export function renderJobSummary(input: JobSummaryInput): string {
  const { summary } = input
  const head = [
    '## Token templates',
    '',
    `**${plural(summary.templates, 'template')}** in ${plural(summary.files, 'file')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`,
    '',
    ...input.notes.map((note) => `> ${note}\n`),
    ...pullRequestSection(input.pullRequest),
  ].join('\n')
  const links = linksSection(input.linksTable)
  const budget =
    SUMMARY_BYTE_BUDGET -
    Buffer.byteLength(head) -
    Buffer.byteLength(links) -
    500
  const findings = input.findings
  const rows: string[] = []
  let used = 0
  for (const finding of findings) {
    const row = findingRow(finding, input)
    used += Buffer.byteLength(row) + 1
    if (used > budget) break
    rows.push(row)
  }
  const cut = findings.length - rows.length
  const table =
    findings.length === 0
      ? 'No findings.'
      : [
          '### Findings',
          '',
          '| Severity | Rule | Where | Message |',
          '| --- | --- | --- | --- |',
          ...rows,
        ].join('\n')
  const more =
    cut > 0
      ? `\n\n_…and ${cut} more findings not shown: the summary is limited to 1 MiB. Run \`token-templates lint\` to see all._`
      : ''
  // Template text is escaped where it stands; this catches a hidden
  // character in any text that reached a note or a heading unescaped.
  return showHiddenInMarkdown(`${head}\n${table}${more}\n${links}`)
}
