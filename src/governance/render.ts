import { quote } from '../common/quote.js'
import { escapeTableCell } from '../docs/markdown-escape.js'
import { plural } from '../format/plural.js'
import { shown } from './coverage.js'
import type { AuditRun } from './audit-run.js'
import type { ReviewRun } from './review-run.js'
import type { VerdictKind } from './review.js'
import type { Outcome } from './send-decisions.js'

/** `review --format json`: the verdicts, and what was sent. */
export function reviewJson(run: ReviewRun): object {
  const count = (kind: VerdictKind) =>
    run.verdicts.filter(({ verdict }) => verdict === kind).length
  return {
    requests: run.verdicts.map(({ request, verdict, template, reason }) => ({
      id: request.id,
      owner: request.owner,
      token_name: request.tokenName,
      verdict,
      template: verdict === 'approve' && template ? template.ref : null,
      reason,
      repository_selection: request.repositorySelection,
      ...(request.repositories && { repositories: request.repositories }),
      ...(run.outcomes?.has(request.id) && {
        outcome: run.outcomes.get(request.id),
      }),
    })),
    summary: {
      approve: count('approve'),
      deny: count('deny'),
      manual: count('manual'),
      applied: run.outcomes !== undefined,
    },
  }
}

/** `audit --format json`: the findings per token, and what was revoked. */
export function auditJson(run: AuditRun): object {
  const findings = run.audited.flatMap(({ findings }) => findings)
  const count = (severity: string) =>
    findings.filter((finding) => finding.severity === severity).length
  return {
    tokens: run.audited.map(({ token, findings }) => ({
      id: token.id,
      owner: token.owner,
      token_name: token.tokenName,
      findings,
      ...(run.outcomes?.has(token.id) && {
        outcome: run.outcomes.get(token.id),
      }),
    })),
    summary: {
      tokens: run.audited.length,
      expired: run.expired,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      revoked: [...(run.outcomes?.values() ?? [])].filter((o) => o === 'sent')
        .length,
    },
  }
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  sent: 'sent',
  'already-reviewed': 'already reviewed by someone else: left alone',
}

const VERDICT_WORDS: Record<VerdictKind, string> = {
  approve: 'approve',
  deny: 'deny',
  manual: 'manual review',
}

/** `request 25381 by octocat, "Some Token"`: API text quoted, it is untrusted. */
const who = (kind: string, id: number, owner: string, name: string) =>
  `${kind} ${id} by ${shown(owner)}, ${quote(name, 60)}`

/** `review` as text lines (the caller prints each through writeLine). */
export function reviewLines(run: ReviewRun): string[] {
  const lines = run.verdicts.map(({ request, verdict, reason }) => {
    const outcome = run.outcomes?.get(request.id)
    return `${who('request', request.id, request.owner, request.tokenName)}: ${VERDICT_WORDS[verdict]}${outcome ? ` (${OUTCOME_WORDS[outcome]})` : ''}: ${reason}`
  })
  const json = reviewJson(run) as { summary: Record<string, number> }
  const { approve, deny, manual } = json.summary
  const tail = run.outcomes
    ? 'approvals and denials sent; manual ones stay pending'
    : 'dry run: nothing sent (--apply sends the approvals and denials)'
  lines.push(
    `${plural(run.verdicts.length, 'pending request')}: ${approve} to approve, ${deny} to deny, ${manual} for manual review; ${tail}`,
  )
  return lines
}

/** `audit` as text lines. */
export function auditLines(run: AuditRun): string[] {
  const lines: string[] = []
  for (const { token, findings } of run.audited) {
    const outcome = run.outcomes?.get(token.id)
    for (const finding of findings)
      lines.push(
        `${who('token', token.id, token.owner, token.tokenName)}: ${finding.severity}: ${finding.message} (${finding.rule})${outcome && finding.severity === 'error' ? ` [revoke: ${OUTCOME_WORDS[outcome]}]` : ''}`,
      )
  }
  const { summary } = auditJson(run) as { summary: Record<string, number> }
  lines.push(
    `${plural(summary.tokens!, 'active token')} (${summary.expired} expired left out): ${plural(summary.errors!, 'error')}, ${plural(summary.warnings!, 'warning')}, ${plural(summary.notices!, 'notice')}${run.outcomes ? `; ${plural(summary.revoked!, 'token')} revoked` : ''}`,
  )
  return lines
}

const cell = (text: string) => escapeTableCell(text)

/** The job summary's table of verdicts. */
export function reviewMarkdown(run: ReviewRun, org: string): string {
  const rows = run.verdicts.map(({ request, verdict, template, reason }) => {
    const outcome = run.outcomes?.get(request.id)
    return `| ${request.id} | ${cell(request.owner)} | ${cell(request.tokenName)} | ${VERDICT_WORDS[verdict]}${outcome ? ` (${cell(OUTCOME_WORDS[outcome])})` : ''} | ${template ? cell(template.ref) : ''} | ${cell(reason)} |`
  })
  const lines = reviewLines(run)
  return [
    `## Token requests in ${cell(org)}`,
    '',
    cell(lines[lines.length - 1]!),
    '',
    ...(rows.length
      ? [
          '| Request | Owner | Token | Verdict | Template | Reason |',
          '| --- | --- | --- | --- | --- | --- |',
          ...rows,
        ]
      : ['No pending requests.']),
    '',
  ].join('\n')
}

/** The job summary's table of audit findings. */
export function auditMarkdown(run: AuditRun, org: string): string {
  const rows = run.audited.flatMap(({ token, findings }) =>
    findings.map(
      (finding) =>
        `| ${token.id} | ${cell(token.owner)} | ${cell(token.tokenName)} | ${finding.severity} | ${finding.rule} | ${cell(finding.message)} |`,
    ),
  )
  const lines = auditLines(run)
  return [
    `## Tokens with access to ${cell(org)}`,
    '',
    cell(lines[lines.length - 1]!),
    '',
    ...(rows.length
      ? [
          '| Token | Owner | Name | Severity | Rule | Finding |',
          '| --- | --- | --- | --- | --- | --- |',
          ...rows,
        ]
      : ['No findings.']),
    '',
  ].join('\n')
}
