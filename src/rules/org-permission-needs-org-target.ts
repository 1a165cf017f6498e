import { names, scopes } from './owner-scopes.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'

export const orgPermissionNeedsOrgTargetRule: Rule = {
  id: 'org-permission-needs-org-target',
  defaultSeverity: 'warning',
  description: 'Organization permissions come with a target_name.',
  docs: 'Without `target_name` the form pre-selects the person creating the token as resource owner, and organization permissions do not apply to a user: the token silently lacks them. Name the organization.',
  create: perTemplate((template, report) => {
    const { organization, mixed } = scopes(template)
    if (mixed || organization.length === 0) return
    if (template.fields.target_name !== undefined) return
    report(
      template.locate(['permissions', organization[0]!.name], 'key'),
      `organization permissions (${names(organization)}) work only when the resource owner is an organization: add target_name: <organization>`,
    )
  }),
}
