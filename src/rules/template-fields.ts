import type { Permission } from '../catalog/index.js'
import { closestMatch } from '../common/did-you-mean.js'
import { isPlainObject } from '../common/values.js'
import type { TemplateView } from './rule.js'
import { TEMPLATE_KEYS } from './template-keys.js'

/** Helpers that read a template's fields without trusting their types. */

export interface PermissionEntry {
  name: string
  level: unknown
  /** The catalog's permission, or undefined for an unknown name. */
  permission: Permission | undefined
}

/** A dozen rules ask for a template's entries: each template's are read once. */
const entriesOfView = new WeakMap<TemplateView, readonly PermissionEntry[]>()

export function permissionEntries(
  template: TemplateView,
): readonly PermissionEntry[] {
  let entries = entriesOfView.get(template)
  if (!entries) {
    const permissions = template.fields.permissions
    entries = isPlainObject(permissions)
      ? Object.entries(permissions).map(([name, level]) => ({
          name,
          level,
          permission: template.catalog.find(name),
        }))
      : []
    entriesOfView.set(template, entries)
  }
  return entries
}

/** Known permissions of one owner scope, in file order. */
export function permissionsOfScope(
  template: TemplateView,
  scope: Permission['scope'],
): PermissionEntry[] {
  return permissionEntries(template).filter(
    (entry) => entry.permission?.scope === scope,
  )
}

export function stringField(
  template: TemplateView,
  field: string,
): string | undefined {
  const value = template.fields[field]
  return typeof value === 'string' ? value : undefined
}

/**
 * Whether the schema rule already reports a key meant as `field` (a typo
 * such as `descripton`, or a permission written outside `permissions:`):
 * then "missing field" would report the same problem twice.
 */
export function hasMisplacedKeyFor(
  template: TemplateView,
  field: string,
): boolean {
  return template.schemaErrors.some((error) => {
    if (error.instancePath !== '' || error.keyword !== 'additionalProperties')
      return false
    const key = String(error.params.additionalProperty)
    if (field === 'permissions' && template.catalog.find(key)) return true
    return closestMatch(key, TEMPLATE_KEYS) === field
  })
}
