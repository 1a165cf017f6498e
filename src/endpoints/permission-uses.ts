import type { AccessLevel } from '../catalog/index.js'
import { allEndpoints } from './endpoint-table.js'
import type { Endpoint } from './endpoint-table.js'
import type { PermissionSet } from './permission-sets.js'

export interface PermissionUse {
  readonly endpoint: Endpoint
  /** The level of the permission this endpoint needs. */
  readonly access: AccessLevel
  /** Permissions needed together with it (empty when it is enough alone). */
  readonly with: PermissionSet
}

export interface CategoryUses {
  /** The REST reference's category, e.g. `pulls`. */
  readonly category: string
  readonly uses: readonly PermissionUse[]
}

function useOf(endpoint: Endpoint, name: string): PermissionUse | undefined {
  // Of the sets naming it, the one asking least: fewest partners, then level.
  const sets = endpoint.sets
    .filter((set) => set[name] !== undefined)
    .sort((a, b) => Object.keys(a).length - Object.keys(b).length)
  const set = sets[0]
  if (!set) return undefined
  const { [name]: access, ...rest } = set
  return { endpoint, access: access!, with: rest }
}

/**
 * The endpoints a permission opens, by API category (sorted), each with the
 * level it needs: for `token-templates explain PERMISSION`.
 */
export function permissionUses(name: string): CategoryUses[] {
  const byCategory = new Map<string, PermissionUse[]>()
  for (const endpoint of allEndpoints()) {
    const use = useOf(endpoint, name)
    if (!use) continue
    const list = byCategory.get(endpoint.category) ?? []
    list.push(use)
    byCategory.set(endpoint.category, list)
  }
  return [...byCategory.keys()]
    .sort()
    .map((category) => ({ category, uses: byCategory.get(category)! }))
}
