import { CURATED_NAMES, normalizeName } from '../catalog/names-people-use.js'
import type { NameMeaning } from '../catalog/names-people-use.js'
import type {
  AccessLevel,
  OwnerScope,
  PermissionCatalog,
} from '../catalog/index.js'
import { convincingMatches } from '../common/did-you-mean.js'
import { listing, quote } from '../common/quote.js'
import {
  DATA_PERMISSIONS,
  ENTERPRISE_ONLY_PERMISSIONS,
  findDataPermission,
  isAvailableOn,
  isInApiData,
  PLATFORM_NAMES,
  pathSegments,
  pathWordUses,
  platformsWith,
} from '../endpoints/index.js'
import type { PathWordUse } from '../endpoints/index.js'

/** A permission a label stands for, with its owner scope. */
interface Labelled {
  readonly name: string
  readonly scope: OwnerScope
  /** The label as GitHub writes it, e.g. `Commit statuses`. */
  readonly label: string
}

/** What a catalog's permissions are called, indexed once per catalog. */
interface Names {
  /** Normalized label -> the permissions it labels. */
  readonly labels: ReadonlyMap<string, readonly Labelled[]>
  /** What a typo may be a typo of: names and one-permission labels. */
  readonly typoTargets: ReadonlyMap<string, Labelled>
  /** Every word of a name, label or REST path: no typo of another. */
  readonly vocabulary: ReadonlySet<string>
  /** The words of each typo target, split once. */
  readonly targetWords: ReadonlyMap<string, readonly string[]>
}

/** How people prefix a label with its owner: `organization_webhooks`. */
const SCOPE_PREFIXES: ReadonlyArray<readonly [RegExp, OwnerScope]> = [
  [/^(?:organization|org)_/, 'organization'],
  [/^(?:repository|repo)_/, 'repository'],
  [/^(?:user|account)_/, 'account'],
]

const namesOfCatalog = new WeakMap<PermissionCatalog, Names>()

/** One index per catalog: a run asks about many names. */
function namesOf(catalog: PermissionCatalog): Names {
  let names = namesOfCatalog.get(catalog)
  if (!names) {
    names = buildNames(catalog)
    namesOfCatalog.set(catalog, names)
  }
  return names
}

/**
 * The labels of GitHub's token form (catalog display names, the API data's
 * titles, Enterprise-only ones) and the names, as the messages compare them.
 */
function buildNames(catalog: PermissionCatalog): Names {
  const labels = new Map<string, Labelled[]>()
  const add = (
    label: string,
    name: string,
    scope: OwnerScope,
    shown = label,
  ) => {
    const key = normalizeName(label)
    const labelled = labels.get(key) ?? []
    if (!labelled.some((entry) => entry.name === name))
      labelled.push({ name, scope, label: shown })
    labels.set(key, labelled)
  }
  for (const p of catalog.permissions) add(p.displayName, p.name, p.scope)
  // The API data's titles, shown as the form's label where the catalog has one.
  for (const p of DATA_PERMISSIONS)
    add(p.title, p.name, p.scope, catalog.find(p.name)?.displayName)
  for (const p of ENTERPRISE_ONLY_PERMISSIONS)
    add(p.displayName, p.name, p.scope)
  const typoTargets = new Map<string, Labelled>()
  for (const [key, labelled] of labels)
    if (labelled.length === 1) typoTargets.set(key, labelled[0]!)
  for (const p of [...catalog.permissions, ...DATA_PERMISSIONS]) {
    const label = 'displayName' in p ? p.displayName : p.title
    typoTargets.set(p.name, { name: p.name, scope: p.scope, label })
  }
  const vocabulary = new Set<string>()
  for (const key of [
    ...labels.keys(),
    ...typoTargets.keys(),
    ...pathSegments(),
  ])
    for (const word of key.split('_')) vocabulary.add(word)
  const targetWords = new Map(
    [...typoTargets.keys()].map((key) => [key, key.split('_')] as const),
  )
  return { labels, typoTargets, vocabulary, targetWords }
}

const q = (name: string) => quote(name)

const sameLetters = (a: string, b: string) =>
  a.replace(/_/g, '') === b.replace(/_/g, '')

