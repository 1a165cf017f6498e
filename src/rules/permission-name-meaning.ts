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
  isInApiData,
  pathWordUses,
} from '../endpoints/index.js'
import type { PathWordUse } from '../endpoints/index.js'

/** A permission a label stands for, with its owner scope. */
interface Labelled {
  readonly name: string
  readonly scope: OwnerScope
  /** The label as GitHub writes it, e.g. `Commit statuses`. */
  readonly label: string
}

/** How people prefix a label with its owner: `organization_webhooks`. */
const SCOPE_PREFIXES: ReadonlyArray<readonly [RegExp, OwnerScope]> = [
  [/^(?:organization|org)_/, 'organization'],
  [/^(?:repository|repo)_/, 'repository'],
  [/^(?:user|account)_/, 'account'],
]

/**
 * The labels of GitHub's token form (catalog display names, the API data's
 * titles, Enterprise-only ones), normalized, to the permissions they label.
 */
function labelIndex(
  catalog: PermissionCatalog,
): ReadonlyMap<string, Labelled[]> {
  let index = labelIndexes.get(catalog)
  if (!index) {
    index = buildLabelIndex(catalog)
    labelIndexes.set(catalog, index)
  }
  return index
}

/** One index per catalog: a run asks for many names. */
const labelIndexes = new WeakMap<PermissionCatalog, Map<string, Labelled[]>>()

function buildLabelIndex(catalog: PermissionCatalog): Map<string, Labelled[]> {
  const index = new Map<string, Labelled[]>()
  const add = (label: string, name: string, scope: OwnerScope) => {
    const key = normalizeName(label)
    const labelled = index.get(key) ?? []
    if (!labelled.some((entry) => entry.name === name))
      labelled.push({ name, scope, label })
    index.set(key, labelled)
  }
  for (const p of catalog.permissions) add(p.displayName, p.name, p.scope)
  for (const p of DATA_PERMISSIONS) add(p.title, p.name, p.scope)
  for (const p of ENTERPRISE_ONLY_PERMISSIONS)
    add(p.displayName, p.name, p.scope)
  return index
}

/**
 * The permissions an owner-prefixed name stands for: a label
 * (`org_webhooks`), a permission (`user_emails`) or a REST path word all of
 * whose endpoints one permission opens (`org_hooks`), of that owner.
 */
function ownerPrefixed(
  key: string,
  index: ReadonlyMap<string, Labelled[]>,
  catalog: PermissionCatalog,
): Labelled[] {
  for (const [prefix, scope] of SCOPE_PREFIXES) {
    if (!prefix.test(key)) continue
    const rest = key.replace(prefix, '')
    const ofScope = (index.get(rest) ?? []).filter(
      (entry) => entry.scope === scope,
    )
    if (ofScope.length > 0) return ofScope
    const permission = catalog.find(rest)
    if (permission?.scope === scope)
      return [{ name: rest, scope, label: permission.displayName }]
    const use = pathWordUses(rest).find((use) => use.scope === scope)
    const [first] = use?.permissions ?? []
    if (use && first && first[1] === use.endpoints) {
      const opener = catalog.find(first[0])
      if (opener)
        return [{ name: opener.name, scope, label: opener.displayName }]
    }
  }
  return []
}

const q = (name: string) => quote(name)

/** `members_read`, `read_members`: a permission with its level glued on. */
function nameWithLevel(
  key: string,
): { name: string; level: AccessLevel } | undefined {
  const after = /^(.+)_(read|write|admin)$/.exec(key)
  if (after) return { name: after[1]!, level: after[2] as AccessLevel }
  const before = /^(read|write|admin)_(.+)$/.exec(key)
  if (before) return { name: before[2]!, level: before[1] as AccessLevel }
  return undefined
}

