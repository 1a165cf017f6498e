import { ACCESS_LEVELS, OWNER_SCOPES } from './types.js'
import type { AccessLevel, OwnerScope, Permission } from './types.js'

/** A permission as GitHub's page lists it: the catalog without our notes. */
export type PagePermission = Omit<Permission, 'caution'>

export type CatalogField = 'scope' | 'displayName' | 'levels' | 'featureFlag'

export interface FieldChange {
  readonly field: CatalogField
  readonly before: string
  readonly after: string
}

export interface ChangedPermission {
  readonly name: string
  readonly changes: readonly FieldChange[]
}

export interface CatalogDiff {
  /** On the page, not in the catalog (page order). */
  readonly added: readonly PagePermission[]
  /** In the catalog, no longer on the page (catalog order). */
  readonly removed: readonly PagePermission[]
  /** On both, with different fields (page order). */
  readonly changed: readonly ChangedPermission[]
  /** How many permissions the catalog holds, for the "up to date" line. */
  readonly catalogSize: number
  /**
   * False for a rendered copy of the page (no Liquid tags): its tables have
   * lost their `{% ifversion %}` rows, so feature flags were not compared.
   */
  readonly featureFlagsChecked: boolean
}

/**
 * Whether the page is Liquid source, as in github/docs, whose permission
 * tables mark feature-gated rows with `{% ifversion %}`. A rendered copy
 * (saved from docs.github.com) has no Liquid tags: every row looks ungated.
 */
export function hasFeatureFlags(markdown: string): boolean {
  return /\{%-?\s*\w/.test(markdown)
}

const SECTION_TITLES: Record<OwnerScope, string> = {
  account: 'Account Permissions',
  repository: 'Repository Permissions',
  organization: 'Organization Permissions',
}

const COLUMNS = ['parameter name', 'display name', 'access levels'] as const

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/
const SECTION_HEADING = /^(account|repository|organization) permissions$/i
const FENCE = /^\s*(```|~~~)/
const LIQUID_ONLY = /^\|?\s*\{%-?\s*(\w+)\s*([^%|]*?)\s*-?%\}[\s|]*$/
const NAME = /^[a-z][a-z0-9_]*$/

interface ParseState {
  scope: OwnerScope | undefined
  /** Column indexes of the current table, once its header row is read. */
  columns: readonly number[] | undefined
  /** `ifversion` conditions open at this point of the current table. */
  flags: string[]
  tableEnded: boolean
}

/**
 * Reads the account, repository and organization permission tables of
 * GitHub's "Managing your personal access tokens" page source. Throws when a
 * section is missing or empty, or a row cannot be read, so that a changed
 * page layout is never taken for removed permissions.
 */
export function parsePermissionTables(markdown: string): PagePermission[] {
  const found = new Map<string, { permission: PagePermission; line: number }>()
  const rowsPerScope = new Map<OwnerScope, number>()
  const state: ParseState = {
    scope: undefined,
    columns: undefined,
    flags: [],
    tableEnded: false,
  }
  let inFence = false

  const lines = markdown.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const lineNumber = index + 1
    const line = raw.trim()
    if (FENCE.test(raw)) inFence = !inFence
    if (inFence) return

    const heading = HEADING.exec(raw)
    if (heading) {
      endTable(state, lineNumber)
      const title = (heading[1] ?? '').replace(/\s+/g, ' ')
      const section = SECTION_HEADING.exec(title)
      const scope = section?.[1]?.toLowerCase() as OwnerScope | undefined
      if (scope && rowsPerScope.has(scope)) {
        throw new Error(
          `line ${lineNumber}: second "${SECTION_TITLES[scope]}" section`,
        )
      }
      if (scope) rowsPerScope.set(scope, 0)
      state.scope = scope
      state.columns = undefined
      state.tableEnded = false
      return
    }
    // The first table of a section is its permission table; the prose and
    // notes after it are not ours to read.
    if (!state.scope || state.tableEnded) return

    const liquid = LIQUID_ONLY.exec(line)
    if (liquid && state.columns) {
      applyLiquid(state, liquid[1] ?? '', liquid[2] ?? '', lineNumber)
      return
    }
    if (!line.startsWith('|')) {
      if (state.columns) endTable(state, lineNumber)
      return
    }

    const cells = splitRow(line)
    if (!state.columns) {
      state.columns = readHeader(cells, state.scope, lineNumber)
      return
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) return

    const permission = readRow(cells, state, lineNumber)
    const earlier = found.get(permission.name)
    if (earlier) {
      throw new Error(
        `line ${lineNumber}: \`${permission.name}\` is listed again (first on line ${earlier.line})`,
      )
    }
    found.set(permission.name, { permission, line: lineNumber })
    rowsPerScope.set(state.scope, (rowsPerScope.get(state.scope) ?? 0) + 1)
  })
  endTable(state, lines.length)

  for (const scope of OWNER_SCOPES) {
    const rows = rowsPerScope.get(scope)
    if (rows === undefined) {
      throw new Error(
        `no "${SECTION_TITLES[scope]}" heading found: the page layout has changed`,
      )
    }
    if (rows === 0) {
      throw new Error(
        `the "${SECTION_TITLES[scope]}" section holds no permission rows: the page layout has changed`,
      )
    }
  }
  return [...found.values()].map(({ permission }) => permission)
}

