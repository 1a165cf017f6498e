import type { Position } from '../lint/finding.js'
import type { TemplateView } from './rule.js'

/** Where to report a missing field: the name's key, or the template's start. */
export function nameOrStart(template: TemplateView): Position {
  return 'name' in template.fields
    ? template.locate(['name'], 'key')
    : template.start()
}
