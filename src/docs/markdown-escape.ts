import {
  formatCodePoint,
  showHiddenCharacters,
} from '../common/hidden-characters.js'

/**
 * Markdown with each hidden character (bidi control, zero-width, control:
 * see hidden-characters.ts) shown as `<U+202E>`, written as entities: raw,
 * `Safe\u202Eetirw :stnetnoc` would read "Safecontents: write". Line
 * feeds stay: they are the Markdown's own.
 */
export function showHiddenInMarkdown(markdown: string): string {
  return showHiddenCharacters(
    markdown,
    (code) => `&lt;${formatCodePoint(code)}&gt;`,
    '\n',
  )
}

/**
 * Text from a template as the content of one GFM table cell: no HTML, no
 * links, no emphasis, no code spans, no math, no hidden characters, and no
 * way out of the cell.
 *
 * HTML-significant characters become entities (so `<script>` is text); the
 * characters of inline markdown are backslash-escaped: brackets (so
 * `[x](javascript:…)` is no link), emphasis and code marks, `$` (GitHub
 * renders `$x$` as math), and `:`, `.` and `@` (so no URL or address is
 * auto-linked: a description must not be able to plant a link next to a
 * token form). `|` is escaped because GFM splits cells on it even inside
 * code spans, and line breaks become `<br>`, the one tag we write
 * ourselves. Control and other hidden characters show as `<U+202E>`.
 */
export function escapeTableCell(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~:.@$]/g, '\\$&')
  return showHiddenInMarkdown(escaped)
    .split('\n')
    .map((line) => line.trim())
    .join('<br>')
}