function endTable(state: ParseState, lineNumber: number): void {
  if (state.flags.length > 0) {
    throw new Error(
      `line ${lineNumber}: {% ifversion ${state.flags.at(-1)} %} is never closed by {% endif %}`,
    )
  }
  if (state.columns) state.tableEnded = true
}

function applyLiquid(
  state: ParseState,
  tag: string,
  argument: string,
  lineNumber: number,
): void {
  if (tag === 'ifversion' && argument) state.flags.push(argument)
  else if (tag === 'endif' && state.flags.length > 0) state.flags.pop()
  else {
    // `else`, `elsif` and friends would make a row's condition ambiguous.
    throw new Error(
      `line ${lineNumber}: cannot read {% ${tag}${argument ? ` ${argument}` : ''} %} inside a permission table`,
    )
  }
}

function splitRow(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  return inner
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim())
}

function readHeader(
  cells: readonly string[],
  scope: OwnerScope,
  lineNumber: number,
): number[] {
  const titles = cells.map((cell) => cell.toLowerCase())
  const columns = COLUMNS.map((column) => titles.indexOf(column))
  if (columns.includes(-1)) {
    throw new Error(
      `line ${lineNumber}: the "${SECTION_TITLES[scope]}" table header is "${cells.join(' | ')}", expected the columns ${COLUMNS.map((c) => `"${c}"`).join(', ')}`,
    )
  }
  return columns
}

function readRow(
  cells: readonly string[],
  state: ParseState,
  lineNumber: number,
): PagePermission {
  const [nameCell, displayCell, levelsCell] = (state.columns ?? []).map(
    (column) => cells[column] ?? '',
  )
  const name = unquote(nameCell ?? '')
  if (!NAME.test(name)) {
    throw new Error(
      `line ${lineNumber}: "${nameCell}" is not a permission name`,
    )
  }
  const displayName = displayCell ?? ''
  if (!displayName) {
    throw new Error(`line ${lineNumber}: \`${name}\` has no display name`)
  }
  const levels = readLevels(levelsCell ?? '', name, lineNumber)
  const featureFlag = state.flags.join(' and ')
  return {
    name,
    displayName,
    scope: state.scope as OwnerScope,
    levels,
    ...(featureFlag ? { featureFlag } : {}),
  }
}

function readLevels(
  cell: string,
  name: string,
  lineNumber: number,
): AccessLevel[] {
  if (!cell) {
    throw new Error(`line ${lineNumber}: \`${name}\` has no access levels`)
  }
  const levels = new Set<AccessLevel>()
  for (const item of cell.split(',')) {
    const level = unquote(item)
    if (!(ACCESS_LEVELS as readonly string[]).includes(level)) {
      throw new Error(
        `line ${lineNumber}: \`${name}\` has the access level "${item.trim()}", expected ${ACCESS_LEVELS.join(', ')}`,
      )
    }
    levels.add(level as AccessLevel)
  }
  // In ACCESS_LEVELS order, as the catalog keeps them.
  return ACCESS_LEVELS.filter((level) => levels.has(level))
}

