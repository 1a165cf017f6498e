import { unsafePatternReason } from '../workspace-pattern.js'

/** The template's `used_by` globs that may be searched: text, inside the root. */
export function usedByPatterns(
  fields: Readonly<Record<string, unknown>>,
): string[] {
  const list = fields.used_by
  if (!Array.isArray(list)) return []
  // The schema rule reports the rest: other types, `..`, absolute paths.
  return list.filter(
    (item: unknown): item is string =>
      typeof item === 'string' &&
      item !== '' &&
      unsafePatternReason(item) === undefined,
  )
}

/**
 * Whether `used_by` names some code to check: a pattern that is searched,
 * not only ones refused or negated (`!x` leaves out, and finds nothing).
 * Without one, the endpoints-only check of excess-permission stands.
 */
export const namesCode = (fields: Readonly<Record<string, unknown>>) =>
  usedByPatterns(fields).some((pattern) => !pattern.startsWith('!'))
