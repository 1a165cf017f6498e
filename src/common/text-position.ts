/** 1-based, end inclusive of the last character's column + 1 (like editors). */
export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** What turns an offset into a line and column: yaml's LineCounter, say. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number }
}

/** The position of the characters in [start, end) of a parsed file. */
export function positionOfRange(
  lineCounter: LinePositions,
  start: number,
  end: number,
): Position {
  const from = lineCounter.linePos(start)
  const to = lineCounter.linePos(Math.max(end, start + 1))
  return {
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
  }
}

/** The position of one character at `offset` in `text`, without a parser. */
export function positionOfOffset(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (
    let i = text.indexOf('\n');
    i !== -1 && i < offset;
    i = text.indexOf('\n', i + 1)
  ) {
    line += 1
    lineStart = i + 1
  }
  const column = offset - lineStart + 1
  return { line, column, endLine: line, endColumn: column + 1 }
}

/** The first character of a file: for findings about the file as a whole. */
export const FILE_START: Position = {
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
}