function unquote(cell: string): string {
  return cell.trim().replace(/^`\s*(.*?)\s*`$/, '$1')
}

/** What differs between the page's permissions and the catalog's. */
export function diffCatalog(
  page: readonly PagePermission[],
  catalog: readonly PagePermission[],
  { featureFlags = true }: { featureFlags?: boolean } = {},
): CatalogDiff {
  const onPage = new Map(
    page.map((permission) => [permission.name, permission]),
  )
  const inCatalog = new Map(
    catalog.map((permission) => [permission.name, permission]),
  )
  const added = page.filter((permission) => !inCatalog.has(permission.name))
  const removed = catalog.filter((permission) => !onPage.has(permission.name))
  const changed: ChangedPermission[] = []
  for (const after of page) {
    const before = inCatalog.get(after.name)
    if (!before) continue
    const changes = fieldChanges(before, after).filter(
      ({ field }) => featureFlags || field !== 'featureFlag',
    )
    if (changes.length > 0) changed.push({ name: after.name, changes })
  }
  return {
    added,
    removed,
    changed,
    catalogSize: catalog.length,
    featureFlagsChecked: featureFlags,
  }
}

function fieldChanges(
  before: PagePermission,
  after: PagePermission,
): FieldChange[] {
  const shown: Record<CatalogField, (permission: PagePermission) => string> = {
    scope: (permission) => permission.scope,
    displayName: (permission) => `'${permission.displayName}'`,
    levels: (permission) => permission.levels.join(', '),
    featureFlag: (permission) => permission.featureFlag ?? 'none',
  }
  const changes: FieldChange[] = []
  for (const field of Object.keys(shown) as CatalogField[]) {
    const show = shown[field]
    if (show(before) !== show(after)) {
      changes.push({ field, before: show(before), after: show(after) })
    }
  }
  return changes
}

const FIELD_LABELS: Record<CatalogField, string> = {
  scope: 'scope',
  displayName: 'display name',
  levels: 'levels',
  featureFlag: 'feature flag',
}

/** One line per difference, e.g. `~ contents: levels read -> read, write`. */
export function formatCatalogDiff(diff: CatalogDiff): string[] {
  const { added, removed, changed, catalogSize, featureFlagsChecked } = diff
  const unchecked = featureFlagsChecked
    ? []
    : [
        'feature flags not compared: the page has no Liquid tags (a rendered copy), so its tables do not show which rows are feature-gated',
      ]
  if (added.length + removed.length + changed.length === 0) {
    return [`catalog is up to date (${catalogSize} permissions)`, ...unchecked]
  }
  return [
    ...added.map((permission) => `+ ${describe(permission)}`),
    ...removed.map((permission) => `- ${describe(permission)}`),
    ...changed.map(
      ({ name, changes }) =>
        `~ ${name}: ${changes
          .map(
            ({ field, before, after }) =>
              `${FIELD_LABELS[field]} ${before} -> ${after}`,
          )
          .join('; ')}`,
    ),
    ...unchecked,
  ]
}

function describe(permission: PagePermission): string {
  const flag = permission.featureFlag
    ? ` (feature flag ${permission.featureFlag})`
    : ''
  return `${permission.name} (${permission.scope}): ${permission.levels.join(', ')} — '${permission.displayName}'${flag}`
}

/** A permission as GitHub's REST API data names it (src/endpoints). */
export interface ApiDataPermission {
  readonly name: string
  readonly scope: OwnerScope
  readonly title: string
}

/**
 * One line naming the permissions GitHub's API data lists that neither the
 * catalog nor the page has, or none. Informational: they are likely real
 * but new, and templates may use them (permission-not-in-catalog).
 */
export function formatApiDataOnly(
  permissions: readonly ApiDataPermission[],
): string[] {
  if (permissions.length === 0) return []
  const names = permissions.map(
    ({ name, scope, title }) => `${name} (${scope}, '${title}')`,
  )
  return [`known to GitHub's API data, not in the catalog: ${names.join(', ')}`]
}
