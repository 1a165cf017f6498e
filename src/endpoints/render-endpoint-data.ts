// Turns GitHub's docs data (data/github-docs/) into the compact module
// src/endpoints/endpoint-data.ts. Pure, so a test can regenerate the module
// in memory and fail when the committed copy is stale.
import { ACCESS_LEVELS } from '../catalog/types.js'
import type { AccessLevel, OwnerScope } from '../catalog/types.js'
import { HTTP_VERBS } from './endpoint-string.js'
import type { HttpVerb } from './endpoint-string.js'

export const ATTRIBUTION =
  'Source: GitHub Docs (github/docs), CC BY 4.0 / MIT, © GitHub'

export const PERMISSIONS_FILE =
  'fpt-2026-03-10.fine-grained-pat-permissions.json'
export const PAT_FILE = 'fpt-2026-03-10.fine-grained-pat.json'

/** One row of SOURCE.md's table: the copy here, where and when it came from. */
export interface SourceFile {
  readonly file: string
  readonly path: string
  readonly commit: string
}

/** The rows for the two fpt files, read from SOURCE.md's table. */
export function parseSourceTable(markdown: string): SourceFile[] {
  const rows: SourceFile[] = []
  const row = /^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*`([0-9a-f]{40})`\s*\|/gm
  for (const [, file, path, commit] of markdown.matchAll(row)) {
    rows.push({ file: file!, path: path!, commit: commit! })
  }
  return [PERMISSIONS_FILE, PAT_FILE].map((file) => {
    const found = rows.find((candidate) => candidate.file === file)
    if (!found) throw new Error(`SOURCE.md has no commit for ${file}`)
    return found
  })
}

interface Entry {
  readonly permission: number
  readonly access: AccessLevel
  readonly additional: boolean
}

interface EndpointRow {
  readonly verb: HttpVerb
  readonly path: string
  readonly group: string
  readonly entries: Entry[]
}

const SCOPE_BY_TITLE_PREFIX: Readonly<Record<string, OwnerScope>> = {
  Organization: 'organization',
  Repository: 'repository',
  User: 'account',
}

const LEVEL_CODE: Readonly<Record<AccessLevel, string>> = {
  read: 'r',
  write: 'w',
  admin: 'a',
}