/** Where an Enterprise-only permission exists, when the run's GitHub lacks it. */
function platformCaveat(name: string, catalog: PermissionCatalog): string {
  if (!isInApiData(name) || isAvailableOn(name, catalog.platform)) return ''
  // The run's catalog has it (Enterprise-only ones for their platform).
  if (catalog.find(name) && catalog.platform !== 'github.com') {
    if (ENTERPRISE_ONLY_PERMISSIONS.some((p) => p.name === name)) return ''
  }
  const platforms = platformsWith(name)
  return ` (GitHub's API data for ${PLATFORM_NAMES[catalog.platform]} lacks ${name}; it has it for ${listing(platforms.map((p) => PLATFORM_NAMES[p]))}${platforms.includes(catalog.platform) ? '' : `: set ${platforms.map((p) => `platform: ${p}`).join(' or ')} in the config if the tokens are for that`})`
}

function labelMessage(
  written: string,
  permissions: readonly Labelled[],
  catalog: PermissionCatalog,
): string {
  const [only] = permissions
  if (permissions.length === 1 && only) {
    const caveat = platformCaveat(only.name, catalog)
    return normalizeName(only.label) === normalizeName(written)
      ? `${q(written)} is how GitHub labels the permission ${q(only.name)}: use the key ${q(only.name)}${caveat}`
      : `${q(written)} reads as the ${only.scope} permission GitHub's token form labels ${q(only.label)}: use the key ${q(only.name)}${caveat}`
  }
  const each = permissions.map((p) => `${q(p.name)} (${p.scope})`)
  return `${q(written)} is how GitHub labels ${listing(each)}: use the key of the one for the token's resource owner`
}

const SOURCE_WORDS: Record<NameMeaning['source'], string> = {
  spelling: 'a spelling',
  'display name': "a label of GitHub's token form",
  'actions key':
    "a key of a workflow's permissions: block (for GITHUB_TOKEN), not a fine-grained permission",
  'app permission':
    'a GitHub App permission, not a fine-grained token permission',
  'rest path': 'a REST path word',
}

function curatedMessage(written: string, meaning: NameMeaning): string {
  const what = `${q(written)} is ${SOURCE_WORDS[meaning.source]}`
  if (meaning.permissions.length === 0) return `${what}: ${meaning.note}`
  const names = listing(meaning.permissions.map(q))
  const instead =
    meaning.source === 'display name'
      ? `; the permission is ${names}`
      : `; for fine-grained tokens it is ${names}`
  return `${what}${instead}${meaning.note ? ` (${meaning.note})` : ''}`
}

/** What the endpoints of one REST resource need, said as exactly as the data allows. */
function resourceNeeds(use: PathWordUse): { text: string; exact: boolean } {
  const under = `endpoints under ${use.under}`
  const sets = use.sameSets
  if (sets?.length === 1)
    return {
      text: `${under} need ${listing(Object.keys(sets[0]!).map(q))}`,
      exact: true,
    }
  if (sets && sets.every((set) => Object.keys(set).length === 1))
    return {
      text: `${under} need ${sets.map((set) => q(Object.keys(set)[0]!)).join(' or ')}`,
      exact: true,
    }
  const each = use.permissions.map(
    ([name, count]) => `${q(name)} (${count} of ${use.endpoints})`,
  )
  return {
    text: `${under} name ${listing(each)}, depending on the endpoint`,
    exact: false,
  }
}

function pathWordMessage(
  written: string,
  uses: readonly PathWordUse[],
): string {
  const needs = uses.map(resourceNeeds)
  const advice = needs.every((need) => need.exact)
    ? ''
    : '; list the endpoints the token calls under endpoints: (or run token-templates suggest) to learn which'
  return `${q(written)} is no permission: per GitHub's REST data, ${needs.map((need) => need.text).join('; ')}${advice}`
}

/** `members_read`, `read_members`: a permission with a level glued on. */
function withoutLevel(
  key: string,
): { name: string; level: AccessLevel } | undefined {
  const after = /^(.+)_(read|write|admin)$/.exec(key)
  if (after) return { name: after[1]!, level: after[2] as AccessLevel }
  const before = /^(read|write|admin)_(.+)$/.exec(key)
  if (before) return { name: before[2]!, level: before[1] as AccessLevel }
  return undefined
}

/**
 * The permissions an owner-prefixed name stands for: a label of that
 * owner's permission (`org_webhooks`) or its name (`user_emails`).
 */
