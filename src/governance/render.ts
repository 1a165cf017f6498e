import { quote } from '../common/quote.js'
import { escapeTableCell } from '../docs/markdown-escape.js'
import { plural } from '../format/plural.js'
import type { AuditRun } from './audit-run.js'
import { shown } from './coverage.js'
import { MAX_REPOSITORY_LISTS } from './review-run.js'
import type { ReviewRun } from './review-run.js'
import type { VerdictKind } from './review.js'
import type { Outcome, Sending } from './send-decisions.js'

/** What became of a sent review, in JSON and in words. */
const REVIEW_OUTCOMES: Record<Outcome, { json: string; words: string }> = {
  sent: { json: 'sent', words: 'sent' },
  'already-decided': {
    json: 'already-reviewed',
    words: 'already reviewed by someone else: left alone',
  },
  refused: { json: 'refused', words: 'refused by GitHub (404 or 422)' },
  unknown: {
    json: 'unknown',
    words: 'unknown: the call failed, and GitHub may have acted on it',
  },
  'not-sent': {
    json: 'not-sent',
    words: 'not sent: sending stopped at an error',
  },
}

/** What became of a revocation, in JSON and in words. */
const REVOKE_OUTCOMES: Record<Outcome, { json: string; words: string }> = {
  sent: { json: 'revoked', words: 'revoked' },
  'already-decided': { json: 'already-revoked', words: 'already revoked' },
  refused: { json: 'refused', words: 'refused by GitHub (404 or 422)' },
  unknown: {
    json: 'unknown',
    words: 'unknown: the call failed, and GitHub may have acted on it',
  },
  'not-sent': {
    json: 'not-sent',
    words: 'not revoked: sending stopped at an error',
  },
}

const VERDICT_WORDS: Record<VerdictKind, string> = {
  approve: 'approve',
  deny: 'deny',
  manual: 'manual review',
}

/** How many ids had each outcome. */
function outcomeCounts(sending: Sending | undefined): Record<Outcome, number> {
  const counts: Record<Outcome, number> = {
    sent: 0,
    'already-decided': 0,
    refused: 0,
    unknown: 0,
    'not-sent': 0,
  }
  for (const outcome of sending?.outcomes.values() ?? []) counts[outcome] += 1
  return counts
}

/** `2 sent, 1 already reviewed by someone else`: the outcomes that happened. */
function sendingWords(sending: Sending, words: typeof REVIEW_OUTCOMES): string {
  const counts = outcomeCounts(sending)
  const parts = (Object.keys(counts) as Outcome[])
    .filter((outcome) => counts[outcome] > 0)
    .map((outcome) => `${counts[outcome]} ${words[outcome].words}`)
  return parts.length ? parts.join(', ') : 'nothing to send'
}

const countVerdicts = (run: ReviewRun, kind: VerdictKind) =>
  run.verdicts.filter(({ verdict }) => verdict === kind).length

/** `review --format json`: the verdicts, and what was sent. */
export function reviewJson(run: ReviewRun): object {
  const counts = outcomeCounts(run.sending)
  return {
    requests: run.verdicts.map(({ request, verdict, template, reason }) => {
      const outcome = run.sending?.outcomes.get(request.id)
      return {
        id: request.id,
        owner: request.owner,
        token_name: request.tokenName,
        verdict,
        template: verdict === 'approve' && template ? template.ref : null,
        reason,
        repository_selection: request.repositorySelection,
        ...(request.repositories && { repositories: request.repositories }),
        ...(outcome && { outcome: REVIEW_OUTCOMES[outcome].json }),
      }
    }),
    summary: {
      approve: countVerdicts(run, 'approve'),
      deny: countVerdicts(run, 'deny'),
      manual: countVerdicts(run, 'manual'),
      applied: run.sending !== undefined,
      sent: counts.sent,
      reviewed_meanwhile: run.vanished,
      repositories_not_listed: run.unlisted,
    },
  }
}

const auditCount = (run: AuditRun, severity: string) =>
  run.audited
    .flatMap(({ findings }) => findings)
    .filter((finding) => finding.severity === severity).length

/** `audit --format json`: the findings per token, and what was revoked. */
export function auditJson(run: AuditRun): object {
  return {
    tokens: run.audited.map(({ token, findings }) => {
      const outcome = run.sending?.outcomes.get(token.id)
      return {
        id: token.id,
        owner: token.owner,
        token_name: token.tokenName,
        findings,
        ...(outcome && { outcome: REVOKE_OUTCOMES[outcome].json }),
      }
    }),
    summary: {
      tokens: run.audited.length,
      expired: run.expired,
      errors: auditCount(run, 'error'),
      warnings: auditCount(run, 'warning'),
      notices: auditCount(run, 'notice'),
      revoked: outcomeCounts(run.sending).sent,
    },
  }
}

/** `request 25381 by octocat, "Some Token"`: API text shown safely, it is untrusted. */
const who = (kind: string, id: number, owner: string, name: string) =>
  `${kind} ${id} by ${shown(owner)}, ${quote(name, 60)}`

