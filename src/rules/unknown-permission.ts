import {
  CLASSIC_SCOPES,
  MISSING_CAPABILITIES,
  NON_PERMISSION_PARAMETERS,
  replaceClassicScopes,
} from '../catalog/index.js'
import type { PermissionCatalog } from '../catalog/index.js'
import {
  findDataPermission,
  isInApiData,
  PLATFORM_NAMES,
  platformsWith,
} from '../endpoints/index.js'
import { listing, quote } from '../common/quote.js'
import { permissionNameMeaning } from './permission-name-meaning.js'
import { normalizeName } from '../catalog/names-people-use.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

/**
 * A link parameter that is no permission (`scopes`, `type`, a repository
 * selection, a misspelt field): what it is and what to do instead, never
 * extra_permissions or a permission that merely looks alike.
 */
function nonPermissionMessage(
  name: string,
  value: unknown,
): string | undefined {
  const parameter = NON_PERMISSION_PARAMETERS.get(name.toLowerCase())
  if (!parameter) return undefined
  let instead = parameter.instead
  if (parameter === NON_PERMISSION_PARAMETERS.get('scopes')) {
    const { scopes, permissions, withoutEquivalent, unknown } =
      replaceClassicScopes(value)
    const parts: string[] = []
    if (permissions.length > 0)
      parts.push(
        `for ${listing(scopes.filter((scope) => !withoutEquivalent.includes(scope)))} use ${listing(permissions)} under permissions (at the levels the token needs)`,
      )
    if (withoutEquivalent.length > 0)
      parts.push(
        `fine-grained tokens have no equivalent of ${listing(withoutEquivalent)}`,
      )
    if (unknown.length > 0)
      parts.push(
        `${listing(unknown.map((word) => quote(word, 40)))} ${unknown.length > 1 ? 'are' : 'is'} no classic scope`,
      )
    if (parts.length > 0) instead = parts.join('; ')
  }
  return `${quote(name)} is no permission: it is ${parameter.what}, which GitHub's fine-grained token form ignores; ${instead}`
}

// The engine shows at most 100 findings per file: past this many unknown
// permissions in one template, messages skip the costly look for a meaning.
const MEANINGS_PER_TEMPLATE = 100

export function unknownPermissionMessage(
  name: string,
  catalog: PermissionCatalog,
  value?: unknown,
  explain = true,
): string {
  // `&amp;` in a script, a text file or Markdown code is sent as is.
  if (name.startsWith('amp;'))
    return `${quote(name)} comes from "&amp;" outside HTML, which is sent as is: write & between parameters`
  const parameter = nonPermissionMessage(name, value)
  if (parameter) return parameter
  // `write:packages` and `write_packages` mean the same missing thing.
  const missing = MISSING_CAPABILITIES.get(normalizeName(name))
  if (missing) {
    return `fine-grained tokens cannot ${missing.capability} (${quote(name)} is no permission): ${missing.instead}`
  }
  const classic = CLASSIC_SCOPES.get(name.toLowerCase())
  if (classic) {
    const instead = classic.length
      ? `use ${listing(classic)} instead`
      : 'fine-grained tokens have no equivalent'
    return `${quote(name)} is a scope of classic tokens, not a fine-grained permission: ${instead}`
  }
  const platforms = platformsWith(name)
  if (platforms.length > 0 && !platforms.includes(catalog.platform)) {
    const where = listing(platforms.map((platform) => PLATFORM_NAMES[platform]))
    const settings = platforms.map((platform) => `platform: ${platform}`)
    return `${quote(name)} is not a permission of ${PLATFORM_NAMES[catalog.platform]}: GitHub's API data has it for ${where} only; if the tokens are for ${platforms.length > 1 ? 'one of those' : 'that GitHub'}, set ${settings.join(' or ')} in the config`
  }
  // `read:audit_log`, `manage_billing:copilot`: a colon belongs to classic
  // scopes; no fine-grained permission merely looks like one.
  if (name.includes(':'))
    return `${quote(name)} looks like a scope of classic tokens (fine-grained permissions have no colon): list the fine-grained permissions the token needs under permissions; token-templates suggest finds them from the REST endpoints it calls`
  const meaning = explain ? permissionNameMeaning(name, catalog) : undefined
  if (meaning?.startsWith('did you mean'))
    return `unknown permission ${quote(name)}: ${meaning}`
  if (meaning) return meaning
  return `unknown permission ${quote(name)}: not in GitHub's list of fine-grained permissions (if GitHub added it recently, declare it under extra_permissions in the config)`
}

export const unknownPermissionRule: Rule = {
  id: 'unknown-permission',
  defaultSeverity: 'error',
  description: 'Every permission is one GitHub knows.',
  docs: [
    "GitHub silently ignores a link parameter it does not know, so a misspelt permission yields a token without it. The message says what the name most likely means, and only when it is sure: a typo (`pull_request` → `pull_requests`; a word swapped, as in `dependabot_alerts` for `dependabot_secrets`, is no typo and gets no suggestion), a label of GitHub's form (`Commit statuses` → `statuses`; `Webhooks` → `repository_hooks` or `organization_hooks`), a key of a workflow's `permissions:` block (`pull-requests`, `id-token`), a GitHub App permission (`email_addresses` → `emails`), a REST path word (`starred` → `starring`; `pulls` names the permissions its endpoints need) or a classic scope (`repo`, `admin:org`). It says what to use for things fine-grained tokens cannot do (`packages`, `checks`, user-owned `projects`, several organizations, enterprise administration).",
    'Link parameters that are no permission get their own message instead: `scopes` of classic-token links (with the fine-grained permissions for the listed scopes), `type`, a repository selection (`repos`, `repository`, `repo_access`, ...: a link cannot pre-fill repository access, the user picks repositories in the form) and misspelt fields (`desc`, `expiration`, `owner`, ...).',
    "A permission GitHub shipped after this tool's catalog can be declared under `extra_permissions` in the config. One that GitHub's API data already lists is only a warning (`permission-not-in-catalog`).",
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    let reported = 0
    for (const entry of permissionEntries(template)) {
      if (entry.permission) continue
      // In GitHub's API data (of any platform): permission-not-in-catalog
      // or platform-availability reports it, as a warning.
      if (findDataPermission(entry.name) || isInApiData(entry.name)) continue
      reported += 1
      report(
        template.locate(['permissions', entry.name], 'key'),
        unknownPermissionMessage(
          entry.name,
          template.catalog,
          entry.level,
          reported <= MEANINGS_PER_TEMPLATE,
        ),
      )
    }
  }),
}
