import { CLASSIC_SCOPES } from './missing-capabilities.js'

/**
 * A query parameter found in real token links that is no fine-grained
 * permission and no field of GitHub's form (name, description, target_name,
 * expires_in): the form ignores it. Sources: GitHub's page "Managing your
 * personal access tokens", section "Pre-filling fine-grained personal
 * access token details using URL parameters" (the supported parameters are
 * the four fields and the permissions), and its steps for creating a token
 * (repository access is chosen in the form).
 */
export interface LinkParameter {
  /** What people mean by it, e.g. "the scopes of a classic-token link". */
  readonly what: string
  /** What to do instead; `scopes` adds the permissions for its value. */
  readonly instead: string
}

const SCOPES: LinkParameter = {
  what: 'the scope list of classic-token links (/settings/tokens/new?scopes=...)',
  instead:
    'list the fine-grained permissions the token needs under permissions',
}

const TOKEN_TYPE: LinkParameter = {
  what: 'a token type (old links used type=beta while fine-grained tokens were in beta)',
  instead:
    'remove it: /settings/personal-access-tokens/new always opens the fine-grained form',
}

const REPOSITORY_SELECTION: LinkParameter = {
  what: 'a repository selection',
  instead:
    'a link cannot pre-fill repository access: the user picks the repositories in the form (All repositories or Only select repositories); name the repositories in description',
}

const field = (name: string): LinkParameter => ({
  what: `a misspelling of the link field ${name}`,
  instead: `write it as ${name}: at the top level of the template, not under permissions`,
})

/**
 * Parameters that are not permissions, by lowercase name. Names of
 * permissions (`repository_hooks`, ...) and classic scopes (`repo`) are
 * not listed: those have their own meaning.
 */
export const NON_PERMISSION_PARAMETERS: ReadonlyMap<string, LinkParameter> =
  new Map([
    ['scopes', SCOPES],
    ['scope', SCOPES],
    ['type', TOKEN_TYPE],
    ['repo_access', REPOSITORY_SELECTION],
    ['repository_access', REPOSITORY_SELECTION],
    ['repos', REPOSITORY_SELECTION],
    ['repositories', REPOSITORY_SELECTION],
    ['repository', REPOSITORY_SELECTION],
    ['repository_names', REPOSITORY_SELECTION],
    ['repository_ids', REPOSITORY_SELECTION],
    ['selected_repositories', REPOSITORY_SELECTION],
    ['desc', field('description')],
    ['descripton', field('description')],
    ['discription', field('description')],
    ['token_name', field('name')],
    ['title', field('name')],
    ['expiration', field('expires_in')],
    ['expires', field('expires_in')],
    ['expiry', field('expires_in')],
    ['target', field('target_name')],
    ['owner', field('target_name')],
    ['resource_owner', field('target_name')],
  ])

/** The classic scopes of a `scopes` value, mapped to fine-grained permissions. */
export interface ScopesReplacement {
  /** Known classic scopes of the value, in order, without repeats. */
  readonly scopes: readonly string[]
  /** The fine-grained permissions that cover them, without repeats. */
  readonly permissions: readonly string[]
  /** Known classic scopes that fine-grained tokens have nothing for. */
  readonly withoutEquivalent: readonly string[]
  /** Words of the value that are no classic scope (as written). */
  readonly unknown: readonly string[]
}

/**
 * Reads a `scopes` value as a classic-token link has it (`repo,read:org`,
 * spaces or `+` also separate) or as a YAML list.
 */
export function replaceClassicScopes(value: unknown): ScopesReplacement {
  const words = (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.split(/[\s,+]+/))
    .filter((word) => word !== '')
  const scopes: string[] = []
  const permissions: string[] = []
  const withoutEquivalent: string[] = []
  const unknown: string[] = []
  for (const word of words) {
    const scope = word.toLowerCase()
    const replacement = CLASSIC_SCOPES.get(scope)
    if (!replacement) {
      if (!unknown.includes(word)) unknown.push(word)
      continue
    }
    if (scopes.includes(scope)) continue
    scopes.push(scope)
    if (replacement.length === 0) withoutEquivalent.push(scope)
    for (const permission of replacement)
      if (!permissions.includes(permission)) permissions.push(permission)
  }
  return { scopes, permissions, withoutEquivalent, unknown }
}
