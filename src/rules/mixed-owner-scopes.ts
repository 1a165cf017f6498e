import { names, scopes } from './owner-scopes.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'

export const mixedOwnerScopesRule: Rule = {
  id: 'mixed-owner-scopes',
  defaultSeverity: 'error',
  description:
    'A template does not combine account and organization permissions.',
  docs: 'Account permissions work only when the resource owner is the user creating the token, organization permissions only when it is an organization. One token has one owner, so it can never use both: split the template in two.',
  create: perTemplate((template, report) => {
    const { account, organization, mixed } = scopes(template)
    if (!mixed) return
    // Point at the first permission of whichever scope came second.
    const scoped = [...account, ...organization].sort(
      (x, y) =>
        template.locate(['permissions', x.name]).line -
        template.locate(['permissions', y.name]).line,
    )
    const second = scoped.find(
      (entry) => entry.permission?.scope !== scoped[0]?.permission?.scope,
    )
    report(
      template.locate(['permissions', second!.name], 'key'),
      `account permissions (${names(account)}) and organization permissions (${names(organization)}) cannot be in one token: one needs you as resource owner, the other an organization; split this template in two`,
    )
  }),
}
