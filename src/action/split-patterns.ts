/**
 * Splits the `templates` input on newlines and on commas outside braces, so
 * `a/*.yml, b/**\/*.{yml,yaml}` is two globs, not three broken ones.
 */
export function splitPatterns(input: string): string[] {
  const patterns: string[] = []
  let current = ''
  let depth = 0
  for (const char of input) {
    if (char === '{') depth += 1
    if (char === '}') depth = Math.max(0, depth - 1)
    if (char === '\n' || (char === ',' && depth === 0)) {
      patterns.push(current)
      current = ''
      depth = 0
    } else {
      current += char
    }
  }
  patterns.push(current)
  return patterns.map((pattern) => pattern.trim()).filter(Boolean)
}
