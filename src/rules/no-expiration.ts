import { FIELD_LIMITS } from '../catalog/index.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'

export const noExpirationRule: Rule = {
  id: 'no-expiration',
  defaultSeverity: 'warning',
  description: 'Tokens expire.',
  docs: `\`expires_in: none\` makes a token that stays valid until someone revokes it, and organizations with a maximum-lifetime policy refuse it. Give a number of days (${FIELD_LIMITS.expiresInMinDays} to ${FIELD_LIMITS.expiresInMaxDays}); without \`expires_in\` GitHub uses ${FIELD_LIMITS.defaultExpiresInDays}.`,
  create: perTemplate((template, report) => {
    if (template.fields.expires_in !== 'none') return
    // Under a maximum lifetime, max-lifetime reports it (as an error).
    if (template.policy?.maxLifetimeDays) return
    report(
      template.locate(['expires_in']),
      `a token that never expires stays valid until someone revokes it: set expires_in to a number of days (${FIELD_LIMITS.expiresInMinDays} to ${FIELD_LIMITS.expiresInMaxDays})`,
    )
  }),
}
