import { UserError } from '../errors.js'

/** How GitHub names a token's repository access in its API. */
export const API_REPOSITORY_SELECTIONS = ['none', 'all', 'subset'] as const
export type ApiRepositorySelection = (typeof API_REPOSITORY_SELECTIONS)[number]

/** The three groups GitHub's API sorts a token's permissions into. */
export const PERMISSION_GROUPS = [
  'organization',
  'repository',
  'other',
] as const
export type PermissionGroup = (typeof PERMISSION_GROUPS)[number]

/** One permission a token asks for or holds, as the API lists it. */
export interface TokenPermission {
  group: PermissionGroup
  name: string
  /** As GitHub sent it: read, write or admin, or anything else to refuse. */
  level: string
}

/**
 * A token request (pending) or a token with access (granted), in the
 * fields governance judges. Both come from untrusted JSON: only what
 * `readOrgToken` checked is here.
 */
export interface OrgToken {
  /** A pending request, or a token with access. */
  kind: 'request' | 'token'
  /** `pat_request_id` for a request, `pat_id` for a granted token. */
  id: number
  owner: string
  tokenId: number
  tokenName: string
  repositorySelection: ApiRepositorySelection
  permissions: TokenPermission[]
  /** undefined: the token never expires. */
  expiresAt?: Date
  expired: boolean
  lastUsedAt?: Date
  /** When its lifetime is counted from: `created_at` of a request, `access_granted_at` of a token. */
  since: Date
  /** The requester's words (requests only). */
  reason?: string
  /** `owner/name` of each repository, for `subset` tokens once fetched. */
  repositories?: string[]
}

/** The API answered with something this cannot judge: never guess. */
export class ApiShapeError extends UserError {
  override name = 'ApiShapeError'
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function field<T>(
  item: Json,
  key: string,
  check: (value: unknown) => value is T,
  what: string,
  where: string,
): T {
  const value = item[key]
  if (!check(value)) throw new ApiShapeError(`${where}: ${key} is not ${what}`)
  return value
}

const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isString = (value: unknown): value is string => typeof value === 'string'
const isBoolean = (value: unknown): value is boolean =>
  typeof value === 'boolean'
const isSelection = (value: unknown): value is ApiRepositorySelection =>
  (API_REPOSITORY_SELECTIONS as readonly unknown[]).includes(value)

function date(
  item: Json,
  key: string,
  where: string,
  nullable: boolean,
): Date | undefined {
  const value = item[key]
  if (value === null && nullable) return undefined
  const parsed = typeof value === 'string' ? new Date(value) : undefined
  if (!parsed || Number.isNaN(parsed.getTime()))
    throw new ApiShapeError(`${where}: ${key} is not a date`)
  return parsed
}

function permissionsOf(item: Json, where: string): TokenPermission[] {
  const groups = item.permissions
  if (!isObject(groups))
    throw new ApiShapeError(`${where}: permissions is not an object`)
  const permissions: TokenPermission[] = []
  for (const [group, entries] of Object.entries(groups)) {
    // An unknown group cannot be judged: its permissions are kept with a
    // group no template grants, so the token is never approved for them.
    if (entries === null || entries === undefined) continue
    if (!isObject(entries))
      throw new ApiShapeError(`${where}: permissions.${group} is not an object`)
    for (const [name, level] of Object.entries(entries))
      permissions.push({
        group: group as PermissionGroup,
        name,
        // Anything but a string is no level: shown as JSON, never matched.
        level: typeof level === 'string' ? level : JSON.stringify(level),
      })
  }
  return permissions
}

/**
 * One item of the list of token requests (`pending`) or of tokens with
 * access (`granted`), checked: an item of another shape throws
 * ApiShapeError naming the item and the field.
 */
export function readOrgToken(
  item: unknown,
  kind: 'request' | 'token',
  index: number,
): OrgToken {
  const where = `${kind} ${index + 1} of the API's list`
  if (!isObject(item)) throw new ApiShapeError(`${where} is not an object`)
  const id = field(item, 'id', isId, 'an id', where)
  const at = `${kind} ${id}`
  const owner = item.owner
  if (!isObject(owner) || !isString(owner.login))
    throw new ApiShapeError(`${at}: owner.login is not a string`)
  const reason = item.reason
  return {
    kind,
    id,
    owner: owner.login,
    tokenId: field(item, 'token_id', isId, 'an id', at),
    tokenName: field(item, 'token_name', isString, 'a string', at),
    repositorySelection: field(
      item,
      'repository_selection',
      isSelection,
      'none, all or subset',
      at,
    ),
    permissions: permissionsOf(item, at),
    expiresAt: date(item, 'token_expires_at', at, true),
    expired: field(item, 'token_expired', isBoolean, 'true or false', at),
    lastUsedAt: date(item, 'token_last_used_at', at, true),
    since: date(
      item,
      kind === 'request' ? 'created_at' : 'access_granted_at',
      at,
      false,
    )!,
    ...(kind === 'request' && isString(reason) && { reason }),
  }
}

/** How a message says what the token has: a request asks, a token holds. */
export const verbOf = (token: Pick<OrgToken, 'kind'>): string =>
  token.kind === 'request' ? 'asks for' : 'holds'

/**
 * The API's list, read item by item, each id once: GitHub pages by
 * offset, so an item that moves while the pages are read can come twice.
 */
export function readOrgTokens(
  items: readonly unknown[],
  kind: OrgToken['kind'],
): OrgToken[] {
  const seen = new Set<number>()
  const tokens: OrgToken[] = []
  items.forEach((item, index) => {
    const token = readOrgToken(item, kind, index)
    if (seen.has(token.id)) return
    seen.add(token.id)
    tokens.push(token)
  })
  return tokens
}

/** `owner/name` of each repository in the API's list. */
export function readRepositoryNames(items: unknown[], where: string): string[] {
  return items.map((item, index) => {
    if (!isObject(item) || !isString(item.full_name))
      throw new ApiShapeError(
        `${where}: repository ${index + 1} has no full_name`,
      )
    return item.full_name
  })
}
