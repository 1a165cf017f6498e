import { listing } from '../lint/quote.js'
import { perTemplate } from './rule.js'
import type { Rule, TemplateView } from './rule.js'
import { permissionsOfScope, stringField } from './template-fields.js'
import type { PermissionEntry } from './template-fields.js'

/**
 * The three rules about who owns the token's resources. They are checked
 * together so that one problem is reported once: a template that mixes
 * account and organization permissions gets only `mixed-owner-scopes`.
 */

const names = (entries: PermissionEntry[]) =>
  listing(entries.map((entry) => entry.name))

function scopes(template: TemplateView) {
  const account = permissionsOfScope(template, 'account')
  const organization = permissionsOfScope(template, 'organization')
  return {
    account,
    organization,
    mixed: account.length > 0 && organization.length > 0,
  }
}

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

export const accountPermissionWithTargetRule: Rule = {
  id: 'account-permission-with-target',
  defaultSeverity: 'warning',
  description: 'Account permissions come without a fixed target_name.',
  docs: 'Account permissions (`gists`, `emails`, `followers`, ...) apply only when the resource owner is the user creating the token. A fixed `target_name` is either an organization, where they do not apply, or one particular user, so the template works for nobody else.',
  create: perTemplate((template, report) => {
    const { account, mixed } = scopes(template)
    const target = stringField(template, 'target_name')
    if (mixed || account.length === 0 || target === undefined) return
    report(
      template.locate(['target_name']),
      `account permissions (${names(account)}) apply only when the resource owner is the user creating the token: remove target_name so each user gets their own`,
    )
  }),
}
