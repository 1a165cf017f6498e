export const START_MARKER = '<!-- token-templates:start -->'
export const END_MARKER = '<!-- token-templates:end -->'

export type MarkerProblem =
  'missing' | 'duplicated' | 'reversed' | 'one-missing'

export type MarkedUpdate =
  { ok: true; text: string } | { ok: false; problem: MarkerProblem }

const count = (text: string, marker: string) => text.split(marker).length - 1

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
  const starts = count(text, START_MARKER)
  const ends = count(text, END_MARKER)
  if (starts === 0 && ends === 0) return { ok: false, problem: 'missing' }
  if (starts === 0 || ends === 0) return { ok: false, problem: 'one-missing' }
  if (starts > 1 || ends > 1) return { ok: false, problem: 'duplicated' }
  const start = text.indexOf(START_MARKER) + START_MARKER.length
  const end = text.indexOf(END_MARKER)
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
    'one-missing': `${file} has only one of the two token-templates markers`,
    duplicated: `${file} has a token-templates marker more than once`,
    reversed: `${file} has the end marker before the start marker`,
  }[problem]
  return `${what}; it was not changed. ${problem === 'missing' ? MARKER_HELP : `keep exactly one pair, start before end:\n\n${START_MARKER}\n${END_MARKER}\n`}`
}
