import { quote } from '../common/quote.js'
import { buildTokenUrl } from './token-url.js'
import { LINK_FIELDS, NEW_TOKEN_PATH } from './token-template.js'
import type { TokenTemplate } from './token-template.js'

/** A template without lint errors, where it is, for matching links. */
export interface ApprovedTemplate {
  template: TokenTemplate
  /** Its file and line: `.github/token-templates/deploy.yml:1`. */
  where: string
}

/** What matching a link against the approved templates found. */
export type Approval =
  | { kind: 'approved' }
  | { kind: 'stale'; template: ApprovedTemplate; link: string; message: string }
  | { kind: 'unapproved'; message: string }

type Fields = Readonly<Record<string, unknown>>

const levelsOf = (value: unknown): Map<string, string> =>
  new Map(
    typeof value === 'object' && value !== null
      ? Object.entries(value).map(([name, level]) => [name, String(level)])
      : [],
  )

/** Text from a link, as is when plain, else quoted (hidden characters shown, cut). */
const plain = (value: string) =>
  /^[\w.-]{1,60}$/.test(value) ? value : quote(value, 60)

/** `contents=write (the template: read)`, `issues=write (not in the template)`, ... */
function permissionChanges(
  link: Map<string, string>,
  template: Map<string, string>,
): string[] {
  const changes: string[] = []
  for (const [name, level] of link) {
    const wanted = template.get(name)
    if (wanted === undefined)
      changes.push(`${plain(name)}=${plain(level)} (not in the template)`)
    else if (wanted !== level)
      changes.push(`${plain(name)}=${plain(level)} (the template: ${wanted})`)
  }
  for (const [name, level] of template)
    if (!link.has(name))
      changes.push(`no ${plain(name)} (the template: ${level})`)
  return changes
}

const shown = (value: unknown) =>
  value === undefined ? 'none' : quote(String(value), 60)

/** The link fields that differ, placeholders aside. */
function fieldChanges(
  fields: Fields,
  template: TokenTemplate,
  placeholders: readonly string[],
): string[] {
  const changes: string[] = []
  for (const field of LINK_FIELDS) {
    if (placeholders.includes(field)) continue
    const written = fields[field]
    const wanted =
      field === 'name' && template.name === '' ? undefined : template[field]
    if (String(written ?? '') !== String(wanted ?? ''))
      changes.push(
        `${field} ${shown(written)} (the template: ${shown(wanted)})`,
      )
  }
  return changes
}

const label = (approved: ApprovedTemplate) =>
  `${approved.template.name !== '' ? quote(approved.template.name) : 'the template'} (${approved.where})`

/**
 * The server part of a link: all before the form's path, when the path ends
 * with it as written (`/new` or `/new/`); else the URL's origin.
 */
function serverOf(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!.replace(/\/+$/, '')
  if (path.endsWith(NEW_TOKEN_PATH))
    return path.slice(0, path.length - NEW_TOKEN_PATH.length)
  try {
    return new URL(url).origin
  } catch {
    return 'https://github.com'
  }
}

/** A server as written in a link, for a message: quoted unless plain. */
const shownLink = (link: string, server: string) =>
  /^(?:https?:\/\/[\w.:[\]-]+(?:\/[\w.~-]+)*|\$\{?[A-Za-z_]\w*\}?)$/.test(
    server,
  )
    ? link
    : `${quote(server, 60)}${link.slice(server.replace(/\/+$/, '').length)}`

/**
 * Whether an approved template covers the link: one with the same
 * permissions at the same levels and the same fields is approved; the same
 * permissions with other fields is stale (the template's link is the one to
 * use); anything else is unapproved, with the closest template and what
 * differs. Values with placeholders match anything.
 */
export function approveLink(
  url: string,
  fields: Fields,
  placeholders: readonly string[],
  templates: readonly ApprovedTemplate[],
): Approval {
  const permissions = levelsOf(fields.permissions)
  // A placeholder level matches any level.
  for (const name of placeholders) permissions.delete(name)
  const ranked = templates
    .map((approved) => {
      const theirs = levelsOf(approved.template.permissions)
      for (const name of placeholders) theirs.delete(name)
      const changes = permissionChanges(permissions, theirs)
      const fieldsDiffer = fieldChanges(fields, approved.template, placeholders)
      return { approved, changes, fieldsDiffer }
    })
    .sort(
      (a, b) =>
        a.changes.length - b.changes.length ||
        a.fieldsDiffer.length - b.fieldsDiffer.length,
    )
  const best = ranked[0]
  if (best === undefined)
    return { kind: 'unapproved', message: 'no approved template' }
  if (best.changes.length === 0 && best.fieldsDiffer.length === 0)
    return { kind: 'approved' }
  if (best.changes.length === 0) {
    const server = serverOf(url)
    const link = buildTokenUrl(best.approved.template, server)
    return {
      kind: 'stale',
      template: best.approved,
      link,
      message: `this link has the permissions of the template ${label(best.approved)} but not its fields: ${best.fieldsDiffer.join(', ')}; use ${shownLink(link, server)}`,
    }
  }
  return {
    kind: 'unapproved',
    message: `no approved template asks for these permissions: the closest is ${label(best.approved)}, and the link differs in ${best.changes.join(', ')}; add a template for it, or link to an approved one`,
  }
}
