import type { AccessLevel, OwnerScope } from '../catalog/types.js'
import { ENDPOINT_ROWS, GROUPS, PERMISSION_ROWS } from './endpoint-data.js'
import { permissionSets } from './permission-sets.js'
import { SUPPLEMENT_ENDPOINTS } from './supplement-endpoints.js'
import type { Certainty, DataEntry, PermissionSet } from './permission-sets.js'
import type { HttpVerb } from './endpoint-string.js'

/** A permission as GitHub's endpoint data names it. */
export interface DataPermission {
  readonly name: string
  /** The data's group: `User permissions` are `account` ones. */
  readonly scope: OwnerScope
  /** The label of GitHub's token form, e.g. `Pull requests`. */
  readonly title: string
}

/** A REST endpoint that fine-grained tokens can call, per GitHub's data. */
export interface Endpoint {
  readonly verb: HttpVerb
  /** The path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  readonly path: string
  /** `VERB path`, the endpoint's name in messages. */
  readonly id: string
  /** The REST reference's section, e.g. `pulls` and `reviews`. */
  readonly category: string
  readonly subcategory: string
  /** The data's entries for it, as listed (before any interpretation). */
  readonly entries: readonly DataEntry[]
  /** Whether the data marks the entries `additional-permissions`. */
  readonly additional: boolean
  /** Alternatives: any one set is enough (see permission-sets.ts). */
  readonly sets: readonly PermissionSet[]
  readonly certainty: Certainty
}

const LEVELS: Readonly<Record<string, AccessLevel>> = {
  r: 'read',
  w: 'write',
  a: 'admin',
}

function decodePermission(row: string): DataPermission {
  const [name, scope, title] = row.split('|') as [string, OwnerScope, string]
  return { name, scope, title }
}

/** Every permission the data knows, in its order. */
export const DATA_PERMISSIONS: readonly DataPermission[] =
  PERMISSION_ROWS.map(decodePermission)

function decodeEndpoint(row: string): Endpoint {
  const [verb, path, group, codes] = row.split(' ') as [
    HttpVerb,
    string,
    string,
    string,
  ]
  const [category, subcategory] = GROUPS[Number(group)]!.split('/') as [
    string,
    string,
  ]
  const additional = codes.startsWith('+')
  const entries: DataEntry[] =
    codes === '-'
      ? []
      : codes
          .replace(/^\+/, '')
          .split(',')
          .map((code) => ({
            permission: DATA_PERMISSIONS[Number(code.slice(0, -1))]!.name,
            access: LEVELS[code.slice(-1)]!,
          }))
  return endpointOf({ verb, path, category, subcategory, entries, additional })
}

/** An endpoint from what the data (or the supplement) says of it. */
function endpointOf(
  fields: Pick<
    Endpoint,
    'verb' | 'path' | 'category' | 'subcategory' | 'entries' | 'additional'
  >,
): Endpoint {
  return {
    ...fields,
    id: `${fields.verb} ${fields.path}`,
    ...permissionSets(fields.entries, fields.additional),
  }
}

let decoded: readonly Endpoint[] | undefined
let all: readonly Endpoint[] | undefined

/**
 * GitHub's data, decoded on first use: most runs list no `endpoints:`, and
 * decoding the table at start-up cost every run tens of milliseconds.
 * Sorted by path, then verb.
 */
export function dataEndpoints(): readonly Endpoint[] {
  decoded ??= ENDPOINT_ROWS.map(decodeEndpoint)
  return decoded
}

/** Every endpoint lint and suggest know: GitHub's data, then the supplement. */
export function allEndpoints(): readonly Endpoint[] {
  all ??= [
    ...dataEndpoints(),
    ...SUPPLEMENT_ENDPOINTS.map(({ source: _source, ...fields }) =>
      endpointOf({ ...fields, additional: false }),
    ),
  ]
  return all
}
