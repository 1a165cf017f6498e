import { listing } from '../common/quote.js'
import type { TemplateView } from './rule.js'
import { permissionsOfScope } from './template-fields.js'
import type { PermissionEntry } from './template-fields.js'

/**
 * Shared by the three rules about who owns the token's resources
 * (mixed-owner-scopes, org-permission-needs-org-target,
 * account-permission-with-target). They are checked together so that one
 * problem is reported once: a template that mixes account and organization
 * permissions gets only `mixed-owner-scopes`.
 */

export const names = (entries: PermissionEntry[]) =>
  listing(entries.map((entry) => entry.name))

export function scopes(template: TemplateView) {
  const account = permissionsOfScope(template, 'account')
  const organization = permissionsOfScope(template, 'organization')
  return {
    account,
    organization,
    mixed: account.length > 0 && organization.length > 0,
  }
}
