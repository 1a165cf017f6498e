import {
  DEFAULT_PLATFORM,
  findDataPermission,
  isAvailableOn,
  isInApiData,
  PLATFORM_NAMES,
  platformsWith,
} from '../endpoints/index.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const platformAvailabilityRule: Rule = {
  id: 'platform-availability',
  defaultSeverity: 'warning',
  description:
    "Permissions exist on the config's platform (github.com, ghec or ghes-3.20), per GitHub's API data.",
  docs: [
    "GitHub.com, GitHub Enterprise Cloud and GitHub Enterprise Server do not offer the same permissions: Codespaces and Copilot ones are missing from Enterprise Server, pre-receive hooks exist only there. Set `platform:` in the config (`github.com`, the default; `ghec`; `ghes-3.20`) and a permission that GitHub's API data for that platform lacks is reported: the token form there would most likely drop it.",
    "Permissions that no platform's API data names (`copilot_messages`, `discussions`: used by GraphQL or other APIs only) cannot be checked and are not reported. On GitHub.com the catalog counts too: it is GitHub.com's own list.",
    '```yaml\n# .github/token-templates.config.yml\nplatform: ghes-3.20\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    const platform = template.platform ?? DEFAULT_PLATFORM
    for (const { name } of permissionEntries(template)) {
      // Known to this run (catalog or API data), yet absent here.
      if (!template.catalog.find(name) && !findDataPermission(name)) continue
      if (!isInApiData(name) || isAvailableOn(name, platform)) continue
      const elsewhere = platformsWith(name).map((p) => PLATFORM_NAMES[p])
      report(
        template.locate(['permissions', name], 'key'),
        `${quote(name)} is not in GitHub's API data for ${PLATFORM_NAMES[platform]} (only for ${listing(elsewhere)}): the token form there most likely lacks it; remove it, or set platform: in the config to the GitHub these tokens are for`,
      )
    }
  }),
}
