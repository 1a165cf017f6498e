/**
 * Characters that template text must never carry raw into a log, a
 * terminal or Markdown: they end lines, drive the terminal, or hide and
 * reorder what a reader sees.
 */

/** Unsafe: C0 but tab, DEL, C1, line/paragraph separators, and invisible
 * format characters (zero-width, bidi controls, BOM) that hide or reorder. */
export function isUnsafeCodePoint(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  )
}

/** The visible form of one unsafe code point, e.g. `\n` or `\u{1b}`. */
export function escapeCodePoint(code: number): string {
  if (code === 0x0a) return '\\n'
  if (code === 0x0d) return '\\r'
  return `\\u{${code.toString(16)}}`
}
