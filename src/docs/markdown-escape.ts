/**
 * Text from a template as the content of one GFM table cell: no HTML, no
 * links, no emphasis, no code spans, and no way out of the cell.
 *
 * HTML-significant characters become entities (so `<script>` is text); the
 * characters of inline markdown are backslash-escaped: brackets (so
 * `[x](javascript:…)` is no link), emphasis and code marks, and `:`, `.`
 * and `@` (so no URL or address is auto-linked: a description must not be
 * able to plant a link next to a token form). `|` is escaped because GFM
 * splits cells on it even inside code spans, and line breaks become
 * `<br>`, the one tag we write ourselves.
 */
export function escapeTableCell(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Control characters would end the row or hide text: blank them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~:.@]/g, '\\$&')
      .replace(/\t/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('<br>')
  )
}