/** How the reader turns a dry run into a real one: `--apply`, or the Action's `apply: true`. */
export type ApplyHint = '--apply' | 'apply: true'

/** The last line of `review`: the counts, and what was sent. */
export function reviewSummaryLine(
  run: ReviewRun,
  applyHint: ApplyHint = '--apply',
): string {
  const tail = run.sending
    ? `${sendingWords(run.sending, REVIEW_OUTCOMES)}; manual ones stay pending`
    : `dry run: nothing sent (${applyHint} sends the approvals and denials)`
  const notes = [
    ...(run.vanished
      ? [
          `${plural(run.vanished, 'request')} reviewed by someone else while this ran: left out`,
        ]
      : []),
    ...(run.unlisted
      ? [
          `repositories not listed for ${plural(run.unlisted, 'request')} (${MAX_REPOSITORY_LISTS} lists a run)`,
        ]
      : []),
  ]
  return `${plural(run.verdicts.length, 'pending request')}: ${countVerdicts(run, 'approve')} to approve, ${countVerdicts(run, 'deny')} to deny, ${countVerdicts(run, 'manual')} for manual review; ${tail}${notes.map((note) => `; ${note}`).join('')}`
}

/** `review` as text lines (the caller prints each through writeLine). */
export function reviewLines(
  run: ReviewRun,
  applyHint: ApplyHint = '--apply',
): string[] {
  const lines = run.verdicts.map(({ request, verdict, reason }) => {
    const outcome = run.sending?.outcomes.get(request.id)
    return `${who('request', request.id, request.owner, request.tokenName)}: ${VERDICT_WORDS[verdict]}${outcome ? ` (${REVIEW_OUTCOMES[outcome].words})` : ''}: ${reason}`
  })
  return [...lines, reviewSummaryLine(run, applyHint)]
}

/** The last line of `audit`: the counts, and what was revoked. */
export function auditSummaryLine(run: AuditRun): string {
  const revoked = run.sending
    ? `; ${run.sending.outcomes.size ? sendingWords(run.sending, REVOKE_OUTCOMES) : 'nothing to revoke'}`
    : ''
  return `${plural(run.audited.length, 'active token')} (${run.expired} expired left out): ${plural(auditCount(run, 'error'), 'error')}, ${plural(auditCount(run, 'warning'), 'warning')}, ${plural(auditCount(run, 'notice'), 'notice')}${revoked}`
}

/** `audit` as text lines: each finding, then each revocation. */
export function auditLines(run: AuditRun): string[] {
  const lines: string[] = []
  for (const { token, findings } of run.audited)
    for (const finding of findings)
      lines.push(
        `${who('token', token.id, token.owner, token.tokenName)}: ${finding.severity}: ${finding.message} (${finding.rule})`,
      )
  for (const { token } of run.audited) {
    const outcome = run.sending?.outcomes.get(token.id)
    if (outcome)
      lines.push(
        `${who('token', token.id, token.owner, token.tokenName)}: ${REVOKE_OUTCOMES[outcome].words}`,
      )
  }
  return [...lines, auditSummaryLine(run)]
}

const cell = (text: string) => escapeTableCell(text)

/** The job summary's table of verdicts. */
export function reviewMarkdown(run: ReviewRun, org: string): string {
  // The Action's reader sets an input, not a flag.
  const rows = run.verdicts.map(({ request, verdict, template, reason }) => {
    const outcome = run.sending?.outcomes.get(request.id)
    const covering = verdict === 'approve' && template ? cell(template.ref) : ''
    return `| ${request.id} | ${cell(request.owner)} | ${cell(request.tokenName)} | ${VERDICT_WORDS[verdict]}${outcome ? ` (${cell(REVIEW_OUTCOMES[outcome].words)})` : ''} | ${covering} | ${cell(reason)} |`
  })
  return [
    `## Token requests in ${cell(org)}`,
    '',
    cell(reviewSummaryLine(run, 'apply: true')),
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
  const rows = run.audited.flatMap(({ token, findings }) => {
    const outcome = run.sending?.outcomes.get(token.id)
    return findings.map(
      (finding) =>
        `| ${token.id} | ${cell(token.owner)} | ${cell(token.tokenName)} | ${finding.severity} | ${finding.rule} | ${cell(finding.message)}${outcome && finding.severity === 'error' ? ` (${cell(REVOKE_OUTCOMES[outcome].words)})` : ''} |`,
    )
  })
  return [
    `## Tokens with access to ${cell(org)}`,
    '',
    cell(auditSummaryLine(run)),
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

/**
 * The Action's review outputs: with `apply`, what was sent (so a
 * workflow can act on what happened); in a dry run, the verdicts.
 */
export function reviewOutputs(run: ReviewRun): {
  approved: number
  denied: number
  manual: number
} {
  const done = (kind: VerdictKind) =>
    run.sending
      ? run.verdicts.filter(
          ({ request, verdict }) =>
            verdict === kind &&
            run.sending!.outcomes.get(request.id) === 'sent',
        ).length
      : countVerdicts(run, kind)
  return {
    approved: done('approve'),
    denied: done('deny'),
    manual: countVerdicts(run, 'manual'),
  }
}
