import { auditToken } from './audit.js'
import type { AuditedToken } from './audit.js'
import type { OrgApi } from './org-api.js'
import { readOrgToken } from './org-tokens.js'
import type { Governance } from './review.js'
import { sendDecisions, tokenRoutes } from './send-decisions.js'
import type { Outcome } from './send-decisions.js'

export interface AuditRun {
  audited: AuditedToken[]
  /** Tokens left out: expired ones no longer reach anything. */
  expired: number
  /** With `revoke`: what became of each token with an error. */
  outcomes?: Map<number, Outcome>
}

const READ = {
  permission: 'organization_personal_access_tokens',
  level: 'read',
} as const

/**
 * `audit`: the findings on every unexpired token with access to the
 * organization; with `revoke`, the tokens with an error revoked (only those).
 */
export async function runAudit(
  api: OrgApi,
  governance: Governance,
  options: { revoke: boolean; staleDays: number; now: Date },
): Promise<AuditRun> {
  const path = `/orgs/${encodeURIComponent(governance.org)}/personal-access-tokens`
  const tokens = (await api.list(path, READ)).map((item, index) =>
    readOrgToken(item, 'token', index),
  )
  const active = tokens.filter((token) => !token.expired)
  const audited = active.map((token) => auditToken(token, governance, options))
  const run: AuditRun = { audited, expired: tokens.length - active.length }
  if (!options.revoke) return run
  const ids = audited
    .filter(({ findings }) => findings.some((f) => f.severity === 'error'))
    .map(({ token }) => token.id)
  const outcomes = ids.length
    ? await sendDecisions(api, tokenRoutes(governance.org), [
        { ids, action: 'revoke' },
      ])
    : new Map<number, Outcome>()
  return { ...run, outcomes }
}
