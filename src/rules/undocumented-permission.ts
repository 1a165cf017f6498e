import { quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const undocumentedPermissionRule: Rule = {
  id: 'undocumented-permission',
  defaultSeverity: 'warning',
  description:
    "Permission names GitHub's page uses but its permission tables do not list are flagged.",
  docs: [
    'The later version of GitHub\'s token page contradicts itself: its "Make Copilot requests" example link uses `user_copilot_requests=read`, while its account permissions table lists only `copilot_requests` (`write`). Many public links copy the example, so `user_copilot_requests` is accepted (not an `unknown-permission` error) and the link carries it as written, but it is a warning: the documented permission is `copilot_requests: write`.',
    "Use `copilot_requests: write` unless you have checked that your GitHub's token form takes `user_copilot_requests`. Declaring the name under `extra_permissions` in the config silences this warning.",
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const { name } of permissionEntries(template)) {
      const undocumented = template.catalog.undocumented(name)
      if (!undocumented) continue
      const documented = template.catalog.find(undocumented.documentedAs)
      const levels = documented?.levels.join(' or ') ?? ''
      report(
        template.locate(['permissions', name], 'key'),
        `${quote(name)} is not in GitHub's permission tables: ${undocumented.source}; the documented permission is ${undocumented.documentedAs}: ${levels}`,
      )
    }
  }),
}
