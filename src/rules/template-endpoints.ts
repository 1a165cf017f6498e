import { isAccessLevel } from '../catalog/index.js'
import type { AccessLevel } from '../catalog/index.js'
import { checkGrant, lookupEndpoint } from '../endpoints/index.js'
import type {
  Endpoint,
  EndpointLookup,
  Grant,
  GrantCheck,
  PermissionSet,
} from '../endpoints/index.js'
import { listing, quote } from '../common/quote.js'
import type { TemplateView } from './rule.js'
import { permissionEntries } from './template-fields.js'

/** One text of a template's `endpoints:` list, looked up in GitHub's data. */
export interface ListedEndpoint {
  /** Its index in the list: `template.locate(['endpoints', index])`. */
  readonly index: number
  readonly text: string
  readonly lookup: EndpointLookup
}

/** A listed endpoint the data knows, as `checkGrant` takes it. */
export interface KnownEndpoint extends ListedEndpoint {
  readonly id: string
  readonly sets: Endpoint['sets']
  readonly endpoint: Endpoint
}

// Four rules read the same list: look each template's up once.
const LOOKED_UP = new WeakMap<object, ListedEndpoint[]>()

/**
 * Lookups by text: templates of one organization list the same endpoints
 * again and again. Bounded, so a file of random texts cannot grow it.
 */
const LOOKUPS = new Map<string, EndpointLookup>()
const MAX_LOOKUPS = 10_000

function lookupOnce(text: string): EndpointLookup {
  let lookup = LOOKUPS.get(text)
  if (!lookup) {
    lookup = lookupEndpoint(text)
    if (LOOKUPS.size < MAX_LOOKUPS) LOOKUPS.set(text, lookup)
  }
  return lookup
}

/**
 * The template's `endpoints:` texts, looked up; undefined when it has no
 * list. Items that are not text, or empty, are the schema rule's to report.
 */
export function listedEndpoints(
  template: TemplateView,
): ListedEndpoint[] | undefined {
  const list = template.fields.endpoints
  if (!Array.isArray(list)) return undefined
  let listed = LOOKED_UP.get(template.fields)
  if (!listed) {
    listed = list.flatMap((text: unknown, index) =>
      typeof text === 'string' && text !== ''
        ? [{ index, text, lookup: lookupOnce(text) }]
        : [],
    )
    LOOKED_UP.set(template.fields, listed)
  }
  return listed
}

/**
 * Whether every item of the list names an endpoint the data knows or
 * refuses: an unknown one, or one that is not text, may need anything.
 */
export function isFullyUnderstood(
  template: TemplateView,
  listed: readonly ListedEndpoint[],
): boolean {
  const list = template.fields.endpoints
  return (
    Array.isArray(list) &&
    list.length === listed.length &&
    listed.every(
      ({ lookup }) =>
        lookup.kind === 'endpoint' || lookup.kind === 'unsupported',
    )
  )
}

/** The listed endpoints the data knows, ready for `checkGrant`. */
export function knownEndpoints(listed: readonly ListedEndpoint[]) {
  return listed.flatMap((item): KnownEndpoint[] =>
    item.lookup.kind === 'endpoint'
      ? [
          {
            ...item,
            id: item.lookup.endpoint.id,
            sets: item.lookup.endpoint.sets,
            endpoint: item.lookup.endpoint,
          },
        ]
      : [],
  )
}

// missing-permission and excess-permission ask the same question.
const CHECKED = new WeakMap<object, GrantCheck<KnownEndpoint>>()

/** The template's grant checked against its listed endpoints, once. */
export function templateGrantCheck(
  template: TemplateView,
  listed: readonly ListedEndpoint[],
): GrantCheck<KnownEndpoint> {
  let check = CHECKED.get(template.fields)
  if (!check) {
    check = checkGrant(knownEndpoints(listed), templateGrant(template))
    CHECKED.set(template.fields, check)
  }
  return check
}

/** What the template grants: its permissions with a valid level. */
export function templateGrant(template: TemplateView): Grant {
  const grant: Record<string, AccessLevel> = {}
  for (const { name, level } of permissionEntries(template)) {
    if (isAccessLevel(level)) grant[name] = level
  }
  return grant
}

/** `contents: write and workflows: write` */
export function describeGrant(grant: Grant | PermissionSet): string {
  return listing(
    Object.entries(grant).map(([name, level]) => `${name}: ${level}`),
  )
}

/**
 * The endpoint as the template wrote it, with the data's template when it
 * differs: `"GET /repos/o/r/pulls/7" (GET /repos/{owner}/{repo}/pulls/{pull_number})`.
 */
export function endpointLabel(item: ListedEndpoint): string {
  const written = quote(item.text.trim())
  if (item.lookup.kind !== 'endpoint') return written
  const { id } = item.lookup.endpoint
  return item.text.trim() === id ? written : `${written} (${id})`
}
