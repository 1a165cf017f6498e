import { nameOrStart } from './name-or-start.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { hasMisplacedKeyFor, stringField } from './template-fields.js'

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
