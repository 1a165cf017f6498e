import { ACCESS_LEVELS, FIELD_LIMITS } from '../catalog/index.js'
import type { AccessLevel, PermissionCatalog } from '../catalog/index.js'
import { quote } from '../common/quote.js'
import { selectionAllows } from '../links/repository-selection.js'
import type { TokenTemplate } from '../links/token-template.js'
import { verbOf } from './org-tokens.js'
import { dayOf, daysBetween, livesWithin } from './token-dates.js'
import type {
  OrgToken,
  PermissionGroup,
  TokenPermission,
} from './org-tokens.js'

/** An approved (lint-clean) template, and where it is: `file#document`. */
export interface GoverningTemplate {
  template: TokenTemplate
  /** `.github/token-templates/deploy.yml#1` (the document's number, from 1). */
  ref: string
}

export type Coverage =
  | { covered: true; template: GoverningTemplate }
  | {
      covered: false
      /** The template with the fewest differences; none when there are no templates. */
      closest?: GoverningTemplate
      differences: string[]
    }

/** What keeps a template from covering a token; `weight` ranks the closest template. */
interface Difference {
  text: string
  /** 2 for a permission the template lacks (further off than a lower level), else 1. */
  weight: number
}

/** The owner scope each group of the API's permissions stands for. */
const SCOPE_OF_GROUP: Record<PermissionGroup, string> = {
  organization: 'organization',
  repository: 'repository',
  other: 'account',
}

/** Text from the API, as is when plain, else quoted: it is untrusted. */
export const shown = (value: string): string =>
  /^[\w.-]{1,60}$/.test(value) ? value : quote(value, 60)

export const permissionText = (permission: TokenPermission): string =>
  `${shown(permission.name)}: ${shown(permission.level)}`

/**
 * Why the catalog cannot vouch for a permission: a name it does not know
 * in that group (an organization permission is never read as a repository
 * one of the same name), or a level the permission does not have.
 * undefined when it is known.
 */
export function unknownPermission(
  permission: TokenPermission,
  catalog: PermissionCatalog,
): string | undefined {
  const known = catalog.find(permission.name)
  const scope = Object.hasOwn(SCOPE_OF_GROUP, permission.group)
    ? SCOPE_OF_GROUP[permission.group]
    : undefined
  if (scope === undefined)
    return `${shown(permission.name)} is in ${shown(permission.group)}, a group of permissions this release does not know`
  if (!known || known.scope !== scope)
    return `${shown(permission.name)} is not ${scope === 'repository' ? 'a' : 'an'} ${scope} permission this release knows`
  if (!(known.levels as readonly string[]).includes(permission.level))
    return `${shown(permission.name)} has no ${shown(permission.level)} level (it has ${known.levels.join(', ')})`
  return undefined
}

const rank = (level: string) =>
  (ACCESS_LEVELS as readonly string[]).indexOf(level)

/** GitHub adds `metadata: read` to every token with repository access. */
const implied = (permission: TokenPermission) =>
  permission.group === 'repository' &&
  permission.name === 'metadata' &&
  permission.level === 'read'

function permissionDifferences(
  token: OrgToken,
  template: TokenTemplate,
): Difference[] {
  const granted: Readonly<Record<string, AccessLevel>> =
    template.permissions ?? {}
  const differences: Difference[] = []
  for (const permission of token.permissions) {
    if (implied(permission)) continue
    const level = Object.hasOwn(granted, permission.name)
      ? granted[permission.name]
      : undefined
    if (level === undefined)
      differences.push({
        text: `${verbOf(token)} ${permissionText(permission)}, which the template does not grant`,
        weight: 2,
      })
    else if (rank(permission.level) < 0 || rank(permission.level) > rank(level))
      differences.push({
        text: `${verbOf(token)} ${permissionText(permission)}, the template grants ${level}`,
        weight: 1,
      })
  }
  return differences
}

/**
 * The expiry the template allows: `expires_in` days after the request
 * (absent: GitHub's default of 30), with livesWithin's day of grace;
 * `none` allows a token that never expires.
 */
function expiryDifference(
  token: OrgToken,
  template: TokenTemplate,
): string | undefined {
  const days = template.expires_in ?? FIELD_LIMITS.defaultExpiresInDays
  if (days === 'none') return undefined
  if (token.expiresAt === undefined)
    return `never expires, the template's tokens expire in ${days} days`
  if (livesWithin(token.since, token.expiresAt, days)) return undefined
  return `expires on ${dayOf(token.expiresAt)}, ${daysBetween(token.since, token.expiresAt)} days after ${dayOf(token.since)}; the template allows ${days}`
}

const SELECTION_WORDS = {
  none: 'public repositories only',
  all: 'all repositories',
  subset: 'selected repositories',
} as const

const TEMPLATE_SELECTION_WORDS = {
  none: 'public repositories only',
  all: 'any repositories',
  selected: 'selected repositories',
} as const

/** What keeps `template` from covering `token`, in the order a reader checks. */
function differences(
  token: OrgToken,
  org: string,
  governing: GoverningTemplate,
): Difference[] {
  const { template } = governing
  const found: Difference[] = []
  const add = (text: string) => found.push({ text, weight: 1 })
  const target = template.target_name
  if (target === undefined)
    add(`the template has no target_name (it must be ${org})`)
  else if (target.toLowerCase() !== org.toLowerCase())
    add(`the template is for ${shown(target)}, not ${org}`)
  found.push(...permissionDifferences(token, template))
  const expiry = expiryDifference(token, template)
  if (expiry) add(expiry)
  if (!selectionAllows(template.repositories, token.repositorySelection))
    add(
      `${token.kind === 'request' ? 'asks for' : 'reaches'} ${SELECTION_WORDS[token.repositorySelection]}, the template allows ${TEMPLATE_SELECTION_WORDS[template.repositories ?? 'selected']} (repositories:)`,
    )
  return found
}

const weightOf = (found: readonly Difference[]) =>
  found.reduce((sum, difference) => sum + difference.weight, 0)

/**
 * The first template that covers the token, else the closest one (the
 * least different, file order on a tie) and what differs. Callers refuse
 * tokens with unknown permissions first: a template cannot cover those.
 */
export function findCoverage(
  token: OrgToken,
  org: string,
  templates: readonly GoverningTemplate[],
): Coverage {
  let closest:
    | { template: GoverningTemplate; weight: number; differences: string[] }
    | undefined
  for (const template of templates) {
    const found = differences(token, org, template)
    if (found.length === 0) return { covered: true, template }
    const weight = weightOf(found)
    if (!closest || weight < closest.weight)
      closest = { template, weight, differences: found.map((d) => d.text) }
  }
  return closest
    ? {
        covered: false,
        closest: closest.template,
        differences: closest.differences,
      }
    : { covered: false, differences: [] }
}
