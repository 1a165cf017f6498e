import type { Position } from '../lint/finding.js'
import { logPieces } from './log-line.js'

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
 * JavaScript strings and the `yaml` parser do. The source is shown as
 * logLine shows text (escapes for unsafe characters and `##[`), and the
 * carets are as wide as what they stand under.
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

  // Rendered once, as a whole: whether `[` is escaped depends on the `##`
  // before it.
  const pieces = logPieces(lineText.slice(from, to))
  const before = [...lineText.slice(from, caretFrom)].length
  const under = [...lineText.slice(caretFrom, caretTo)].length
  const shown = head + pieces.join('') + tail
  const padding = ' '.repeat(head.length) + blank(pieces.slice(0, before))
  const carets = '^'.repeat(
    Math.max(1, width(pieces.slice(before, before + under))),
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

/** Blanks as wide as `pieces`, keeping tabs so carets line up. */
function blank(pieces: readonly string[]): string {
  return pieces
    .map((piece) => (piece === '\t' ? '\t' : ' '.repeat(columns(piece))))
    .join('')
}

/** How many columns `pieces` take: one for a character, more for an escape. */
function width(pieces: readonly string[]): number {
  return pieces.reduce((total, piece) => total + columns(piece), 0)
}

function columns(piece: string): number {
  return [...piece].length
}
