import { findPermission, PermissionCatalog } from '../catalog/index.js'
import {
  ENTERPRISE_ONLY_PERMISSIONS,
  findDataPermission,
  isInApiData,
  PLATFORM_NAMES,
  platformsWith,
  permissionUses,
} from '../endpoints/index.js'
import type { PermissionUse } from '../endpoints/index.js'
import { UserError } from '../errors.js'
import { listing } from '../common/quote.js'
import { describeGrant } from '../rules/template-endpoints.js'
import { unknownPermissionMessage } from '../rules/unknown-permission.js'
import type { CliIo } from './io.js'

/** The first line: the permission, its label, scope and levels. */
function heading(name: string): string | undefined {
  const permission =
    findPermission(name) ??
    ENTERPRISE_ONLY_PERMISSIONS.find((p) => p.name === name)
  if (permission) {
    return `${name}: ${permission.displayName} (${permission.scope} permission; ${permission.levels.length === 1 ? 'level' : 'levels'} ${permission.levels.join(', ')})`
  }
  const undocumented = new PermissionCatalog().undocumented(name)
  if (undocumented) {
    return `${name}: ${undocumented.displayName} (${undocumented.scope} permission; level ${undocumented.levels.join(', ')}; not in GitHub's permission tables: ${undocumented.source}; the documented permission is ${undocumented.documentedAs})`
  }
  const known = findDataPermission(name)
  if (known) {
    return `${name}: ${known.title} (${known.scope} permission; not in the catalog yet: declare it under extra_permissions in the config to use it)`
  }
  if (isInApiData(name)) {
    return `${name}: not in the catalog, which lists GitHub.com's permissions (declare it under extra_permissions in the config to use it)`
  }
  return undefined
}

function platformLine(name: string): string {
  if (!isInApiData(name)) {
    return "GitHub's REST API data lists no endpoint for it: it serves other APIs (such as GraphQL) only."
  }
  const platforms = platformsWith(name)
  const names = platforms.map((platform) => PLATFORM_NAMES[platform])
  const setting = platforms.includes('github.com')
    ? ''
    : ` Set ${platforms.map((platform) => `platform: ${platform}`).join(' or ')} in the config to use it.`
  return `On ${listing(names)}, per GitHub's API data.${setting}`
}

function useLine(use: PermissionUse): string {
  const partners = Object.keys(use.with).length
    ? ` (with ${describeGrant(use.with)})`
    : ''
  const inexact = use.endpoint.certainty === 'exact' ? '' : ' *'
  return `  ${use.endpoint.id}  ${use.access}${partners}${inexact}`
}

/**
 * What `name` lets a token do: the REST endpoints GitHub's data lists for
 * it, by API category, each with the level it needs.
 */
export function explainPermission(name: string): string {
  const title = heading(name)
  if (title === undefined) {
    throw new UserError(unknownPermissionMessage(name, new PermissionCatalog()))
  }
  const lines = [title, platformLine(name)]
  const categories = permissionUses(name)
  const uses = categories.flatMap((category) => category.uses)
  if (uses.length > 0) {
    lines.push(
      '',
      `${uses.length} REST endpoint${uses.length === 1 ? '' : 's'} on GitHub.com, by API category (endpoint, level it needs):`,
    )
    for (const category of categories) {
      lines.push('', category.category, ...category.uses.map(useLine))
    }
    if (uses.some((use) => use.endpoint.certainty !== 'exact')) {
      lines.push(
        '',
        "* GitHub's data is not exact for these endpoints: it marks their permissions as 'additional' without saying which are alternatives and which are needed together, so that part is inferred or assumed.",
      )
    }
  }
  return `${lines.join('\n')}\n`
}

/** `token-templates explain PERMISSION`: exit 0, or 2 for an unknown one. */
export function explainCommand(args: readonly string[], io: CliIo): number {
  if (args.length !== 1)
    throw new UserError(
      'explain takes one permission, e.g. token-templates explain contents',
    )
  io.stdout(explainPermission(args[0]!.trim()))
  return 0
}
