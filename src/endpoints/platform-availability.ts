import { PERMISSIONS } from '../catalog/index.js'
import { PLATFORM_PERMISSION_KEYS, PLATFORMS } from './platforms.js'
import type { Platform } from './platforms.js'

/** The platform a config without `platform:` means. */
export const DEFAULT_PLATFORM: Platform = 'github.com'

/** How messages name each platform. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  'github.com': 'GitHub.com',
  ghec: 'GitHub Enterprise Cloud',
  'ghes-3.20': 'GitHub Enterprise Server 3.20',
}

/*
 * GitHub.com's REST data lacks a few permissions that its token form has
 * (organization_custom_roles, organization_announcement_banners, ...: their
 * endpoints are documented for Enterprise only). The catalog is GitHub.com's
 * own list of the form's permissions, so on GitHub.com it counts too.
 */
const AVAILABLE: ReadonlyMap<Platform, ReadonlySet<string>> = new Map(
  PLATFORMS.map((platform) => {
    const names = new Set(PLATFORM_PERMISSION_KEYS[platform])
    if (platform === 'github.com')
      for (const permission of PERMISSIONS) names.add(permission.name)
    return [platform, names]
  }),
)

const IN_API_DATA: ReadonlySet<string> = new Set(
  PLATFORMS.flatMap((platform) => PLATFORM_PERMISSION_KEYS[platform]),
)

/**
 * Whether the REST data of any platform names the permission. Those it
 * does not (GraphQL-only `discussions`, `copilot_messages`, ...) cannot be
 * told missing from one platform.
 */
export function isInApiData(name: string): boolean {
  return IN_API_DATA.has(name)
}

/** Whether the permission exists on `platform`, as far as the data says. */
export function isAvailableOn(name: string, platform: Platform): boolean {
  return AVAILABLE.get(platform)!.has(name)
}

/** The platforms whose data has the permission, in PLATFORMS order. */
export function platformsWith(name: string): Platform[] {
  return PLATFORMS.filter((platform) => isAvailableOn(name, platform))
}
