/**
 * A count and its noun, singular for exactly one: `1 notice`, `0 notices`,
 * `2 templates`. `many` is the plural when it is not the noun plus `s`.
 */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`
}
