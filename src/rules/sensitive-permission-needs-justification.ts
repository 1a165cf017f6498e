import { limitApplies } from '../config/policy.js'
import { listing } from '../common/quote.js'
import { setting } from './policy-setting.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const sensitivePermissionNeedsJustificationRule: Rule = {
  id: 'sensitive-permission-needs-justification',
  defaultSeverity: 'error',
  description:
    'Templates with sensitive permissions say why, in justification.',
  docs: 'With a `policy` in the config, templates that ask for a sensitive permission (`policy.sensitive_permissions`, by default write access to administration, workflows, secrets, variables, environments, webhooks, members, keys and the organization equivalents) need a `justification:` saying why. It shows in the docs table for the people who approve the token.',
  create: perTemplate((template, report) => {
    const policy = template.policy
    if (!policy) return
    const justification = template.fields.justification
    if (justification !== undefined && typeof justification !== 'string') return // schema
    if (typeof justification === 'string' && justification.trim() !== '') return
    const sensitive = permissionEntries(template).filter(({ name, level }) =>
      policy.sensitivePermissions.some((limit) =>
        limitApplies(limit, name, level),
      ),
    )
    if (sensitive.length === 0) return
    const line = policy.sensitivePermissions.find((limit) =>
      limitApplies(limit, sensitive[0]!.name, sensitive[0]!.level),
    )?.line
    report(
      template.locate(['permissions', sensitive[0]!.name], 'key'),
      `${listing(sensitive.map((entry) => `${entry.name}: ${String(entry.level)}`))} ${sensitive.length === 1 ? 'is' : 'are'} sensitive (${setting(policy, 'sensitive_permissions', line)}): add a justification: that says why the token needs ${sensitive.length === 1 ? 'it' : 'them'}`,
    )
  }),
}
