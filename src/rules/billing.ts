import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const billingRule: Rule = {
  id: 'billing',
  defaultSeverity: 'notice',
  description: 'Permissions that cost money are flagged.',
  docs: "`copilot_requests` lets the token make Copilot requests for the user; they count towards the user's premium request allowance, and past it they are billed as overage.",
  create: perTemplate((template, report) => {
    for (const { name, permission } of permissionEntries(template)) {
      if (!permission?.caution) continue
      report(
        template.locate(['permissions', name], 'key'),
        `${name}: ${permission.caution}`,
      )
    }
  }),
}
