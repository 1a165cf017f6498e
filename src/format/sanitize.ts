/**
 * Text from template files (messages quote it, file names and source lines
 * are it) must not be able to forge output lines or drive the terminal, so
 * every character that could is shown as a visible escape instead.
 */

import {
  escapeCodePoint,
  isUnsafeCodePoint,
} from '../common/unsafe-characters.js'

export { escapeCodePoint, isUnsafeCodePoint }

/** `text` with every unsafe character replaced by its visible escape. */
export function sanitize(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += isUnsafeCodePoint(code) ? escapeCodePoint(code) : char
  }
  return out
}
