import { plural } from '../format/plural.js'
import {
  findHiddenCharacters,
  showHiddenKeepingLines,
} from '../common/hidden-characters.js'
import {
  escapeTableCell,
  showHiddenInMarkdown,
} from '../docs/markdown-escape.js'
import { codeFence } from '../docs/stale-table.js'
import type { Finding, LintSummary } from '../lint/finding.js'

/** GitHub refuses step summaries over 1 MiB; stay clear of it. */
export const SUMMARY_BYTE_BUDGET = 1_000_000

/** A README patch larger than this is left to the log. */
export const PATCH_BYTE_BUDGET = SUMMARY_BYTE_BUDGET / 4

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
  /**
   * Whole sections after the findings (renderStaleTableSection): markdown
   * written by us, every untrusted part already made safe, hidden
   * characters shown.
   */
  sections?: readonly string[]
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

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
  const sections = (input.sections ?? []).map((section) => `\n${section}\n`)
  const budget =
    SUMMARY_BYTE_BUDGET -
    Buffer.byteLength(head) -
    Buffer.byteLength(links) -
    Buffer.byteLength(sections.join('')) -
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
      ? `\n\n_…and ${plural(cut, 'more finding', 'more findings')} not shown: the summary is limited to 1 MiB. Run \`token-templates lint\` to see all._`
      : ''
  // Template text is escaped where it stands; this catches a hidden
  // character in any text that reached a note or a heading unescaped.
  // The sections show theirs already, as code blocks need (a tab or a
  // CRLF kept, so that a patch in one still applies).
  return (
    showHiddenInMarkdown(`${head}\n${table}${more}\n`) +
    sections.join('') +
    showHiddenInMarkdown(links)
  )
}

/** A fenced code block that nothing in `text` can close early. */
function codeBlock(text: string, info: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`
  const fence = codeFence(body)
  return `${fence}${info}\n${body}${fence}`
}

/** Lines added and removed by a unified diff, headers left out. */
function diffStat(diff: string): { added: number; removed: number } {
  const lines = diff.split('\n')
  return {
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++ '))
      .length,
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('--- '))
      .length,
  }
}

/**
 * The job summary's section on a stale README table: the command that
 * rewrites it and the exact patch, in code blocks that README or template
 * text cannot leave (fences longer than any backtick run in them; inside
 * a code block, HTML and markdown are text). A patch over
 * PATCH_BYTE_BUDGET is left to the log.
 */
export function renderStaleTableSection(options: {
  readme: string
  /** The unified diff of the README (readmeDiff). */
  diff: string
  /** The command that rewrites the table (docsCommandLine). */
  command: string
}): string {
  const diff = showHiddenKeepingLines(options.diff)
  const readme = escapeTableCell(options.readme)
  const lines = [
    '### Stale token links table',
    '',
    `The table in ${readme} is not the one the templates give. Update it from the repository root and commit the result:`,
    '',
    codeBlock(showHiddenKeepingLines(options.command), 'sh'),
    '',
  ]
  const bytes = Buffer.byteLength(diff)
  if (bytes > PATCH_BYTE_BUDGET) {
    lines.push(
      `_The patch (${bytes} bytes) is too large for a job summary: the step's log shows it._`,
    )
  } else {
    const { added, removed } = diffStat(diff)
    // Hidden characters near the table are shown as <U+…> in the patch,
    // so it no longer matches the file: offer it to read, not to apply.
    const applicable = diff === options.diff
    lines.push(
      applicable
        ? 'Or, with nothing to install, save the patch below as `token-links.patch` and run `git apply token-links.patch`.'
        : 'The patch below shows hidden characters of the README as `<U+…>`, so `git apply` would not take it: run the command above instead.',
      '',
      `<details open><summary>Patch: ${plural(added, 'line')} added, ${removed} removed</summary>`,
      '',
      codeBlock(diff, 'diff'),
      '',
      '</details>',
    )
  }
  return lines.join('\n')
}
