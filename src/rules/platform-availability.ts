import {
  DEFAULT_PLATFORM,
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
    "Permissions that no platform's API data names (`copilot_messages`, `discussions`: used by GraphQL or other APIs only) cannot be checked and are not reported. On GitHub.com the catalog counts too: it is GitHub.com's own list. The Enterprise-only permissions (`secret_scanning_bypass_requests`, the dismissal requests, pre-receive hooks, ...) are known with their levels on the platforms that have them, and reported here elsewhere.",
    '```yaml\n# .github/token-templates.config.yml\nplatform: ghes-3.20\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    const platform = template.platform ?? DEFAULT_PLATFORM
    for (const { name } of permissionEntries(template)) {
      // In some platform's API data, yet absent from this one's.
      if (!isInApiData(name) || isAvailableOn(name, platform)) continue
      const elsewhere = platformsWith(name)
      const names = elsewhere.map((p) => PLATFORM_NAMES[p])
      const settings = elsewhere.map((p) => `platform: ${p}`)
      report(
        template.locate(['permissions', name], 'key'),
        `${quote(name)} is not in GitHub's API data for ${PLATFORM_NAMES[platform]} (only for ${listing(names)}): the token form there most likely lacks it; remove it, or if the tokens are for ${elsewhere.length > 1 ? 'one of those' : 'that GitHub'}, set ${settings.join(' or ')} in the config`,
      )
    }
  }),
}