function fail(message: string): never {
  throw new Error(`GitHub docs data: ${message}`)
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${where} is not an object`)
  }
  return value as Record<string, unknown>
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') fail(`${where} is not text`)
  return value
}

function verbOf(value: unknown, where: string): HttpVerb {
  const verb = text(value, where).toUpperCase()
  if (!(HTTP_VERBS as readonly string[]).includes(verb)) {
    fail(`${where} has the unknown verb ${verb}`)
  }
  return verb as HttpVerb
}

function scopeOf(displayTitle: string, where: string): OwnerScope {
  const prefix = /^(\w+) permissions for "/.exec(displayTitle)?.[1] ?? ''
  const scope = SCOPE_BY_TITLE_PREFIX[prefix]
  if (!scope) fail(`${where} has an unknown group: ${displayTitle}`)
  return scope
}

function groupOf(entry: Record<string, unknown>, where: string): string {
  const category = text(entry.category, `${where}.category`)
  const subcategory = text(entry.subcategory, `${where}.subcategory`)
  return `${category}/${subcategory}`
}

function compareRows(a: EndpointRow, b: EndpointRow): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return HTTP_VERBS.indexOf(a.verb) - HTTP_VERBS.indexOf(b.verb)
}

function encodeEntries(row: EndpointRow, where: string): string {
  if (row.entries.length === 0) return '-'
  // sync.ts in github/docs derives the flag from the whole operation, so it
  // is the same on every entry; one flag per endpoint keeps that exact.
  const additional = row.entries[0]!.additional
  if (row.entries.some((entry) => entry.additional !== additional)) {
    fail(`${where} mixes entries with and without additional-permissions`)
  }
  const codes = row.entries.map(
    (entry) => `${entry.permission}${LEVEL_CODE[entry.access]}`,
  )
  return `${additional ? '+' : ''}${codes.join(',')}`
}

/**
 * The source of src/endpoints/endpoint-data.ts, from the parsed contents of
 * the two fpt files and of SOURCE.md. Deterministic: the same input gives
 * the same text, already formatted the way Prettier formats it.
 */
export function renderEndpointModule(
  permissionsJson: unknown,
  patJson: unknown,
  sourceMarkdown: string,
): string {
  const sources = parseSourceTable(sourceMarkdown)
  const permissionRows: string[] = []
  const byId = new Map<string, EndpointRow>()

  const permissions = Object.entries(record(permissionsJson, 'permissions'))
  for (const [index, [name, value]] of permissions.entries()) {
    const where = `permission ${name}`
    if (!/^[a-z][a-z0-9_]*$/.test(name)) fail(`${where} has an odd name`)
    const permission = record(value, where)
    const title = text(permission.title, `${where}.title`)
    const displayTitle = text(permission.displayTitle, `${where}.displayTitle`)
    if (/[|'\\]/.test(title)) fail(`${where} has an odd title: ${title}`)
    permissionRows.push(`${name}|${scopeOf(displayTitle, where)}|${title}`)

    const entries = permission.permissions
    if (!Array.isArray(entries)) fail(`${where}.permissions is not a list`)
    for (const [position, item] of entries.entries()) {
      const at = `${where}.permissions[${position}]`
      const entry = record(item, at)
      const verb = verbOf(entry.verb, `${at}.verb`)
      const path = text(entry.requestPath, `${at}.requestPath`)
      const access = text(entry.access, `${at}.access`) as AccessLevel
      if (!ACCESS_LEVELS.includes(access)) fail(`${at} has access ${access}`)
      const additional = entry['additional-permissions']
      if (typeof additional !== 'boolean') {
        fail(`${at}.additional-permissions is not true or false`)
      }
      const group = groupOf(entry, at)
      const id = `${verb} ${path}`
      const row = byId.get(id) ?? { verb, path, group, entries: [] }
      if (row.group !== group) fail(`${id} is in two categories`)
      row.entries.push({ permission: index, access, additional })
      byId.set(id, row)
    }
  }

  // The endpoint list adds the endpoints whose permissions are not published.
  for (const [category, list] of Object.entries(record(patJson, 'pat'))) {
    if (!Array.isArray(list)) fail(`pat category ${category} is not a list`)
    for (const [position, item] of list.entries()) {
      const at = `pat ${category}[${position}]`
      const entry = record(item, at)
      const verb = verbOf(entry.verb, `${at}.verb`)
      const path = text(entry.requestPath, `${at}.requestPath`)
      const group = groupOf({ ...entry, category }, at)
      const id = `${verb} ${path}`
      const known = byId.get(id)
      if (known && known.group !== group) fail(`${id} is in two categories`)
      if (!known) byId.set(id, { verb, path, group, entries: [] })
    }
  }

  const rows = [...byId.values()].sort(compareRows)
  const groups = [...new Set(rows.map((row) => row.group))].sort()
  const groupIndex = new Map(groups.map((group, index) => [group, index]))
  for (const row of rows) {
    if (/[\s'\\]/.test(row.path)) fail(`${row.verb} ${row.path} is odd`)
  }

  const quoted = (value: string) => `  '${value}',`
  return [
    '// Generated by scripts/generate-endpoint-data.ts from data/github-docs/:',
    '// do not edit. Regenerate with `npm run endpoints`.',
    '//',
    '// Source repository: github/docs (https://github.com/github/docs)',
    ...sources.map((source) => `//   ${source.path} @ ${source.commit}`),
    `// ${ATTRIBUTION}`,
    '',
    'export const ENDPOINT_DATA_SOURCE = {',
    "  repository: 'github/docs',",
    '  files: [',
    ...sources.flatMap((source) => [
      '    {',
      `      path: '${source.path}',`,
      `      commit: '${source.commit}',`,
      '    },',
    ]),
    '  ],',
    `  attribution: '${ATTRIBUTION}',`,
    '} as const',
    '',
    "/** `name|scope|title` of each permission, in the data's order. */",
    'export const PERMISSION_ROWS: readonly string[] = [',
    ...permissionRows.map(quoted),
    ']',
    '',
    '/** `category/subcategory` of the REST API reference. */',
    'export const GROUPS: readonly string[] = [',
    ...groups.map(quoted),
    ']',
    '',
    '/**',
    ' * `VERB /path GROUP ENTRIES`: GROUP indexes GROUPS; ENTRIES lists',
    ' * PERMISSION_ROWS index + level (r, w, a) as the data lists them, with a',
    " * leading `+` when the data marks them 'additional-permissions', or is",
    ' * `-` for an endpoint whose permissions the data does not publish.',
    ' */',
    'export const ENDPOINT_ROWS: readonly string[] = [',
    ...rows.map((row) =>
      quoted(
        `${row.verb} ${row.path} ${groupIndex.get(row.group)} ${encodeEntries(row, `${row.verb} ${row.path}`)}`,
      ),
    ),
    ']',
    '',
  ].join('\n')
}
