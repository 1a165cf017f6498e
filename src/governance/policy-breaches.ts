import { describeLimit, limitApplies } from '../config/policy.js'
import type { Policy } from '../config/policy.js'
import { permissionText } from './coverage.js'
import { daysBetween, livesWithin } from './token-dates.js'
import { verbOf } from './org-tokens.js'
import type { OrgToken } from './org-tokens.js'

/** `policy.max_lifetime_days (.github/token-templates.config.yml line 3)` */
const setting = (policy: Policy, key: string, line?: number) =>
  `policy.${key} (${policy.file}${line === undefined ? '' : ` line ${line}`})`

function forbidden(token: OrgToken, policy: Policy): string[] {
  const breaches: string[] = []
  for (const permission of token.permissions) {
    // By name alone: names are unique across groups, and a wrong group
    // must not let a forbidden permission through.
    const limit = policy.forbiddenPermissions.find((candidate) =>
      limitApplies(candidate, permission.name, permission.level),
    )
    if (limit)
      breaches.push(
        `${verbOf(token)} ${permissionText(permission)}, which ${setting(policy, 'forbidden_permissions', limit.line)} forbids (${describeLimit(limit)})`,
      )
  }
  return breaches
}

/**
 * A lifetime over the maximum (with livesWithin's day of grace, as for
 * templates), or no expiry at all, which breaks any maximum.
 */
function lifetime(token: OrgToken, policy: Policy): string[] {
  const max = policy.maxLifetimeDays
  if (!max) return []
  const where = setting(policy, 'max_lifetime_days', max.line)
  if (token.expiresAt === undefined)
    return [`never expires, and ${where} is ${max.days} days`]
  if (livesWithin(token.since, token.expiresAt, max.days)) return []
  return [
    `lives ${daysBetween(token.since, token.expiresAt)} days, more than ${where} allows (${max.days})`,
  ]
}

function target(org: string, policy: Policy): string[] {
  const allowed = policy.allowedTargets
  if (!allowed || allowed.matches(org)) return []
  return [
    `the organization ${org} is not in ${setting(policy, 'allowed_targets', allowed.line)}`,
  ]
}

/**
 * How a token request or token breaks the config's policy, each naming
 * the setting and its line; empty when it keeps to it (or there is none).
 * `allowed_targets` judges requests only: for tokens that already have
 * access, an organization outside it is the config's problem, and must
 * never make audit --revoke revoke every token.
 */
export function policyBreaches(
  token: OrgToken,
  org: string,
  policy: Policy | undefined,
): string[] {
  if (!policy) return []
  return [
    ...(token.kind === 'request' ? target(org, policy) : []),
    ...forbidden(token, policy),
    ...lifetime(token, policy),
  ]
}
