import {
  DEFAULT_PLATFORM,
  findDataPermission,
  isAvailableOn,
} from '../endpoints/index.js'
import type { DataPermission } from '../endpoints/index.js'
import { quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule, TemplateView } from './rule.js'
import { permissionEntries } from './template-fields.js'

/**
 * A permission of the template that the run's catalog lacks but GitHub's
 * API data lists, and that exists on the template's platform: this rule's
 * (a warning), not unknown-permission's (an error). On a platform whose
 * data lacks it, platform-availability reports it instead.
 */
function uncataloguedPermission(
  template: TemplateView,
  name: string,
): DataPermission | undefined {
  if (template.catalog.find(name)) return undefined
  const known = findDataPermission(name)
  if (!known) return undefined
  return isAvailableOn(name, template.platform ?? DEFAULT_PLATFORM)
    ? known
    : undefined
}

export const permissionNotInCatalogRule: Rule = {
  id: 'permission-not-in-catalog',
  defaultSeverity: 'warning',
  description:
    "Permissions missing from the catalog but listed in GitHub's API data are flagged.",
  docs: [
    'The catalog copies GitHub\'s "Managing your personal access tokens" page; GitHub\'s REST API data names a few permissions that page did not list yet (`agent_secrets`, `copilot_agent_settings`, `issue_fields`, ...). Such a permission is most likely real but new, so it is a warning rather than an `unknown-permission` error; its levels cannot be checked.',
    'Check that your GitHub offers it on the token form, then declare it under `extra_permissions` in the config (with its scope and levels) to silence this warning.',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const { name } of permissionEntries(template)) {
      const known = uncataloguedPermission(template, name)
      if (!known) continue
      report(
        template.locate(['permissions', name], 'key'),
        `${quote(name)} is not in the catalog yet; GitHub's API data lists it as ${known.title}, ${known.scope} permission: check it exists on your GitHub, or declare it under extra_permissions`,
      )
    }
  }),
}
