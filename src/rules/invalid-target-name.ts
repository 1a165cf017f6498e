import { quote } from '../common/quote.js'
import { TARGET_NAME_PATTERN } from '../schema/template-schema.js'
import { hiddenCharactersOf } from './hidden-characters.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

const SLUG = new RegExp(TARGET_NAME_PATTERN)

function targetMessage(target: string): string {
  const slug = target.replace(/\/+$/, '').split('/').pop() ?? ''
  if (target.includes('/') && SLUG.test(slug)) {
    return `target_name takes the owner's slug alone: write ${slug}, not ${quote(target)}`
  }
  if (target.startsWith('@') && SLUG.test(target.slice(1))) {
    return `target_name takes the slug without "@": write ${target.slice(1)}`
  }
  return `${quote(target)} is not a valid user or organization name: use letters, digits and single hyphens (not at either end), at most 39 characters`
}

export const invalidTargetNameRule: Rule = {
  id: 'invalid-target-name',
  defaultSeverity: 'error',
  description: 'target_name is a valid user or organization slug.',
  docs: "The resource owner is given by its slug (`octodemo`), not a URL, an `@`-mention or a display name. GitHub slugs hold letters, digits and single hyphens, not at either end, at most 39 characters (underscores appear in Enterprise Managed Users' logins and are accepted).",
  create: perTemplate((template, report) => {
    const target = stringField(template, 'target_name')
    if (target === undefined || SLUG.test(target)) return
    // hidden-characters names them; quoting the value here would not.
    if (hiddenCharactersOf('target_name', target).length > 0) return
    report(template.locate(['target_name']), targetMessage(target))
  }),
}
