import { PERMISSIONS } from './permissions.js'
import type { Permission, Platform, UndocumentedPermission } from './types.js'
import { UNDOCUMENTED_PERMISSIONS } from './undocumented.js'

const UNDOCUMENTED: ReadonlyMap<string, UndocumentedPermission> = new Map(
  UNDOCUMENTED_PERMISSIONS.map((permission) => [permission.name, permission]),
)

/**
 * The permissions one run knows: GitHub's catalog plus the config's
 * `extra_permissions`, for permissions GitHub shipped after our catalog,
 * and those of the GitHub the tokens are for (see catalogFor).
 */
export class PermissionCatalog {
  readonly permissions: readonly Permission[]
  private readonly byName: ReadonlyMap<string, Permission>

  constructor(
    extra: readonly Permission[] = [],
    /** The GitHub the tokens are for: messages name it. */
    readonly platform: Platform = 'github.com',
  ) {
    this.permissions = [...PERMISSIONS, ...extra]
    this.byName = new Map(this.permissions.map((p) => [p.name, p]))
  }

  /**
   * The permission of that name: GitHub's tables, the config's extras, then
   * the names GitHub uses without documenting them (not in `permissions`
   * or `names`, so never a did-you-mean).
   */
  find(name: string): Permission | undefined {
    return this.byName.get(name) ?? UNDOCUMENTED.get(name)
  }

  /** The undocumented permission of that name, unless the config declares it. */
  undocumented(name: string): UndocumentedPermission | undefined {
    return this.byName.has(name) ? undefined : UNDOCUMENTED.get(name)
  }

  get names(): string[] {
    return this.permissions.map((permission) => permission.name)
  }
}
