import picomatch from 'picomatch'
import { ACCESS_LEVELS, levelIncludes } from '../catalog/index.js'
import type { AccessLevel, PermissionCatalog } from '../catalog/index.js'
import { quote } from '../common/quote.js'
import { unknownPermissionMessage } from '../rules/unknown-permission.js'
import { ENTERPRISE_ONLY_PERMISSIONS } from '../endpoints/index.js'

/** A permission, from `level` up (every level when `level` is absent). */
export interface PermissionLimit {
  permission: string
  level?: AccessLevel
  /** The config line that sets it; undefined for a built-in default. */
  line?: number
}

/** The `policy` section of the config, checked and with its lines. */
export interface Policy {
  file: string
  maxLifetimeDays?: { days: number; line: number }
  forbiddenPermissions: PermissionLimit[]
  allowedTargets?: {
    patterns: string[]
    line: number
    matches: (target: string) => boolean
  }
  allowPersonal: { allowed: boolean; line?: number }
  requireDescription?: { line: number }
  sensitivePermissions: PermissionLimit[]
}

/** Sensitive by default: they change code, settings, secrets or people. */
export const DEFAULT_SENSITIVE_PERMISSIONS: readonly PermissionLimit[] = [
  'administration',
  'workflows',
  'secrets',
  'actions_variables',
  'environments',
  'repository_hooks',
  'dependabot_secrets',
  'codespaces_secrets',
  'organization_administration',
  'members',
  'organization_secrets',
  'organization_actions_variables',
  'organization_dependabot_secrets',
  'organization_codespaces_secrets',
  'organization_hooks',
  'organization_self_hosted_runners',
  'organization_custom_roles',
  'organization_custom_org_roles',
  'keys',
  'gpg_keys',
  'git_signing_ssh_public_keys',
  'emails',
].map((permission) => ({ permission, level: 'write' as const }))

/** Whether `granted` of `permission` falls under `limit`. */
export function limitApplies(
  limit: PermissionLimit,
  permission: string,
  granted: unknown,
): boolean {
  if (limit.permission !== permission) return false
  if (limit.level === undefined) return true
  return (
    (ACCESS_LEVELS as readonly unknown[]).includes(granted) &&
    levelIncludes(granted as AccessLevel, limit.level)
  )
}

export function describeLimit(limit: PermissionLimit): string {
  return limit.level === undefined || limit.level === 'read'
    ? limit.permission
    : `${limit.permission}: ${limit.level} or above`
}

/** A problem in the policy, at a path of the config document. */
export class PolicyProblem extends Error {
  constructor(
    readonly path: Array<string | number>,
    message: string,
    readonly part: 'key' | 'value' = 'value',
  ) {
    super(message)
  }
}

/** A raw list item: `name` or `{ name: level }` (the config schema checked the shape). */
type RawLimit = string | Record<string, AccessLevel>

export function parseLimit(
  raw: RawLimit,
  path: Array<string | number>,
  catalog: PermissionCatalog,
  line: number,
): PermissionLimit {
  const [permission, level] =
    typeof raw === 'string'
      ? [raw, undefined]
      : (Object.entries(raw)[0] as [string, AccessLevel])
  // Enterprise-only permissions are a warning on other platforms, so a
  // template may still hold one: the policy may name it anywhere.
  const known =
    catalog.find(permission) ??
    ENTERPRISE_ONLY_PERMISSIONS.find((p) => p.name === permission)
  const itemPath = typeof raw === 'string' ? path : [...path, permission]
  if (!known) {
    throw new PolicyProblem(
      itemPath,
      unknownPermissionMessage(permission, catalog),
      typeof raw === 'string' ? 'value' : 'key',
    )
  }
  if (level !== undefined && !known.levels.includes(level)) {
    throw new PolicyProblem(
      itemPath,
      `${quote(permission)} has no ${level} level (it has ${known.levels.join(', ')})`,
    )
  }
  return { permission, level, line }
}

/** Glob characters and the characters of GitHub slugs, nothing else. */
const TARGET_GLOB = /^[A-Za-z0-9_\-*?![\]{},]+$/

function balanced(pattern: string): boolean {
  let square = 0
  let curly = 0
  for (const char of pattern) {
    if (char === '[') square += 1
    if (char === ']') square -= 1
    if (char === '{') curly += 1
    if (char === '}') curly -= 1
    if (square < 0 || curly < 0) return false
  }
  return square === 0 && curly === 0
}

export function compileTargetPatterns(
  patterns: string[],
  path: Array<string | number>,
): (target: string) => boolean {
  patterns.forEach((pattern, index) => {
    if (!TARGET_GLOB.test(pattern) || !balanced(pattern)) {
      throw new PolicyProblem(
        [...path, index],
        `${quote(pattern)} is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}`,
      )
    }
  })
  // Logins are case-insensitive on GitHub.
  return picomatch(patterns, { nocase: true, dot: true })
}

export interface RawPolicy {
  max_lifetime_days?: number
  forbidden_permissions?: RawLimit[]
  allowed_targets?: string[]
  allow_personal?: boolean
  require_description?: boolean
  sensitive_permissions?: RawLimit[]
}

/**
 * The checked policy. `lineOf` gives the config line of a path, so each
 * finding can name the setting the template breaks. Throws PolicyProblem.
 */
export function parsePolicy(
  raw: RawPolicy,
  file: string,
  catalog: PermissionCatalog,
  lineOf: (path: Array<string | number>) => number,
): Policy {
  const limits = (key: 'forbidden_permissions' | 'sensitive_permissions') =>
    (raw[key] ?? []).map((item, index) =>
      parseLimit(
        item,
        ['policy', key, index],
        catalog,
        lineOf(['policy', key, index]),
      ),
    )
  const targetsPath = ['policy', 'allowed_targets']
  return {
    file,
    maxLifetimeDays:
      raw.max_lifetime_days === undefined
        ? undefined
        : {
            days: raw.max_lifetime_days,
            line: lineOf(['policy', 'max_lifetime_days']),
          },
    forbiddenPermissions: limits('forbidden_permissions'),
    allowedTargets:
      raw.allowed_targets === undefined
        ? undefined
        : {
            patterns: raw.allowed_targets,
            line: lineOf(targetsPath),
            matches: compileTargetPatterns(raw.allowed_targets, targetsPath),
          },
    allowPersonal: {
      allowed: raw.allow_personal ?? true,
      line:
        raw.allow_personal === undefined
          ? undefined
          : lineOf(['policy', 'allow_personal']),
    },
    requireDescription: raw.require_description
      ? { line: lineOf(['policy', 'require_description']) }
      : undefined,
    sensitivePermissions:
      raw.sensitive_permissions === undefined
        ? [...DEFAULT_SENSITIVE_PERMISSIONS]
        : limits('sensitive_permissions'),
  }
}
