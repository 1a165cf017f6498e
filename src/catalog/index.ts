import { PERMISSIONS } from './permissions.js'
import { ACCESS_LEVELS } from './types.js'
import type { AccessLevel, Permission } from './types.js'

export { PERMISSIONS } from './permissions.js'
export { UNDOCUMENTED_PERMISSIONS } from './undocumented.js'
export { CLASSIC_SCOPES, MISSING_CAPABILITIES } from './missing-capabilities.js'
export {
  NON_PERMISSION_PARAMETERS,
  replaceClassicScopes,
} from './link-parameters.js'
export type { LinkParameter, ScopesReplacement } from './link-parameters.js'
export * from './types.js'
export { PermissionCatalog } from './permission-catalog.js'

const BY_NAME: ReadonlyMap<string, Permission> = new Map(
  PERMISSIONS.map((permission) => [permission.name, permission]),
)

export function findPermission(name: string): Permission | undefined {
  return BY_NAME.get(name)
}

export function isAccessLevel(value: unknown): value is AccessLevel {
  return (ACCESS_LEVELS as readonly unknown[]).includes(value)
}

/** `write` includes `read` and `admin` includes `write`, as GitHub's form says. */
export function levelIncludes(
  granted: AccessLevel,
  needed: AccessLevel,
): boolean {
  return ACCESS_LEVELS.indexOf(granted) >= ACCESS_LEVELS.indexOf(needed)
}

/** GitHub's limits on the token form's fields (seed: "Supported Query Parameters"). */
export const FIELD_LIMITS = {
  nameMaxLength: 40,
  descriptionMaxLength: 1024,
  expiresInMinDays: 1,
  expiresInMaxDays: 366,
  defaultExpiresInDays: 30,
  /** A user can hold at most this many fine-grained tokens. */
  maxTokensPerUser: 50,
} as const
