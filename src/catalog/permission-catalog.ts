import { PERMISSIONS } from './permissions.js'
import type { Permission } from './types.js'

/**
 * The permissions one run knows: GitHub's catalog plus the config's
 * `extra_permissions`, for permissions GitHub shipped after our catalog.
 */
export class PermissionCatalog {
  readonly permissions: readonly Permission[]
  private readonly byName: ReadonlyMap<string, Permission>

  constructor(extra: readonly Permission[] = []) {
    this.permissions = [...PERMISSIONS, ...extra]
    this.byName = new Map(this.permissions.map((p) => [p.name, p]))
  }

  find(name: string): Permission | undefined {
    return this.byName.get(name)
  }

  get names(): string[] {
    return this.permissions.map((permission) => permission.name)
  }
}
