import type { ErrorObject } from 'ajv'
import { FIELD_LIMITS } from '../catalog/index.js'
import { quote } from '../common/quote.js'
import { didYouMean } from '../common/did-you-mean.js'
import { decodePointer } from '../common/json-pointer.js'
import { describeType } from '../common/values.js'
import { perTemplate } from './rule.js'
import type { Rule, TemplateView } from './rule.js'
import { TEMPLATE_KEYS } from './template-keys.js'
import {
  REPOSITORY_SELECTION_LABELS,
  REPOSITORY_SELECTIONS,
} from '../links/repository-selection.js'
import type { RepositorySelection } from '../links/repository-selection.js'
import {
  refusedPatternMessage,
  unsafePatternReason,
} from '../workspace-pattern.js'

/** Problems a more specific rule reports: the schema rule leaves them alone. */
function isOwnedBySpecificRule(error: ErrorObject): boolean {
  const path = error.instancePath
  return (
    path.startsWith('/permissions/') ||
    (path === '/permissions' && error.keyword === 'additionalProperties') ||
    (path === '/target_name' && error.keyword === 'pattern')
  )
}

const FIELD_RULES: Record<string, string> = {
  name: `text of 1 to ${FIELD_LIMITS.nameMaxLength} characters: the token name GitHub shows`,
  description: `text of at most ${FIELD_LIMITS.descriptionMaxLength} characters`,
  target_name: 'text: the slug of a user or organization, such as octodemo',
  expires_in: `a whole number of days from ${FIELD_LIMITS.expiresInMinDays} to ${FIELD_LIMITS.expiresInMaxDays}, or none (never expires)`,
  permissions: 'a map of permission: level, such as contents: read',
  endpoints:
    'a list of REST endpoints the token calls, such as GET /repos/{owner}/{repo}/contents/{path}',
  justification: `text of 1 to ${FIELD_LIMITS.descriptionMaxLength} characters saying why the token needs its sensitive permissions`,
  used_by:
    'a list of paths or globs of the code that uses the token, such as src/**/*.ts',
  repositories: `selected (${REPOSITORY_SELECTION_LABELS.selected}), all (${REPOSITORY_SELECTION_LABELS.all}) or none (${REPOSITORY_SELECTION_LABELS.none}, read-only): the repository access review approves`,
}

/**
 * What people write for a repository selection, by its words joined with
 * `_`: GitHub's API (`subset`), the form's labels, and the like.
 */
const SELECTION_ALIASES: ReadonlyMap<string, RepositorySelection> = new Map([
  ['subset', 'selected'],
  ['select', 'selected'],
  ['selection', 'selected'],
  ['selected_repositories', 'selected'],
  ['select_repositories', 'selected'],
  ['only_select_repositories', 'selected'],
  ['only_selected_repositories', 'selected'],
  ['some', 'selected'],
  ['all_repositories', 'all'],
  ['public', 'none'],
  ['public_repositories', 'none'],
  ['public_only', 'none'],
  ['no_repositories', 'none'],
])

/** `: did you mean "selected"?` for a near miss of a selection, or nothing. */
function selectionSuggestion(value: unknown): string {
  if (Array.isArray(value))
    return ': a template cannot name repositories (each request picks its own): write selected to approve requests for selected repositories'
  if (typeof value !== 'string') return ''
  const words = value
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '')
    .join('_')
  const alias = SELECTION_ALIASES.get(words)
  if (alias !== undefined) return `: did you mean "${alias}"?`
  return didYouMean(value, REPOSITORY_SELECTIONS)
}

const ITEM_RULES: Record<string, string> = {
  endpoints:
    'an HTTP verb and a path, such as GET /repos/{owner}/{repo}/contents/{path}',
  used_by:
    'a path or glob relative to the repository root, such as src/**/*.ts',
}

/** A value of a list item (`/endpoints/2`): says which item and what it needs. */
function itemMessage(
  field: string,
  index: string,
  value: unknown,
  error: ErrorObject,
): string {
  const item = `item ${Number(index) + 1} of "${field}"`
  const rule = ITEM_RULES[field] ?? 'valid'
  if (error.keyword === 'minLength')
    return `${item} is empty: it must be ${rule}`
  const got = typeof value === 'string' ? quote(value) : describeType(value)
  return `${item} must be ${rule}; got ${got}`
}

