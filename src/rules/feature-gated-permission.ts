import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const featureGatedPermissionRule: Rule = {
  id: 'feature-gated-permission',
  defaultSeverity: 'notice',
  description:
    'Permissions that exist only where GitHub ships a feature are flagged.',
  docs: 'Some permissions (`artifact_metadata`) appear only where GitHub has shipped their feature; elsewhere the form drops them. Check that your GitHub offers it.',
  create: perTemplate((template, report) => {
    for (const { name, permission } of permissionEntries(template)) {
      if (!permission?.featureFlag) continue
      report(
        template.locate(['permissions', name], 'key'),
        `${name} exists only where GitHub ships the ${permission.featureFlag} feature: check that your GitHub offers it`,
      )
    }
  }),
}
