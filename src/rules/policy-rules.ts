import { describeLimit, limitApplies } from '../config/policy.js'
import type { Policy } from '../config/policy.js'
import { FIELD_LIMITS } from '../catalog/index.js'
import { listing, quote } from '../lint/quote.js'
import { TARGET_NAME_PATTERN } from '../schema/template-schema.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries, stringField } from './template-fields.js'

const SLUG = new RegExp(TARGET_NAME_PATTERN)

/** "policy.max_lifetime_days, .github/token-templates.config.yml:3" */
function setting(
  policy: Policy,
  name: string,
  line: number | undefined,
): string {
  return line === undefined
    ? `policy.${name} (default)`
    : `policy.${name}, ${policy.file}:${line}`
}

export const maxLifetimeRule: Rule = {
  id: 'max-lifetime',
  defaultSeverity: 'error',
  description: "expires_in stays within the policy's max_lifetime_days.",
  docs: "Mirrors GitHub's maximum-lifetime policy for personal access tokens: with `policy.max_lifetime_days: 90`, `expires_in: 120` and `expires_in: none` are errors. A template without `expires_in` gets GitHub's default of 30 days, which organizations shorten to their policy.",
  create: perTemplate((template, report) => {
    const limit = template.policy?.maxLifetimeDays
    const expires = template.fields.expires_in
    if (!limit || expires === undefined) return
    if (typeof expires === 'number' && expires <= limit.days) return
    // Values the schema refuses (400, 1.5, "never") are the schema's to report.
    const valid =
      expires === 'none' ||
      (Number.isInteger(expires) &&
        (expires as number) <= FIELD_LIMITS.expiresInMaxDays)
    if (!valid) return
    const asked =
      expires === 'none' ? 'a token that never expires' : `${expires} days`
    report(
      template.locate(['expires_in']),
      `${asked} is over the policy's maximum lifetime of ${limit.days} days (${setting(template.policy!, 'max_lifetime_days', limit.line)}): set expires_in to ${limit.days} or less`,
    )
  }),
}

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

export const targetNotAllowedRule: Rule = {
  id: 'target-not-allowed',
  defaultSeverity: 'error',
  description: 'target_name is an owner the policy allows.',
  docs: '`policy.allowed_targets` lists the only resource owners templates may name, as glob patterns (`octodemo`, `octo-*`, case-insensitive). `policy.allow_personal: false` refuses templates without `target_name`, whose tokens would be owned by whoever creates them.',
  create: perTemplate((template, report) => {
    const policy = template.policy
    if (!policy) return
    const target = stringField(template, 'target_name')
    if (target === undefined && template.fields.target_name === undefined) {
      if (policy.allowPersonal.allowed) return
      report(
        template.locate(['name'], 'key'),
        `the policy allows no personal tokens (${setting(policy, 'allow_personal', policy.allowPersonal.line)}): add target_name with an allowed owner`,
      )
      return
    }
    const allowed = policy.allowedTargets
    if (target === undefined || !allowed || allowed.matches(target)) return
    if (!SLUG.test(target)) return // invalid-target-name reports it
    report(
      template.locate(['target_name']),
      `${quote(target)} is not an owner the policy allows (${setting(policy, 'allowed_targets', allowed.line)}: ${listing(allowed.patterns)})`,
    )
  }),
}

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
