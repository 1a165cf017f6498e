import type { Severity } from '../lint/finding.js'
import { findCoverage, unknownPermission } from './coverage.js'
import type { OrgToken } from './org-tokens.js'
import { policyBreaches } from './policy-breaches.js'
import { DAY_MS, dayOf } from './token-dates.js'
import type { Governance } from './review.js'
import { unmatchedReason } from './review.js'

export const AUDIT_RULES = [
  'token-exceeds-policy',
  'token-without-template',
  'token-stale',
] as const
export type AuditRule = (typeof AUDIT_RULES)[number]

export interface AuditFinding {
  rule: AuditRule
  severity: Severity
  message: string
}

export interface AuditedToken {
  token: OrgToken
  findings: AuditFinding[]
}

/**
 * Unused for `staleDays` or more: since its last use, or since access was
 * granted when it was never used.
 */
function staleness(
  token: OrgToken,
  now: Date,
  staleDays: number,
): string | undefined {
  const last = token.lastUsedAt ?? token.since
  const days = Math.floor((now.getTime() - last.getTime()) / DAY_MS)
  if (days < staleDays) return undefined
  return token.lastUsedAt
    ? `unused for ${days} days (last used ${dayOf(token.lastUsedAt)}); revoke it if nobody needs it`
    : `never used in the ${days} days since access was granted (${dayOf(token.since)}); revoke it if nobody needs it`
}

/**
 * The findings on one token with access: what breaks the policy (an
 * error), what no approved template covers (a warning; the lifetime is
 * counted from when access was granted), what goes unused (a notice).
 */
export function auditToken(
  token: OrgToken,
  governance: Governance,
  options: { now: Date; staleDays: number },
): AuditedToken {
  const findings: AuditFinding[] = policyBreaches(
    token,
    governance.org,
    governance.policy,
  ).map((message) => ({
    rule: 'token-exceeds-policy',
    severity: 'error',
    message: `breaks the policy: ${message}`,
  }))
  const unknown = token.permissions
    .map((permission) => unknownPermission(permission, governance.catalog))
    .filter((reason): reason is string => reason !== undefined)
  if (unknown.length)
    findings.push({
      rule: 'token-without-template',
      severity: 'warning',
      message: `no approved template can cover it: ${unknown.join('; ')}`,
    })
  else {
    const coverage = findCoverage(token, governance.org, governance.templates)
    if (!coverage.covered)
      findings.push({
        rule: 'token-without-template',
        severity: 'warning',
        message: unmatchedReason(coverage),
      })
  }
  const stale = staleness(token, options.now, options.staleDays)
  if (stale)
    findings.push({ rule: 'token-stale', severity: 'notice', message: stale })
  return { token, findings }
}
