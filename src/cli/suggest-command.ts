import { lintGeneratedYaml } from '../lint/lint-config.js'
import { FIELD_LIMITS, findPermission } from '../catalog/index.js'
import type { AccessLevel, OwnerScope } from '../catalog/index.js'
import { loadConfig } from '../config/load-config.js'
import {
  findDataPermission,
  lookupEndpoint,
  requiredGrant,
} from '../endpoints/index.js'
import type { Endpoint } from '../endpoints/index.js'
import { UserError } from '../errors.js'
import { listing } from '../common/quote.js'
import { importedTemplateYaml } from '../links/import-url.js'
import { certaintyNote } from '../rules/endpoint-certainty.js'
import { notSupportedMessage } from '../rules/endpoint-not-supported.js'
import { unknownEndpointMessage } from '../rules/unknown-endpoint.js'
import { TARGET_NAME_PATTERN } from '../schema/index.js'
import { writeLine, type CliIo } from './io.js'

export interface SuggestOptions {
  /** `GET /repos/{owner}/{repo}`, or `GET` and `/repos/...` as two words. */
  endpoints: string[]
  name?: string
  description?: string
  target?: string
  config?: string
}

export type Suggestion =
  | {
      readonly ok: true
      /** The template's fields, in template order. */
      readonly fields: Record<string, unknown>
      /** What the user should know: data that is not exact, and so on. */
      readonly notes: readonly string[]
    }
  | { readonly ok: false; readonly problems: readonly string[] }

export const DEFAULT_TEMPLATE_NAME = 'API token'

/** The file name lint reports the suggested template under. */
export const SUGGESTED_FILE = 'suggested.yml'

/** `GET /x` as one argument, or `GET` and `/x` as two. */
export function joinEndpointArguments(args: readonly string[]): string[] {
  const texts: string[] = []
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!
    const next = args[i + 1]
    if (
      /^\s*[A-Za-z]+\s*$/.test(word) &&
      next !== undefined &&
      /^\s*(\/|https?:\/\/)/i.test(next)
    ) {
      texts.push(`${word.trim()} ${next.trim()}`)
      i += 1
    } else texts.push(word)
  }
  return texts
}

function scopeOf(name: string): OwnerScope | undefined {
  return findPermission(name)?.scope ?? findDataPermission(name)?.scope
}

function categoriesText(endpoints: readonly Endpoint[]): string {
  const categories = [...new Set(endpoints.map((e) => e.category))]
  const apis = categories.length === 1 ? 'REST API' : 'REST APIs'
  return `Calls the ${listing(categories)} ${apis}`
}

/**
 * The least-privilege template for calling `texts`: each endpoint looked
 * up, and the smallest grant that lets a token call them all. Problems
 * (unknown endpoints, ones fine-grained tokens cannot call, account and
 * organization permissions together) leave no template.
 */
export function suggestTemplate(
  texts: readonly string[],
  options: Pick<SuggestOptions, 'name' | 'description' | 'target'> = {},
): Suggestion {
  const problems: string[] = []
  const endpoints: Endpoint[] = []
  for (const text of texts) {
    const found = lookupEndpoint(text)
    if (found.kind === 'endpoint') {
      if (!endpoints.includes(found.endpoint)) endpoints.push(found.endpoint)
    } else if (found.kind === 'unsupported') {
      problems.push(notSupportedMessage(text, found))
    } else {
      problems.push(unknownEndpointMessage(text, found))
    }
  }
  if (problems.length > 0) return { ok: false, problems }

  const result = requiredGrant(endpoints)
  const permissions: Record<string, AccessLevel> = { ...result.permissions }
  const byScope = (scope: OwnerScope) =>
    Object.keys(permissions).filter((name) => scopeOf(name) === scope)
  const account = byScope('account')
  const organization = byScope('organization')
  if (account.length > 0 && organization.length > 0) {
    return {
      ok: false,
      problems: [
        `these endpoints need account permissions (${listing(account)}) and organization permissions (${listing(organization)}), which one token cannot hold: run suggest once for the endpoints of each`,
      ],
    }
  }
  // Repository endpoints that need only metadata still need repository
  // access: metadata: read is what asks for it when nothing else does.
  const needsMetadata = endpoints.some((e) =>
    e.sets.some((set) => set.metadata !== undefined),
  )
  if (needsMetadata && byScope('repository').length === 0) {
    permissions.metadata = 'read'
  }

  const notes: string[] = []
  for (const { endpoint, set } of result.choices) {
    const note = certaintyNote(endpoint, set)
    if (note) notes.push(`${endpoint.id}: ${note}`)
  }
  for (const endpoint of result.unpublished) {
    notes.push(`${endpoint.id}: ${certaintyNote(endpoint, {})}`)
  }
  if (result.search === 'greedy') {
    notes.push(
      'with this many endpoints that accept alternatives, the grant was chosen greedily: it works, but a smaller one may exist',
    )
  }

  const fields: Record<string, unknown> = {
    name: options.name ?? DEFAULT_TEMPLATE_NAME,
    description: options.description ?? categoriesText(endpoints),
  }
  if (options.target !== undefined) fields.target_name = options.target
  fields.endpoints = endpoints.map((endpoint) => endpoint.id)
  fields.permissions = permissions
  return { ok: true, fields, notes }
}

function checkOptions(options: SuggestOptions): void {
  const { name, description, target } = options
  if (
    name !== undefined &&
    (name.length === 0 || [...name].length > FIELD_LIMITS.nameMaxLength)
  ) {
    throw new UserError(
      `--name must be 1 to ${FIELD_LIMITS.nameMaxLength} characters (GitHub's limit for token names)`,
    )
  }
  if (
    description !== undefined &&
    [...description].length > FIELD_LIMITS.descriptionMaxLength
  ) {
    throw new UserError(
      `--description must be at most ${FIELD_LIMITS.descriptionMaxLength} characters`,
    )
  }
  if (target !== undefined && !new RegExp(TARGET_NAME_PATTERN).test(target)) {
    throw new UserError(
      `--target must be a user or organization slug, such as octodemo; got ${JSON.stringify(target)}`,
    )
  }
}

/**
 * `token-templates suggest ENDPOINT...`: prints the least-privilege
 * template for the endpoints (exit 0), then lints it and prints what lint
 * says on stderr. Unknown endpoints, or ones fine-grained tokens cannot
 * call, print no template and exit 1.
 */
export function suggestCommand(options: SuggestOptions, io: CliIo): number {
  const texts = joinEndpointArguments(options.endpoints)
  if (texts.length === 0)
    throw new UserError(
      "suggest needs at least one endpoint, e.g. token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}'",
    )
  checkOptions(options)
  const config = loadConfig(io.cwd, options.config)
  const suggestion = suggestTemplate(texts, options)
  if (!suggestion.ok) {
    for (const problem of suggestion.problems)
      writeLine(io.stderr, `token-templates: ${problem}`)
    return 1
  }
  const yaml = importedTemplateYaml(suggestion.fields)
  io.stdout(yaml)
  for (const note of suggestion.notes)
    writeLine(io.stderr, `token-templates: note: ${note}`)

  const result = lintGeneratedYaml(config, SUGGESTED_FILE, yaml, io)
  return result.summary.errors > 0 ? 1 : 0
}
