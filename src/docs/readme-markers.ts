export const START_MARKER = '<!-- token-templates:start -->'
export const END_MARKER = '<!-- token-templates:end -->'

export type MarkerProblem =
  'missing' | 'not-alone' | 'duplicated' | 'reversed' | 'one-missing'

export type MarkedUpdate =
  { ok: true; text: string } | { ok: false; problem: MarkerProblem }

interface MarkerLine {
  marker: string
  /** Offsets of the marker text itself in the file. */
  start: number
  end: number
}

/**
 * The marker comments that stand alone on a line outside fenced code
 * blocks: a README that shows the markers in a code sample (as ours does)
 * is not mistaken for one with duplicated markers.
 */
function markerLines(text: string): MarkerLine[] {
  const found: MarkerLine[] = []
  let fence: string | undefined
  let offset = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    const opening = /^(`{3,}|~{3,})/.exec(trimmed)?.[1]
    if (fence === undefined && opening) fence = opening
    else if (fence !== undefined && trimmed.startsWith(fence)) fence = undefined
    else if (
      fence === undefined &&
      (trimmed === START_MARKER || trimmed === END_MARKER)
    ) {
      const start = offset + line.indexOf(trimmed)
      found.push({ marker: trimmed, start, end: start + trimmed.length })
    }
    offset += line.length + 1
  }
  return found
}

/** The 1-based line of the start marker (outside code fences), if any. */
export function startMarkerLine(text: string): number | undefined {
  const marker = markerLines(text).find((line) => line.marker === START_MARKER)
  return marker && text.slice(0, marker.start).split('\n').length
}

/** CRLF when the file uses it, so a Windows-edited README stays CRLF. */
export function lineEnding(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/**
 * `text` with everything between the markers replaced by `body`; nothing
 * outside the markers changes, byte for byte.
 */
export function replaceBetweenMarkers(
  text: string,
  body: string,
): MarkedUpdate {
  const lines = markerLines(text)
  const starts = lines.filter((line) => line.marker === START_MARKER)
  const ends = lines.filter((line) => line.marker === END_MARKER)
  if (starts.length === 0 && ends.length === 0) {
    const mentioned = text.includes(START_MARKER) || text.includes(END_MARKER)
    return { ok: false, problem: mentioned ? 'not-alone' : 'missing' }
  }
  if (starts.length === 0 || ends.length === 0) {
    return { ok: false, problem: 'one-missing' }
  }
  if (starts.length > 1 || ends.length > 1) {
    return { ok: false, problem: 'duplicated' }
  }
  const start = starts[0]!.end
  const end = ends[0]!.start
  if (end < start) return { ok: false, problem: 'reversed' }
  const eol = lineEnding(text)
  const inner = `${eol}${body.split('\n').join(eol)}${eol}`
  return { ok: true, text: text.slice(0, start) + inner + text.slice(end) }
}

/** `text` with the markers and `body` appended, for `docs --init`. */
export function appendMarkedSection(text: string, body: string): string {
  const eol = lineEnding(text)
  const separator =
    text === '' || text.endsWith(eol + eol)
      ? ''
      : text.endsWith(eol)
        ? eol
        : eol + eol
  const section = [
    '## Token templates',
    '',
    START_MARKER,
    body,
    END_MARKER,
    '',
  ].join('\n')
  return text + separator + section.split('\n').join(eol)
}

export const MARKER_HELP = `add these two lines where the table belongs (or run docs --init to append them):\n\n${START_MARKER}\n${END_MARKER}\n`

export function describeMarkerProblem(
  problem: MarkerProblem,
  file: string,
): string {
  const what = {
    missing: `${file} has no token-templates markers`,
    'not-alone': `${file} has token-templates markers only inside other text or code blocks; each marker must stand alone on its line`,
    'one-missing': `${file} has only one of the two token-templates markers`,
    duplicated: `${file} has a token-templates marker more than once`,
    reversed: `${file} has the end marker before the start marker`,
  }[problem]
  return `${what}; it was not changed. ${problem === 'missing' ? MARKER_HELP : `keep exactly one pair, start before end:\n\n${START_MARKER}\n${END_MARKER}\n`}`
}
