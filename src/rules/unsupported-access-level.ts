import { isAccessLevel } from '../catalog/index.js'
import type { Permission } from '../catalog/index.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

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
  const lower = level.trim().toLowerCase()
  if (lower !== level && permission.levels.some((l) => l === lower)) {
    return `access levels are lowercase: write ${permission.name}: ${lower}`
  }
  if (isAccessLevel(lower)) {
    return `${name} supports ${only}${levels}, not ${lower}: use ${permission.name}: ${permission.levels.includes('write') && lower === 'admin' ? 'write' : (permission.levels[0] ?? 'read')}`
  }
  if (lower === 'none' || lower === 'no access') {
    return `to grant no access, remove the ${name} line`
  }
  return `${quote(level)} is not an access level of ${name}: it supports ${only}${levels}`
}

export const unsupportedAccessLevelRule: Rule = {
  id: 'unsupported-access-level',
  defaultSeverity: 'error',
  description: 'Each permission asks for a level it supports.',
  docs: [
    "Not every permission has every level: `gists`, `workflows`, `profile`, `copilot_requests` and `codespaces_secrets` are write-only, `metadata`, `plan` and `user_events` read-only, and only a few have `admin`. GitHub's form drops a level a permission lacks. Levels are lowercase; `write` includes `read` and `admin` includes `write`.",
    '```yaml\npermissions:\n  gists: read      # gists supports only write\n  contents: admin  # contents supports read and write\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const { name, level, permission } of permissionEntries(template)) {
      if (!permission) continue
      if (
        typeof level === 'string' &&
        (permission.levels as string[]).includes(level)
      )
        continue
      report(
        template.locate(['permissions', name]),
        levelMessage(permission, level),
      )
    }
  }),
}
