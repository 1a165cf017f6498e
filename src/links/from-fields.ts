import type { AccessLevel } from '../catalog/index.js'
import { isRepositorySelection } from './repository-selection.js'
import type { TokenTemplate } from './token-template.js'

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * A linted template's fields as a TokenTemplate. Lint has checked them, but
 * rules can be turned off, so anything of the wrong type is left out rather
 * than trusted.
 */
export function toTokenTemplate(
  fields: Readonly<Record<string, unknown>>,
  label?: string,
): TokenTemplate {
  const expires = fields.expires_in
  const permissions = fields.permissions
  const endpoints = fields.endpoints
  return {
    name: text(fields.name) ?? '',
    ...(label !== undefined && { label }),
    description: text(fields.description),
    target_name: text(fields.target_name),
    justification: text(fields.justification),
    endpoints: Array.isArray(endpoints)
      ? endpoints.filter((item): item is string => typeof item === 'string')
      : undefined,
    repositories: isRepositorySelection(fields.repositories)
      ? fields.repositories
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

/** Where a template stands: its file and 0-based document index. */
export interface TemplateSource {
  file: string
  documentIndex: number
  fields: Readonly<Record<string, unknown>>
}

/**
 * Templates as TokenTemplates, each labelled by where it stands (for the
 * ones without a name): `ci/tokens.yml`, or `ci/tokens.yml #2` when the
 * file holds several documents. `all` are every template of the run (also
 * those left out), so numbering shows even when a file's others are.
 */
export function toTokenTemplates(
  templates: readonly TemplateSource[],
  all: readonly TemplateSource[] = templates,
): TokenTemplate[] {
  const several = new Set<string>()
  const first = new Map<string, number>()
  for (const { file, documentIndex } of [...all, ...templates]) {
    const index = first.get(file) ?? documentIndex
    if (documentIndex > 0 || index !== documentIndex) several.add(file)
    first.set(file, index)
  }
  return templates.map((template) =>
    toTokenTemplate(
      template.fields,
      several.has(template.file)
        ? `${template.file} #${template.documentIndex + 1}`
        : template.file,
    ),
  )
}
