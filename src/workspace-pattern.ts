import { quote } from './common/quote.js'
import { UserError } from './errors.js'

/**
 * A path or glob refused because it could lead out of the working
 * directory: the CLI exits 2 with this one line, the Action fails with it.
 */
export class UnsafePatternError extends UserError {
  override name = 'UnsafePatternError'
}

/**
 * Where a `..` could begin or end: path separators (`\` is one on Windows
 * and an escape elsewhere), and the delimiters of brace and extglob
 * alternatives, since `{a,..}` or `@(..)` may stand for a plain `..`.
 */
const PIECE_DELIMITERS = /[/\\{},()|]/

/** A leading `!` negates a glob; what follows is still a path. */
const NEGATION = /^!+/

/** `/x`, `\x`, `\\server\share`, `C:\x`, `C:/x`, `C:x`. */
const ABSOLUTE = /^(?:[/\\]|[A-Za-z]:)/

const CLIMBS =
  'it has a ".." segment, which could lead out of the working directory (only files inside it are read): write it relative to the working directory, without ".."'

const ABSOLUTE_PATH =
  'it is an absolute path, which could lead out of the working directory (only files inside it are read): write it relative to the working directory'

/**
 * Whether some piece of `pattern` reads `..`, however spelt: split at
 * separators and alternatives, with backslashes taken both as separators
 * and as escapes (`\.\.` is `..` to a glob).
 */
function hasParentSegment(pattern: string): boolean {
  return [pattern, pattern.replace(/\\/g, '')].some((text) =>
    text.split(PIECE_DELIMITERS).includes('..'),
  )
}

/**
 * Why a template path or glob (or another path relative to the working
 * directory) is refused, or undefined when it stays inside. Stricter than
 * where the path leads: `a/../b` is refused too, since a glob library
 * drops a wildcard followed by `..` and walks from wherever the `..`s
 * then point (`*` + `/../../etc/*` walked /etc).
 */
export function unsafePatternReason(pattern: string): string | undefined {
  const path = pattern.replace(NEGATION, '')
  if (ABSOLUTE.test(path)) return ABSOLUTE_PATH
  if (hasParentSegment(path)) return CLIMBS
  return undefined
}

/** `pattern "x" is refused: why`, with the pattern quoted on one line. */
export function refusedPatternMessage(
  pattern: string,
  reason: string,
  what = 'pattern',
): string {
  return `${what} ${quote(pattern, 200)} is refused: ${reason}`
}

/** Throws UnsafePatternError for the first pattern that could climb out. */
export function refuseUnsafePatterns(
  patterns: readonly string[],
  prefix = '',
): void {
  for (const pattern of patterns) {
    const reason = unsafePatternReason(pattern)
    if (reason)
      throw new UnsafePatternError(
        `${prefix}${refusedPatternMessage(pattern, reason)}`,
      )
  }
}
