import type { PermissionCatalog } from '../catalog/index.js'
import type { Policy } from '../config/policy.js'
import { quote } from '../common/quote.js'
import { findCoverage, unknownPermission } from './coverage.js'
import type { Coverage, GoverningTemplate } from './coverage.js'
import type { OrgToken } from './org-tokens.js'
import { policyBreaches } from './policy-breaches.js'

/** What governance judges by: the organization, its approved templates and the policy. */
export interface Governance {
  org: string
  templates: readonly GoverningTemplate[]
  policy?: Policy
  catalog: PermissionCatalog
}

export type VerdictKind = 'approve' | 'deny' | 'manual'

export interface Verdict {
  request: OrgToken
  verdict: VerdictKind
  /** The template that covers it (approve), else the closest one, if any. */
  template?: GoverningTemplate
  /** Why, in words for the requester and the log: at most 1,024 characters (GitHub's limit). */
  reason: string
}

/** GitHub's limit on a review's reason. */
export const MAX_REASON_LENGTH = 1024

/** A reason cut to GitHub's limit, whole characters kept. */
export function limitReason(reason: string): string {
  if (reason.length <= MAX_REASON_LENGTH) return reason
  let cut = ''
  for (const character of reason) {
    if (cut.length + character.length > MAX_REASON_LENGTH - 1) break
    cut += character
  }
  return `${cut}…`
}

export const templateLabel = (governing: GoverningTemplate): string =>
  `${governing.template.name !== '' ? `${quote(governing.template.name, 60)} ` : ''}(${governing.ref})`

/** Why no template covers a token: the closest template and what differs. */
export function unmatchedReason(
  coverage: Coverage & { covered: false },
): string {
  if (!coverage.closest) return 'no approved template to match'
  return `no approved template covers it; closest: ${templateLabel(coverage.closest)}: ${coverage.differences.join('; ')}`
}

/**
 * The verdict on one pending request: deny what breaks the policy,
 * approve what an approved template covers, leave the rest to a person
 * (or deny it with `denyUnmatched`). A permission the catalog does not
 * know is never approved.
 */
export function judgeRequest(
  request: OrgToken,
  governance: Governance,
  options: { denyUnmatched: boolean },
): Verdict {
  const unmatched: VerdictKind = options.denyUnmatched ? 'deny' : 'manual'
  const verdict = (
    kind: VerdictKind,
    reason: string,
    template?: GoverningTemplate,
  ): Verdict => ({
    request,
    verdict: kind,
    ...(template && { template }),
    reason: limitReason(reason),
  })
  const breaches = policyBreaches(request, governance.org, governance.policy)
  if (breaches.length)
    return verdict('deny', `breaks the policy: ${breaches.join('; ')}`)
  const unknown = request.permissions
    .map((permission) => unknownPermission(permission, governance.catalog))
    .filter((reason): reason is string => reason !== undefined)
  if (unknown.length)
    return verdict(unmatched, `cannot be judged: ${unknown.join('; ')}`)
  const coverage = findCoverage(request, governance.org, governance.templates)
  if (coverage.covered)
    return verdict(
      'approve',
      `matches the approved template ${templateLabel(coverage.template)}`,
      coverage.template,
    )
  return verdict(unmatched, unmatchedReason(coverage), coverage.closest)
}
