import { isDeepStrictEqual } from 'node:util'
import { Document, parse, visit } from 'yaml'
import { UserError } from '../errors.js'
import { escapeJsonForLog, logLine } from '../format/log-line.js'
import { TEMPLATE_SCHEMA_ID } from '../schema/template-schema.js'
import { LINK_FIELDS, NEW_TOKEN_PATH } from './token-template.js'

export interface ImportedTemplate {
  /** Fields in link order; unknown parameters kept under permissions. */
  fields: Record<string, unknown>
  /**
   * Warnings: what the link does that a template cannot say, one sentence
   * each (import exits 1).
   */
  notes: string[]
  /** What makes the link ambiguous, one sentence each (import exits 1). */
  errors: string[]
  /** What import read or changed that the user should know (exit 0). */
  notices: string[]
  /** Fields whose value is an unfilled placeholder such as `<REPO>`. */
  placeholders: string[]
}

const isLinkField = (name: string): name is (typeof LINK_FIELDS)[number] =>
  (LINK_FIELDS as readonly string[]).includes(name)

/**
 * A string some line of which logLine would change (a control or line
 * separator, `##[`, a leading `::`) could print a workflow command from a
 * plain or block scalar: such strings are written double-quoted instead.
 */
function needsQuotes(text: string): boolean {
  return text.split('\n').some((line) => logLine(line) !== line)
}

/**
 * YAML whose every line is safe to print (the link comes from anyone):
 * double-quoted scalars are written JSON-style, on one line, with what
 * logLine would change escaped as `\uXXXX`; other strings keep their plain
 * or block style, unless the `yaml` library would not read one back the
 * same (a line of only blanks in a block scalar, for one): then every
 * multi-line string is double-quoted.
 */
function stringifyYaml(value: unknown): string {
  let yaml = renderYaml(value, needsQuotes)
  if (!isDeepStrictEqual(parse(yaml), value))
    yaml = renderYaml(value, (text) => text.includes('\n') || needsQuotes(text))
  // The escapes are valid only inside double-quoted scalars: make sure
  // nothing unsafe was left elsewhere rather than print it.
  if (yaml.split('\n').some((line) => logLine(line) !== line))
    throw new Error('the template YAML has a line unsafe to print')
  return yaml
}

function renderYaml(
  value: unknown,
  doubleQuoted: (text: string) => boolean,
): string {
  const document = new Document(value)
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && doubleQuoted(node.value))
        node.type = 'QUOTE_DOUBLE'
    },
  })
  return escapeJsonForLog(
    document.toString({ lineWidth: 0, doubleQuotedAsJSON: true }),
  )
}

/**
 * An unfilled placeholder a script or a doc fills in at run time: `<REPO>`,
 * `${owner}`, `{owner}`, `$OWNER`, `%s`, alone or inside the value.
 */
const PLACEHOLDER =
  /<[^<>\s]+>|\$\{[^{}\s]*\}|\{[A-Za-z_][\w.-]*\}|\$[A-Z_][A-Z0-9_]*\b|%s/

export function findPlaceholder(value: string): string | undefined {
  return PLACEHOLDER.exec(value)?.[0]
}

/**
 * A link copied from an HTML href may still have its `&` written `&amp;`:
 * read that form (only that one) as the separator it stands for. In a
 * query string a literal `&` is always a separator (a value carries
 * `%26`), so `&amp;` is never part of a value.
 */
function decodeAmpEntities(url: URL): number {
  const parts = url.search.split('&amp;')
  if (parts.length > 1) url.search = parts.join('&')
  return parts.length - 1
}

function parseExpiry(value: string): number | string {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : value
}

/**
 * The template a pre-fill link stands for. Nothing is dropped: every
 * parameter lands in the template (unknown ones under `permissions`, where
 * lint names them, `__proto__` and `constructor` included). A repeat with
 * another value is an error, a foreign path a warning (note); `&amp;`
 * separators, an empty target_name and placeholders are notices.
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
  const errors: string[] = []
  const notices: string[] = []
  const placeholders: string[] = []
  const decoded = decodeAmpEntities(url)
  if (decoded > 0)
    notices.push(
      `decoded ${decoded} "&amp;" to "&" (the link was copied from HTML): read as the separator between parameters`,
    )
  // GitHub Enterprise Server may sit under a path prefix.
  if (!url.pathname.replace(/\/+$/, '').endsWith(NEW_TOKEN_PATH)) {
    notes.push(
      `the link's path is ${url.pathname}, not ${NEW_TOKEN_PATH}: GitHub's token form may not read it`,
    )
  }
  const fields: Record<string, unknown> = {}
  // Entries, not assignments: a parameter named __proto__ is kept too.
  const permissions: [string, string][] = []
  const seen = new Map<string, string>()
  for (const [name, value] of url.searchParams) {
    const first = seen.get(name)
    if (first !== undefined) {
      if (first === value)
        notices.push(
          `the parameter ${JSON.stringify(name)} appears more than once, each time as ${JSON.stringify(value)}: kept once`,
        )
      else
        errors.push(
          `the parameter ${JSON.stringify(name)} appears more than once, as ${JSON.stringify(first)} and as ${JSON.stringify(value)}: keep one in the link (the template has the first)`,
        )
      continue
    }
    seen.set(name, value)
    const placeholder = findPlaceholder(value)
    if (placeholder !== undefined) {
      placeholders.push(name)
      notices.push(
        `the value of ${JSON.stringify(name)}, ${JSON.stringify(value)}, has the placeholder ${JSON.stringify(placeholder)}: it is filled in at run time and must be replaced before the template is used`,
      )
    }
    if (name === 'target_name' && value === '') {
      notices.push(
        "target_name is empty: GitHub's form then uses its default resource owner (the signed-in user), so the template has no target_name",
      )
      continue
    }
    if (!isLinkField(name)) permissions.push([name, value])
    else fields[name] = name === 'expires_in' ? parseExpiry(value) : value
  }
  // Link order, whatever order the link had: name, description, ...
  const ordered: Record<string, unknown> = {}
  for (const field of LINK_FIELDS)
    if (field in fields) ordered[field] = fields[field]
  if (permissions.length > 0)
    ordered.permissions = Object.fromEntries(permissions)
  return { fields: ordered, notes, errors, notices, placeholders }
}

/** The YAML of an imported template, with the schema modeline for editors. */
export function importedTemplateYaml(fields: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}\n${stringifyYaml(fields)}`
}