function fieldMessage(field: string, value: unknown, error: ErrorObject) {
  const rule = FIELD_RULES[field]
  if (error.keyword === 'maxLength') {
    const length = [...String(value)].length
    return `"${field}" is ${length} characters long; GitHub allows at most ${String(error.params.limit)}: shorten it`
  }
  if (error.keyword === 'minLength') {
    return `"${field}" is empty: it must be ${rule}`
  }
  if (error.keyword === 'minItems')
    return `"${field}" is an empty list: it must be ${rule}, with at least one; or remove it`
  if (rule === undefined) return `"${field}" ${error.message ?? 'is invalid'}`
  const got = typeof value === 'string' ? quote(value) : describeType(value)
  const suggestion = field === 'repositories' ? selectionSuggestion(value) : ''
  return `"${field}" must be ${rule}; got ${got}${suggestion}`
}

function unknownKeyMessage(template: TemplateView, key: string): string {
  if (template.catalog.find(key)) {
    return `unknown key ${quote(key)}: permissions go under "permissions:" (indent it there)`
  }
  const suggestion = didYouMean(key, TEMPLATE_KEYS)
  return `unknown key ${quote(key)}${suggestion || `: a template has only ${TEMPLATE_KEYS.join(', ')}`}`
}

/**
 * `used_by` globs that could lead out of the repository: refused as the
 * `templates` globs are, but here at the item rather than for the run.
 */
function checkUsedByPatterns(
  template: TemplateView,
  report: (at: ReturnType<TemplateView['start']>, message: string) => void,
) {
  const list = template.fields.used_by
  if (!Array.isArray(list)) return
  list.forEach((pattern: unknown, index) => {
    if (typeof pattern !== 'string') return
    const reason = unsafePatternReason(pattern)
    if (reason)
      report(
        template.locate(['used_by', index]),
        refusedPatternMessage(pattern, reason, 'used_by glob'),
      )
  })
}

function check(
  template: TemplateView,
  report: (at: ReturnType<TemplateView['start']>, message: string) => void,
) {
  checkUsedByPatterns(template, report)
  const reported = new Set<string>()
  for (const error of template.schemaErrors) {
    if (isOwnedBySpecificRule(error)) continue
    const path = decodePointer(error.instancePath)
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty)
      report(
        template.locate([...path, key], 'key'),
        unknownKeyMessage(template, key),
      )
    } else if (error.keyword === 'required') {
      const missing = String(error.params.missingProperty)
      report(
        template.start(),
        `a template needs "${missing}:", ${FIELD_RULES[missing] ?? 'a value'}`,
      )
    } else if (!reported.has(error.instancePath)) {
      // anyOf (expires_in) yields several errors for one value: report once.
      reported.add(error.instancePath)
      const [field = '', index] = path
      const value = template.fields[field]
      report(
        template.locate(path),
        index !== undefined && Array.isArray(value) && /^\d+$/.test(index)
          ? itemMessage(field, index, value[Number(index)], error)
          : fieldMessage(field, value, error),
      )
    }
  }
}

export const schemaRule: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description:
    "The template has the shape GitHub's token form accepts: known keys, right types, limits.",
  docs: [
    'A template is a YAML mapping with `name` (optional, as on the token form: missing-name warns without one; 1 to 40 characters), `description` (at most 1024), `target_name`, `expires_in` (1 to 366 or `none`), `permissions`, and optionally `endpoints` (a list of `VERB /path` texts), `justification`, `repositories` (`selected`, `all` or `none`: the repository access `token-templates review` approves; not part of the link) and `used_by` (paths or globs of the code that uses the token, inside the repository: no `..`, no absolute path). Any other key, a wrong type or a value past a limit is reported here, with a did-you-mean for misspelt keys.',
    '```yaml\n# wrong\nname: Deploy\nexpires: 30        # unknown key: did you mean "expires_in"?\n# right\nname: Deploy\nexpires_in: 30\n```',
  ].join('\n\n'),
  create: perTemplate(check),
}
