import { auditToken } from './audit.js'
import type { AuditedToken } from './audit.js'
import type { OrgApi } from './org-api.js'
import { readOrgTokens } from './org-tokens.js'
import type { OrgToken } from './org-tokens.js'
import type { Governance } from './review.js'
import { sendDecisions, tokenRoutes } from './send-decisions.js'
import type { Sending } from './send-decisions.js'

export interface AuditRun {
  audited: AuditedToken[]
  /** Tokens left out: expired ones no longer reach anything. */
  expired: number
  /** With `revoke`: what became of each token with an error. */
  sending?: Sending
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
  const list = async () => readOrgTokens(await api.list(path, READ), 'token')
  // A lifetime counts from the grant, or from now if GitHub dates it later.
  const clamp = (token: OrgToken) => {
    if (token.since > options.now) token.since = options.now
    return token
  }
  const tokens = (await list()).map(clamp)
  const active = tokens.filter((token) => !token.expired)
  const audited = active.map((token) => auditToken(token, governance, options))
  const run: AuditRun = { audited, expired: tokens.length - active.length }
  if (!options.revoke) return run
  const ids = audited
    .filter(({ findings }) => findings.some((f) => f.severity === 'error'))
    .map(({ token }) => token.id)
  const pending = async () => new Set((await list()).map((token) => token.id))
  const sending = ids.length
    ? await sendDecisions(
        api,
        tokenRoutes(governance.org),
        [{ ids, action: 'revoke' }],
        pending,
      )
    : { outcomes: new Map() }
  return { ...run, sending }
}
