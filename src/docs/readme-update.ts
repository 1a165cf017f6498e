import { createTwoFilesPatch } from 'diff'
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

/** A unified diff of the README, for `docs --check` when the table is stale. */
export function readmeDiff(
  file: string,
  before: string,
  after: string,
): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', {
    context: 2,
  })
}
