import { DATA_PERMISSIONS } from './endpoint-table.js'
import type { DataPermission } from './endpoint-table.js'

export { DATA_PERMISSIONS } from './endpoint-table.js'
export type { DataPermission } from './endpoint-table.js'

const BY_NAME: ReadonlyMap<string, DataPermission> = new Map(
  DATA_PERMISSIONS.map((permission) => [permission.name, permission]),
)

/** The permission as GitHub's endpoint data names it, if it does. */
export function findDataPermission(name: string): DataPermission | undefined {
  return BY_NAME.get(name)
}

/**
 * Permissions the data knows but `catalogNames` lacks: GitHub shipped them
 * after the catalog's page, so a template may use them ("not in the catalog
 * yet; GitHub's API data lists it as <title>, <scope>").
 */
export function permissionsMissingFrom(
  catalogNames: Iterable<string>,
): DataPermission[] {
  const known = new Set(catalogNames)
  return DATA_PERMISSIONS.filter((permission) => !known.has(permission.name))
}
