import { stringify } from 'yaml'
import { UserError } from '../errors.js'
import { TEMPLATE_SCHEMA_ID } from '../schema/template-schema.js'
import { LINK_FIELDS, NEW_TOKEN_PATH } from './token-template.js'

export interface ImportedTemplate {
  /** Fields in link order; unknown parameters kept under permissions. */
  fields: Record<string, unknown>
  /** What the link does that a template cannot say, one sentence each. */
  notes: string[]
}

const isLinkField = (name: string): name is (typeof LINK_FIELDS)[number] =>
  (LINK_FIELDS as readonly string[]).includes(name)

function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 })
}

function parseExpiry(value: string): number | string {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : value
}

/**
 * The template a pre-fill link stands for. Nothing is dropped: every
 * parameter lands in the template (unknown ones under `permissions`, where
 * lint names them), and repeats or a foreign path become notes.
 */
export function importTokenUrl(link: string): ImportedTemplate {
  let url: URL
  try {
    url = new URL(link.trim())
  } catch {
    throw new UserError(
      `${JSON.stringify(link)} is not a URL: pass a link such as https://github.com${NEW_TOKEN_PATH}?name=...`,
    )
  }
  const notes: string[] = []
  // GitHub Enterprise Server may sit under a path prefix.
  if (!url.pathname.replace(/\/+$/, '').endsWith(NEW_TOKEN_PATH)) {
    notes.push(
      `the link's path is ${url.pathname}, not ${NEW_TOKEN_PATH}: GitHub's token form may not read it`,
    )
  }
  const fields: Record<string, unknown> = {}
  const permissions: Record<string, string> = {}
  const seen = new Set<string>()
  for (const [name, value] of url.searchParams) {
    if (seen.has(name)) {
      notes.push(
        `the parameter ${JSON.stringify(name)} appears more than once: kept the first, dropped ${JSON.stringify(value)}`,
      )
      continue
    }
    seen.add(name)
    if (!isLinkField(name)) permissions[name] = value
    else fields[name] = name === 'expires_in' ? parseExpiry(value) : value
  }
  // Link order, whatever order the link had: name, description, ...
  const ordered: Record<string, unknown> = {}
  for (const field of LINK_FIELDS)
    if (field in fields) ordered[field] = fields[field]
  if (Object.keys(permissions).length > 0) ordered.permissions = permissions
  return { fields: ordered, notes }
}

/** The YAML of an imported template, with the schema modeline for editors. */
export function importedTemplateYaml(fields: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}\n${stringifyYaml(fields)}`
}
