/**
 * A GitHub runner reads a step's stdout and stderr line by line (a line
 * ends at \n, \r or \r\n) and runs a line as a workflow command when, after
 * leading whitespace, it starts with `::` (`::error::…`, `::add-mask::…`,
 * `::stop-commands::…`), or when it holds the older `##[name]…` form
 * anywhere. Text that templates, configs, file names, links or arguments
 * give us must do neither, and must not end a line or drive a terminal.
 *
 * `%` needs nothing: the runner decodes `%0A` and the like only in the data
 * and properties of a line it has already taken as a command, and a line
 * made safe here is never one. (Our own commands escape `%` as `%25`: see
 * escapeCommandData in github.ts.)
 */

import {
  escapeCodePoint,
  isUnsafeCodePoint,
} from '../common/unsafe-characters.js'

/** `[` shown after `##`, so `##[name]` never appears. */
const ESCAPED_BRACKET = '\\u{5b}'
/** The first `:` of a line's leading `::`. */
const ESCAPED_COLON = '\\u{3a}'

/**
 * Whitespace the runner trims before it looks for `::` (.NET's TrimStart:
 * JavaScript's \s covers it), and invisible characters a culture-aware
 * comparison may skip there.
 */
const LEADING_COMMAND = /^([\s\u0085\u00ad\u180e]*):(?=:)/u

/**
 * What `text` shows, one piece per code point: unsafe characters (line
 * breaks, controls, bidi and zero-width) as visible escapes such as `\n`
 * and `\u{2028}`, and a `[` right after `##` as `\u{5b}`. For code frames,
 * which need each character's width; everything else uses logLine.
 */
export function logPieces(text: string): string[] {
  const pieces: string[] = []
  let hashes = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (isUnsafeCodePoint(code)) pieces.push(escapeCodePoint(code))
    else if (char === '[' && hashes >= 2) pieces.push(ESCAPED_BRACKET)
    else pieces.push(char)
    hashes = char === '#' ? hashes + 1 : 0
  }
  return pieces
}

/**
 * `text` made safe to print as one log line: no line breaks or terminal
 * controls (shown escaped), no `##[`, and no `::` at the start after
 * whitespace (its first `:` shown as `\u{3a}`). Apply it to the whole line,
 * or to text between characters that are neither `#` nor `[`. Safe text
 * comes back unchanged, so applying it twice changes nothing.
 */
export function logLine(text: string): string {
  return logPieces(text).join('').replace(LEADING_COMMAND, `$1${ESCAPED_COLON}`)
}

/**
 * JSON text (or YAML, whose double-quoted scalars read the same escapes)
 * with the characters logLine would change inside strings written as
 * `\uXXXX`: the same value, and every line safe to print. JSON.stringify
 * already escapes C0 controls; it leaves C1, U+2028, bidi and zero-width
 * characters, and `##[`, raw. Line breaks between tokens stay.
 */
export function escapeJsonForLog(json: string): string {
  return json.replace(/[^\n -~]|(?<=##)\[/gu, (char) => {
    const code = char.codePointAt(0)!
    return char === '[' || isUnsafeCodePoint(code)
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : char
  })
}

/** JSON.stringify, made safe to print with escapeJsonForLog. */
export function logSafeJson(value: unknown, space?: number): string {
  return escapeJsonForLog(JSON.stringify(value, null, space))
}
