import type { Position } from '../lint/finding.js'
import { escapeCodePoint, isUnsafeCodePoint, sanitize } from './sanitize.js'

/** Source lines longer than this (UTF-16 code units) are cut around the column. */
export const MAX_FRAME_WIDTH = 200
/** How much of a cut line to keep before the column. */
const LEAD = 60
const ELLIPSIS = '…'

export interface FrameStyle {
  gutter: (text: string) => string
  marker: (text: string) => string
}

const plain: FrameStyle = { gutter: (text) => text, marker: (text) => text }

/**
 * The two lines that show `position` in `lineText` (the text of line
 * `position.line`, without its line break): the source after a gutter, and
 * carets under columns `column` to `endColumn` (to the end of the line when
 * the range goes on to later lines). Columns count UTF-16 code units, as
 * JavaScript strings and the `yaml` parser do.
 */
export function codeFrame(
  lineText: string,
  position: Position,
  style: FrameStyle = plain,
): [string, string] {
  const length = lineText.length
  const start = clamp(position.column - 1, 0, length)
  const end =
    position.endLine > position.line
      ? length
      : clamp(position.endColumn - 1, start, length)

  let from = 0
  let to = length
  if (length > MAX_FRAME_WIDTH) {
    from = clamp(start - LEAD, 0, length - MAX_FRAME_WIDTH)
    to = from + MAX_FRAME_WIDTH
    // Never split a surrogate pair at either edge.
    if (isLowSurrogate(lineText, from)) from++
    if (isLowSurrogate(lineText, to)) to++
  }
  const head = from > 0 ? ELLIPSIS : ''
  const tail = to < length ? ELLIPSIS : ''
  const caretFrom = Math.max(start, from)
  const caretTo = Math.min(end, to)

  const shown = head + sanitize(lineText.slice(from, to)) + tail
  const padding =
    ' '.repeat(head.length) + blank(lineText.slice(from, caretFrom))
  const carets = '^'.repeat(
    Math.max(1, width(lineText.slice(caretFrom, caretTo))),
  )

  const number = String(position.line)
  return [
    style.gutter(`  ${number} |`) + (shown === '' ? '' : ` ${shown}`),
    style.gutter(`  ${' '.repeat(number.length)} |`) +
      ` ${padding}${style.marker(carets)}`,
  ]
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}

/** Blanks as wide as `render(text)`, keeping tabs so carets line up. */
function blank(text: string): string {
  let out = ''
  for (const char of text) {
    out += char === '\t' ? '\t' : ' '.repeat(displayWidth(char))
  }
  return out
}

function width(text: string): number {
  let total = 0
  for (const char of text) total += displayWidth(char)
  return total
}

function displayWidth(char: string): number {
  const code = char.codePointAt(0)!
  return isUnsafeCodePoint(code) ? escapeCodePoint(code).length : 1
}
