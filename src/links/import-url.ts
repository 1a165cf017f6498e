import { isDeepStrictEqual } from 'node:util'
import { Document, parse, visit } from 'yaml'
import { UserError } from '../errors.js'
import { escapeJsonForLog, logLine } from '../format/log-line.js'
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
  // Entries, not assignments: a parameter named __proto__ is kept too.
  const permissions: [string, string][] = []
  const seen = new Set<string>()
  for (const [name, value] of url.searchParams) {
    if (seen.has(name)) {
      notes.push(
        `the parameter ${JSON.stringify(name)} appears more than once: kept the first, dropped ${JSON.stringify(value)}`,
      )
      continue
    }
    seen.add(name)
    if (!isLinkField(name)) permissions.push([name, value])
    else fields[name] = name === 'expires_in' ? parseExpiry(value) : value
  }
  // Link order, whatever order the link had: name, description, ...
  const ordered: Record<string, unknown> = {}
  for (const field of LINK_FIELDS)
    if (field in fields) ordered[field] = fields[field]
  if (permissions.length > 0)
    ordered.permissions = Object.fromEntries(permissions)
  return { fields: ordered, notes }
}

/** The YAML of an imported template, with the schema modeline for editors. */
export function importedTemplateYaml(fields: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}\n${stringifyYaml(fields)}`
}
