import { names, scopes } from './owner-scopes.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

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
