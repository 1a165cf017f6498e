import type { PermissionCatalog } from '../catalog/index.js'
import { listing, quote } from '../common/quote.js'
import type { Rule } from './rule.js'

export type OwnerType = 'User' | 'Organization'

/** Reported by the Action after it looks the owner up; no visitor here. */
export const targetOwnerTypeRule: Rule = {
  id: 'target-owner-type',
  defaultSeverity: 'error',
  description:
    'target_name is the kind of owner its permissions need (checked by the Action with the API).',
  docs: 'When the Action has a token, it looks up each `target_name` (`GET /users/{name}`) and reports organization permissions on a user, and account permissions on an organization: the token would silently lack them. When the lookup fails (no token, rate limit, network), the Action says so in a notice and this check is skipped.',
}

/** What is wrong with the permissions for an owner of `type`, if anything. */
export function ownerTypeProblem(
  fields: Readonly<Record<string, unknown>>,
  type: OwnerType,
  catalog: PermissionCatalog,
): string | undefined {
  const permissions = fields.permissions
  if (typeof permissions !== 'object' || permissions === null) return undefined
  const names = Object.keys(permissions)
  const ofScope = (scope: string) =>
    names.filter((name) => catalog.find(name)?.scope === scope)
  const target = quote(fields.target_name)
  if (type === 'User' && ofScope('organization').length > 0) {
    return `${target} is a user, but organization permissions (${listing(ofScope('organization'))}) need an organization as resource owner`
  }
  if (type === 'Organization' && ofScope('account').length > 0) {
    return `${target} is an organization, but account permissions (${listing(ofScope('account'))}) apply only to the user creating the token`
  }
  return undefined
}
