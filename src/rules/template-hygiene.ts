import { FIELD_LIMITS } from '../catalog/index.js'
import { perTemplate } from './rule.js'
import type { Position } from '../lint/finding.js'
import type { Rule, TemplateView } from './rule.js'
import {
  hasMisplacedKeyFor,
  isPlainObject,
  permissionEntries,
  stringField,
} from './template-fields.js'

/** Where to report a missing field: the name's key, or the template's start. */
function nameOrStart(template: TemplateView): Position {
  return 'name' in template.fields
    ? template.locate(['name'], 'key')
    : template.start()
}

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

export const missingDescriptionRule: Rule = {
  id: 'missing-description',
  defaultSeverity: 'warning',
  description: 'Templates say what the token is for.',
  docs: 'The description is pre-filled in the token form and shows in the README table. People creating the token, and organization owners approving it, read it to decide.',
  create: perTemplate((template, report) => {
    const description = stringField(template, 'description')
    if (description !== undefined && description.trim() !== '') return
    if (template.fields.description !== undefined && description === undefined)
      return // wrong type: schema
    if (hasMisplacedKeyFor(template, 'description')) return // a typo: schema
    const at =
      'description' in template.fields
        ? template.locate(['description'], 'key')
        : nameOrStart(template)
    const required = template.policy?.requireDescription
    const policy = required
      ? ` (required by policy.require_description, ${template.policy!.file}:${required.line})`
      : ''
    report(
      at,
      `add a description that says what the token is for: it is pre-filled in the form and read by whoever approves the token${policy}`,
    )
  }),
}

export const emptyPermissionsRule: Rule = {
  id: 'empty-permissions',
  defaultSeverity: 'warning',
  description: 'Templates grant at least one permission.',
  docs: 'A token without permissions can only read public resources, which needs no token at all. Add the permissions the token is for.',
  create: perTemplate((template, report) => {
    const permissions = template.fields.permissions
    if (permissions !== undefined && !isPlainObject(permissions)) return // wrong type: schema
    if (permissionEntries(template).length > 0) return
    if (
      permissions === undefined &&
      hasMisplacedKeyFor(template, 'permissions')
    )
      return // schema
    const at =
      permissions === undefined
        ? nameOrStart(template)
        : template.locate(['permissions'], 'key')
    report(
      at,
      'this template grants no permission: add the ones the token needs under permissions:, such as contents: read',
    )
  }),
}

export const redundantMetadataRule: Rule = {
  id: 'redundant-metadata',
  defaultSeverity: 'notice',
  description:
    'metadata: read is not listed next to other repository permissions.',
  docs: 'GitHub grants `metadata: read` with every repository permission, so listing it beside one adds nothing. Keep it only when it is the sole permission.',
  create: perTemplate((template, report) => {
    const entries = permissionEntries(template)
    const metadata = entries.find((entry) => entry.name === 'metadata')
    if (metadata?.level !== 'read') return
    const others = entries.filter(
      (entry) =>
        entry.permission?.scope === 'repository' && entry.name !== 'metadata',
    )
    if (others.length === 0) return
    report(
      template.locate(['permissions', 'metadata'], 'key'),
      `metadata: read comes with every repository permission (here ${others[0]!.name}): remove this line`,
    )
  }),
}

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
