/** What a parsed YAML or JSON value is, without trusting its type. */

export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value's kind as a message says it: "a list", "text", "the number 3". */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'boolean') return `${value} (true/false)`
  return `the number ${String(value)}`
}