function labelMessage(written: string, permissions: Labelled[]): string {
  const [only] = permissions
  if (permissions.length === 1 && only) {
    return normalizeName(only.label) === normalizeName(written)
      ? `${q(written)} is how GitHub's token form labels the permission ${q(only.name)}: use the key ${q(only.name)}`
      : `${q(written)} reads as the ${only.scope} permission GitHub's token form labels ${q(only.label)}: use the key ${q(only.name)}`
  }
  const each = permissions.map((p) => `${q(p.name)} (${p.scope})`)
  return `${q(written)} is how GitHub's token form labels ${listing(each)}: use the key of the one for the token's resource owner`
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

function pathWordMessage(
  written: string,
  uses: readonly PathWordUse[],
): string {
  const parts = uses.map((use) => {
    const under = `endpoints under ${use.example}`
    const everywhere = use.permissions
      .filter(([, count]) => count === use.endpoints)
      .map(([name]) => q(name))
    if (everywhere.length > 0) return `${under} need ${everywhere.join(' or ')}`
    const each = use.permissions.map(([name, count]) =>
      count > 1 ? `${q(name)} (${count} of ${use.endpoints})` : q(name),
    )
    return `${under} need ${listing(each).replace(/ and ([^,]*)$/, ' or $1')}, depending on the endpoint`
  })
  const exact = uses.every((use) => use.permissions[0]?.[1] === use.endpoints)
  const advice = exact
    ? ''
    : '; list the endpoints the token calls under endpoints: (or run token-templates suggest) to learn which'
  return `${q(written)} is no permission: per GitHub's REST data, ${parts.join('; ')}${advice}`
}

/**
 * What a name that is no permission of this run most likely means, or
 * undefined when nothing is convincing: a permission spelt another way, a
 * label of GitHub's form, a workflow or GitHub App permission, a REST path
 * word, or a typo of one of those. Never a permission that merely looks
 * alike: no suggestion beats a wrong one.
 */
export function permissionNameMeaning(
  written: string,
  catalog: PermissionCatalog,
): string | undefined {
  const key = normalizeName(written)
  if (key === '') return undefined
  const known = (name: string) =>
    catalog.find(name) !== undefined ||
    findDataPermission(name) !== undefined ||
    isInApiData(name)
  const labels = labelIndex(catalog)
  const label = labels.get(key)
  // "Administration" labels a repository and an organization permission:
  // name both, even though one of them is spelt `administration`.
  if (label && label.length > 1) return labelMessage(written, label)
  if (key !== written && known(key)) return `did you mean ${q(key)}?`
  const withLevel = nameWithLevel(key)
  if (
    withLevel &&
    catalog.find(withLevel.name)?.levels.includes(withLevel.level)
  )
    return `did you mean ${q(withLevel.name)}? (the level goes after the colon: ${withLevel.name}: ${withLevel.level})`
  if (label) return labelMessage(written, label)
  const curated = CURATED_NAMES.get(key)
  if (curated) return curatedMessage(written, curated)
  const prefixed = ownerPrefixed(key, labels, catalog)
  if (prefixed.length > 0) return labelMessage(written, prefixed)
  const uses = pathWordUses(key)
  if (uses.length > 0) return pathWordMessage(written, uses)
  return typoMessage(key, catalog, labels)
}

/** `did you mean "x"?` for a typo of a permission or of a one-permission label. */
function typoMessage(
  key: string,
  catalog: PermissionCatalog,
  labels: ReadonlyMap<string, Labelled[]>,
): string | undefined {
  const targets = new Map<string, Labelled | string>()
  for (const [label, permissions] of labels)
    if (permissions.length === 1) targets.set(label, permissions[0]!)
  for (const name of catalog.names) targets.set(name, name)
  for (const p of DATA_PERMISSIONS) targets.set(p.name, p.name)
  const meant = convincingMatches(key, targets.keys()).map((match) =>
    targets.get(match)!,
  )
  const names = new Set(meant.map((m) => (typeof m === 'string' ? m : m.name)))
  if (names.size !== 1) return undefined
  const [name] = names as Set<string>
  // Prefer the plain name when the typo is as close to it as to its label.
  const label = meant.every((m) => typeof m !== 'string')
    ? (meant[0] as Labelled).label
    : undefined
  return label === undefined
    ? `did you mean ${q(name!)}?`
    : `did you mean ${q(name!)} (labelled ${q(label)} on GitHub's token form)?`
}
