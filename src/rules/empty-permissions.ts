import { isPlainObject } from '../common/values.js'
import { nameOrStart } from './name-or-start.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { hasMisplacedKeyFor, permissionEntries } from './template-fields.js'

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
