import { levelWordMeaning } from '../catalog/level-words.js'
import type { Permission } from '../catalog/index.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule, TemplateView } from './rule.js'
import { permissionEntries } from './template-fields.js'
import { isAccessLevel } from '../catalog/index.js'
import {
  ENTERPRISE_ONLY_PERMISSIONS,
  findDataPermission,
  levelRank,
} from '../endpoints/index.js'

export function levelMessage(permission: Permission, level: unknown): string {
  const name = quote(permission.name)
  const levels = listing([...permission.levels])
  const only = permission.levels.length === 1 ? 'only ' : ''
  if (level === null || level === undefined || level === '') {
    return `${name} has no access level: set it to ${permission.levels.join(' or ')}`
  }
  if (typeof level !== 'string') {
    return `the access level of ${name} must be ${permission.levels.join(' or ')}, not ${typeof level === 'object' ? 'a list or map' : String(level)}`
  }
  const meant = levelWordMeaning(level)
  if (meant === undefined)
    return `${quote(level)} is not an access level of ${name}: it supports ${only}${levels}`
  if (meant === 'none') return `to grant no access, remove the ${name} line`
  if (permission.levels.includes(meant)) {
    if (meant === level.toLowerCase())
      return `access levels are lowercase: write ${permission.name}: ${meant}`
    if (meant === level.trim())
      return `remove the spaces around the level: write ${permission.name}: ${meant}`
    return `${quote(level)} means ${meant}: set ${permission.name}: ${meant}`
  }
  const said =
    meant === level.trim().toLowerCase()
      ? ''
      : ` (${quote(level)} means ${meant})`
  const lowest = permission.levels[0]
  // Asking for less than the permission offers: never advise more power.
  if (lowest && levelRank(meant) < levelRank(lowest))
    return `${name} supports ${only}${levels}, not ${meant}${said}: GitHub's form offers no ${meant} access to it; remove the line, or use ${permission.name}: ${lowest} only if the token must have that`
  return `${name} supports ${only}${levels}, not ${meant}${said}: use ${permission.name}: ${permission.levels.includes('write') && meant === 'admin' ? 'write' : (lowest ?? 'read')}`
}

/**
 * For a name GitHub uses without documenting it, at a level only the
 * documented permission has (`user_copilot_requests: write`): that one.
 */
function documentedInstead(
  template: TemplateView,
  name: string,
  level: unknown,
): string | undefined {
  const undocumented = template.catalog.undocumented(name)
  const meant = typeof level === 'string' ? levelWordMeaning(level) : undefined
  if (!undocumented || meant === undefined || meant === 'none') return undefined
  const documented = template.catalog.find(undocumented.documentedAs)
  if (!documented?.levels.includes(meant)) return undefined
  return `${quote(name)} supports only ${listing([...undocumented.levels])} (as GitHub's example link uses it); for ${meant}, use the documented permission: ${documented.name}: ${meant}`
}

/**
 * An Enterprise-only permission on another platform: only a warning there
 * (platform-availability), but its line reaches the link, so its levels
 * still count.
 */
function knownElsewhere(name: string): Permission | undefined {
  return ENTERPRISE_ONLY_PERMISSIONS.find((p) => p.name === name)
}

/**
 * A permission only GitHub's API data names (permission-not-in-catalog):
 * its levels are not known, but a value that is no level at all is wrong.
 */
function notALevel(name: string, level: unknown): string | undefined {
  if (!findDataPermission(name)) return undefined
  if (typeof level === 'string' && isAccessLevel(level)) return undefined
  return `${quote(typeof level === 'string' ? level : String(level))} is not an access level of ${quote(name)}: write read, write or admin, as GitHub's form offers it`
}

export const unsupportedAccessLevelRule: Rule = {
  id: 'unsupported-access-level',
  defaultSeverity: 'error',
  description: 'Each permission asks for a level it supports.',
  docs: [
    "Not every permission has every level: `gists`, `workflows`, `profile`, `copilot_requests` and `codespaces_secrets` are write-only, `metadata`, `plan` and `user_events` read-only, and only a few have `admin`. GitHub's form drops a level a permission lacks. Levels are lowercase; `write` includes `read` and `admin` includes `write`. Levels written as the form shows them (`Read-only`, `Read and write`, `No access`) or as people say them (`readonly`, `rw`, `read/write`) get the level they mean.",
    '```yaml\npermissions:\n  gists: read      # gists supports only write\n  contents: admin  # contents supports read and write\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const entry of permissionEntries(template)) {
      const { name, level } = entry
      const permission = entry.permission ?? knownElsewhere(name)
      if (!permission) {
        const message = notALevel(name, level)
        if (message) report(template.locate(['permissions', name]), message)
        continue
      }
      if (
        typeof level === 'string' &&
        (permission.levels as string[]).includes(level)
      )
        continue
      report(
        template.locate(['permissions', name]),
        documentedInstead(template, name, level) ??
          levelMessage(permission, level),
      )
    }
  }),
}
