import type { AccessLevel } from '../catalog/index.js'
import type { TokenTemplate } from './token-template.js'

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * A linted template's fields as a TokenTemplate. Lint has checked them, but
 * rules can be turned off, so anything of the wrong type is left out rather
 * than trusted.
 */
export function toTokenTemplate(
  fields: Readonly<Record<string, unknown>>,
): TokenTemplate {
  const expires = fields.expires_in
  const permissions = fields.permissions
  const endpoints = fields.endpoints
  return {
    name: text(fields.name) ?? '',
    description: text(fields.description),
    target_name: text(fields.target_name),
    justification: text(fields.justification),
    endpoints: Array.isArray(endpoints)
      ? endpoints.filter((item): item is string => typeof item === 'string')
      : undefined,
    expires_in:
      typeof expires === 'number' || expires === 'none' ? expires : undefined,
    permissions:
      typeof permissions === 'object' && permissions !== null
        ? (Object.fromEntries(
            Object.entries(permissions).filter(
              ([, level]) => typeof level === 'string',
            ),
          ) as Record<string, AccessLevel>)
        : undefined,
  }
}
