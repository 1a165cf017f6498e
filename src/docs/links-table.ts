import { FIELD_LIMITS } from '../catalog/index.js'
import { lookupEndpoint } from '../endpoints/index.js'
import { buildTokenUrl } from '../links/token-url.js'
import { displayName } from '../links/token-template.js'
import type { TokenTemplate } from '../links/token-template.js'
import { escapeTableCell } from './markdown-escape.js'

const HEADER = [
  '| Token | Description | Resource owner | Expires | Permissions |',
  '| --- | --- | --- | --- | --- |',
]

function expiry(expiresIn: TokenTemplate['expires_in']): string {
  if (expiresIn === 'none') return 'never'
  if (expiresIn === undefined) {
    return `${FIELD_LIMITS.defaultExpiresInDays} days (default)`
  }
  return expiresIn === 1 ? '1 day' : `${expiresIn} days`
}

export const APPROVAL_NOTE = '(approval may be required)'

/** Organizations can require approval of tokens that reach them. */
function owner(target: string | undefined): string {
  return target === undefined
    ? 'you'
    : `${escapeTableCell(target)}<br>${APPROVAL_NOTE}`
}

/** The API categories of the template's endpoints, in order: `repos, pulls`. */
export function endpointCategories(endpoints: readonly string[]): string[] {
  const categories = new Set<string>()
  for (const text of endpoints) {
    const found = lookupEndpoint(text)
    if (found.kind === 'endpoint') categories.add(found.endpoint.category)
  }
  return [...categories]
}

function description(template: TokenTemplate): string {
  const categories = endpointCategories(template.endpoints ?? [])
  const lines = [
    escapeTableCell(template.description ?? ''),
    categories.length > 0 && `For: ${escapeTableCell(categories.join(', '))}`,
    template.justification !== undefined &&
      `Justification: ${escapeTableCell(template.justification)}`,
  ]
  return lines.filter((line) => line).join('<br>')
}

function permissions(template: TokenTemplate): string {
  const entries = Object.entries(template.permissions ?? {})
  if (entries.length === 0) return 'none'
  return entries
    .map(
      ([name, level]) => `${escapeTableCell(name)}: ${escapeTableCell(level)}`,
    )
    .join('<br>')
}

/**
 * Templates in table order: by name (a nameless one's label) ignoring
 * case, then as given (stable).
 * Code-unit order, not the machine's locale: the README must come out the
 * same on every machine (and ICU's collator costs ~10 ms to load).
 */
export function sortByName<T extends { name: string; label?: string }>(
  items: readonly T[],
): T[] {
  const key = (item: T) =>
    (item.name !== '' ? item.name : (item.label ?? '')).toLowerCase()
  return [...items].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  )
}

/**
 * A GFM table with one row per template: its name (else its file) linking to the
 * pre-filled token form, and what the token will be able to do. Every
 * cell of template text is escaped, so a row always keeps its five cells.
 */
export function renderLinksTable(
  templates: readonly TokenTemplate[],
  serverUrl: string,
): string {
  const rows = sortByName(templates).map((template) => {
    const link = `[${escapeTableCell(displayName(template))}](${buildTokenUrl(template, serverUrl)})`
    const cells = [
      link,
      description(template),
      owner(template.target_name),
      expiry(template.expires_in),
      permissions(template),
    ]
    return `| ${cells.join(' | ')} |`
  })
  if (rows.length === 0) return '_No token templates yet._'
  return [...HEADER, ...rows].join('\n')
}
