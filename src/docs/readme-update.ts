import { createTwoFilesPatch } from 'diff'
import { showHiddenKeepingLines } from '../common/hidden-characters.js'
import { UserError } from '../errors.js'
import {
  appendMarkedSection,
  describeMarkerProblem,
  replaceBetweenMarkers,
} from './readme-markers.js'

export interface ReadmePlan {
  /** The README as it should be. */
  text: string
  changed: boolean
}

/**
 * What the README becomes with `table` between its markers. Broken markers
 * are a UserError and nothing changes; `init` appends markers (and the
 * table) only to a file that has none at all, never guessing otherwise.
 */
export function planReadme(
  current: string,
  table: string,
  file: string,
  init: boolean,
): ReadmePlan {
  const update = replaceBetweenMarkers(current, table)
  if (update.ok) return { text: update.text, changed: update.text !== current }
  if (update.problem === 'missing' && init) {
    return { text: appendMarkedSection(current, table), changed: true }
  }
  throw new UserError(describeMarkerProblem(update.problem, file))
}

/**
 * The README as the diff shows it: each hidden character (bidi control,
 * zero-width, control) as `<U+202E>`, since the diff goes to a log or a
 * terminal where one raw would reorder or hide what is read. Line ends
 * (CRLF too), tabs and a leading byte order mark are kept, so a README
 * without hidden characters diffs exactly.
 */
function showHidden(text: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  return bom + showHiddenKeepingLines(text.slice(bom.length))
}

/** A unified diff of the README, for `docs --check` when the table is stale. */
export function readmeDiff(
  file: string,
  before: string,
  after: string,
): string {
  return createTwoFilesPatch(
    `a/${showHidden(file)}`,
    `b/${showHidden(file)}`,
    showHidden(before),
    showHidden(after),
    '',
    '',
    { context: 2 },
  )
}
