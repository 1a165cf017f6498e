import { listing, quote } from '../common/quote.js'
import { TARGET_NAME_PATTERN } from '../schema/template-schema.js'
import { setting } from './policy-setting.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

const SLUG = new RegExp(TARGET_NAME_PATTERN)

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
