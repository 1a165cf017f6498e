import { PermissionCatalog } from '../catalog/index.js'
import type { Permission } from '../catalog/index.js'
import { PLATFORM_PERMISSION_KEYS } from './platforms.js'
import type { Platform } from './platforms.js'

/**
 * Permissions GitHub documents for Enterprise Cloud or Enterprise Server
 * only: neither GitHub.com's page nor its API data lists them. Title, scope
 * and levels are read from github/docs' fine-grained-pat-permissions.json
 * of each platform (data/github-docs/enterprise-only-permissions.json keeps
 * what was read, with commits). Levels are the access values of their
 * endpoints: read and write for all of them.
 * Source: GitHub Docs (github/docs), CC BY 4.0 / MIT, © GitHub
 */
export const ENTERPRISE_ONLY_PERMISSIONS: readonly Permission[] = [
  {
    name: 'custom_properties_for_organizations',
    displayName: 'Custom properties for organizations',
    scope: 'organization',
    levels: ['read', 'write'],
  },
  {
    name: 'organization_secret_scanning_bypass_requests',
    displayName: 'Organization bypass requests for secret scanning',
    scope: 'organization',
    levels: ['read', 'write'],
  },
  {
    name: 'organization_dependabot_dismissal_requests',
    displayName: 'Organization dismissal requests for Dependabot',
    scope: 'organization',
    levels: ['read', 'write'],
  },
  {
    name: 'secret_scanning_dismissal_requests',
    displayName: 'Secret scanning alert dismissal requests',
    scope: 'organization',
    levels: ['read', 'write'],
  },
  {
    name: 'organization_pre_receive_hooks',
    displayName: 'Organization pre-receive hooks',
    scope: 'organization',
    levels: ['read', 'write'],
  },
  {
    name: 'repo_secret_scanning_dismissal_requests',
    displayName: 'Secret scanning alert dismissal requests',
    scope: 'repository',
    levels: ['read', 'write'],
  },
  {
    name: 'secret_scanning_bypass_requests',
    displayName: 'Secret scanning push protection bypass requests',
    scope: 'repository',
    levels: ['read', 'write'],
  },
  {
    name: 'repository_pre_receive_hooks',
    displayName: 'Repository pre-receive hooks',
    scope: 'repository',
    levels: ['read', 'write'],
  },
]

/** The Enterprise-only permissions that `platform` has, in the list's order. */
export function enterpriseOnlyPermissions(platform: Platform): Permission[] {
  const keys = new Set(PLATFORM_PERMISSION_KEYS[platform])
  return ENTERPRISE_ONLY_PERMISSIONS.filter((permission) =>
    keys.has(permission.name),
  )
}

/**
 * The permissions one run knows: GitHub.com's catalog, those the config's
 * platform adds, then the config's `extra_permissions`.
 */
export function catalogFor(
  platform: Platform,
  extra: readonly Permission[] = [],
): PermissionCatalog {
  return new PermissionCatalog(
    [...enterpriseOnlyPermissions(platform), ...extra],
    platform,
  )
}
