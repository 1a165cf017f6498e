import { describeLimit, limitApplies } from '../config/policy.js'
import { setting } from './policy-setting.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const forbiddenPermissionRule: Rule = {
  id: 'forbidden-permission',
  defaultSeverity: 'error',
  description: 'No template asks for a permission the policy forbids.',
  docs: '`policy.forbidden_permissions` lists permissions (`organization_administration`: any level) or levels (`administration: write`: write and above; read stays allowed) that no template may ask for.',
  create: perTemplate((template, report) => {
    const policy = template.policy
    if (!policy) return
    for (const { name, level } of permissionEntries(template)) {
      const limit = policy.forbiddenPermissions.find((l) =>
        limitApplies(l, name, level),
      )
      if (!limit) continue
      report(
        template.locate(['permissions', name]),
        `the policy forbids ${describeLimit(limit)} (${setting(policy, 'forbidden_permissions', limit.line)}): ${limit.level && limit.level !== 'read' ? `ask for less than ${limit.level}, or ` : ''}remove it`,
      )
    }
  }),
}