function ownerPrefixed(
  key: string,
  names: Names,
  catalog: PermissionCatalog,
): Labelled[] {
  for (const [prefix, scope] of SCOPE_PREFIXES) {
    if (!prefix.test(key)) continue
    const rest = key.replace(prefix, '')
    const ofScope = (names.labels.get(rest) ?? []).filter(
      (entry) => entry.scope === scope,
    )
    if (ofScope.length > 0) return ofScope
    const permission = catalog.find(rest)
    if (permission?.scope === scope)
      return [{ name: rest, scope, label: permission.displayName }]
  }
  return []
}

/**
 * What a name that is no permission of this run most likely means, or
 * undefined when nothing is convincing: a permission spelt another way, a
 * label of GitHub's form, a workflow or GitHub App permission, a REST
 * resource, or a typo of one of those. Never a permission that merely
 * looks alike: no suggestion beats a wrong one.
 */
export function permissionNameMeaning(
  written: string,
  catalog: PermissionCatalog,
): string | undefined {
  const key = normalizeName(written)
  if (key === '') return undefined
  const names = namesOf(catalog)
  const known = (name: string) =>
    catalog.find(name) !== undefined ||
    findDataPermission(name) !== undefined ||
    isInApiData(name)
  const label = names.labels.get(key)
  // "Administration" labels a repository and an organization permission:
  // name both, even though one of them is spelt `administration`.
  if (label && label.length > 1) return labelMessage(written, label, catalog)
  if (key !== written && known(key))
    return `did you mean ${q(key)}?${platformCaveat(key, catalog)}`
  const glued = withoutLevel(key)
  // `admin` also ends names (codespaces_lifecycle_admin): read it as a
  // level only where the permission has that level.
  const bare =
    glued &&
    (glued.level === 'admin'
      ? catalog.find(glued.name)?.levels.includes('admin')
      : known(glued.name))
      ? glued.name
      : undefined
  if (bare !== undefined)
    return `did you mean ${q(bare)}? (a level goes after the colon, not in the name)`
  if (label) return labelMessage(written, label, catalog)
  const curated = CURATED_NAMES.get(key)
  if (curated) return curatedMessage(written, curated)
  const prefixed = ownerPrefixed(key, names, catalog)
  // `user_blocking` is also the end of organization_user_blocking.
  const organization = catalog.find(`organization_${key}`)
  if (prefixed.length > 0 && organization)
    prefixed.push({
      name: organization.name,
      scope: organization.scope,
      label: organization.displayName,
    })
  if (prefixed.length > 0) return labelMessage(written, prefixed, catalog)
  const uses = pathWordUses(key)
  if (uses.length > 0) return pathWordMessage(written, uses)
  return typoMessage(key, names, catalog)
}

/** `did you mean "x"?` for a typo of a permission or of a one-permission label. */
function typoMessage(
  key: string,
  names: Names,
  catalog: PermissionCatalog,
): string | undefined {
  const isWord = (word: string) =>
    names.vocabulary.has(word) || names.vocabulary.has(word.replace(/e?s$/, ''))
  const matches = convincingMatches(
    key,
    names.typoTargets.keys(),
    isWord,
    (candidate) => names.targetWords.get(candidate)!,
  )
  const meant = new Map(
    matches.map((match) => {
      const target = names.typoTargets.get(match)!
      return [target.name, target]
    }),
  )
  if (meant.size !== 1) return undefined
  const [target] = meant.values() as MapIterator<Labelled>
  // A typo of a label both owners share (`Administation`, `secret`): name
  // both; `organization_secret` means the organization's only.
  const labelKey = normalizeName(target!.label)
  const shared = names.labels.get(labelKey) ?? []
  if (shared.length > 1 && matches.some((m) => sameLetters(m, labelKey))) {
    const each = shared.map((p) => `${q(p.name)} (${p.scope})`)
    return `did you mean ${listing(each).replace(/ and ([^,]*)$/, ' or $1')}?`
  }
  const labelled = matches.every((match) => match !== target!.name)
  const caveat = platformCaveat(target!.name, catalog)
  return labelled
    ? `did you mean ${q(target!.name)} (labelled ${q(target!.label)} on GitHub's token form)?${caveat}`
    : `did you mean ${q(target!.name)}?${caveat}`
}
