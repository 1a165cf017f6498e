import { FIELD_LIMITS } from '../catalog/index.js'
import { setting } from './policy-setting.js'
import { plural } from '../format/plural.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'

export const maxLifetimeRule: Rule = {
  id: 'max-lifetime',
  defaultSeverity: 'error',
  description: "expires_in stays within the policy's max_lifetime_days.",
  docs: "Mirrors GitHub's maximum-lifetime policy for personal access tokens: with `policy.max_lifetime_days: 90`, `expires_in: 120` and `expires_in: none` are errors. A template without `expires_in` gets GitHub's default of 30 days, which organizations shorten to their policy.",
  create: perTemplate((template, report) => {
    const limit = template.policy?.maxLifetimeDays
    const expires = template.fields.expires_in
    if (!limit || expires === undefined) return
    if (typeof expires === 'number' && expires <= limit.days) return
    // Values the schema refuses (400, 1.5, "never") are the schema's to report.
    const valid =
      expires === 'none' ||
      (Number.isInteger(expires) &&
        (expires as number) <= FIELD_LIMITS.expiresInMaxDays)
    if (!valid) return
    const asked =
      expires === 'none' ? 'a token that never expires' : `${expires} days`
    report(
      template.locate(['expires_in']),
      `${asked} is over the policy's maximum lifetime of ${plural(limit.days, 'day')} (${setting(template.policy!, 'max_lifetime_days', limit.line)}): set expires_in to ${limit.days} or less`,
    )
  }),
}
