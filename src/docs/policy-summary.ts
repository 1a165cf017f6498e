import { describeLimit } from '../config/policy.js'
import type { Policy } from '../config/policy.js'
import { escapeTableCell } from './markdown-escape.js'
import { plural } from '../format/plural.js'

/** The policy in force, in a few lines above the token links table. */
export function renderPolicySummary(policy: Policy | undefined): string {
  if (!policy) return ''
  const rules: string[] = []
  if (policy.maxLifetimeDays) {
    rules.push(
      `tokens expire within ${plural(policy.maxLifetimeDays.days, 'day')}`,
    )
  }
  if (policy.forbiddenPermissions.length) {
    rules.push(
      `forbidden: ${policy.forbiddenPermissions.map(describeLimit).join(', ')}`,
    )
  }
  if (policy.allowedTargets) {
    rules.push(
      `resource owners: ${policy.allowedTargets.patterns.map(escapeTableCell).join(', ')}`,
    )
  }
  if (!policy.allowPersonal.allowed) rules.push('no personal tokens')
  if (policy.requireDescription) rules.push('every token has a description')
  if (policy.sensitivePermissions.length) {
    rules.push(
      `a justification is needed for ${policy.sensitivePermissions.map(describeLimit).join(', ')}`,
    )
  }
  if (rules.length === 0) return ''
  return `**Token policy** (${escapeTableCell(policy.file)}): ${rules.join('; ')}.`
}
