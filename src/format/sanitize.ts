/**
 * Text from template files (messages quote it, file names and source lines
 * are it) must not be able to forge output lines or drive the terminal, so
 * every character that could is shown as a visible escape instead.
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

/** `text` with every unsafe character replaced by its visible escape. */
export function sanitize(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += isUnsafeCodePoint(code) ? escapeCodePoint(code) : char
  }
  return out
}
