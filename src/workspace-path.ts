import { realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import {
  escapeCodePoint,
  isUnsafeCodePoint,
} from './common/unsafe-characters.js'
import { UserError } from './errors.js'

/** Whether `path` is `root` or below it, judged by the names alone. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  // `..name` is a folder inside; only `..` itself climbs.
  const climbs = rel === '..' || rel.startsWith(`..${sep}`)
  return !climbs && !isAbsolute(rel)
}

/** A path as typed, with line breaks and other unsafe characters escaped. */
function shown(path: string): string {
  let text = ''
  for (const char of path) {
    const code = char.codePointAt(0)!
    text += isUnsafeCodePoint(code) ? escapeCodePoint(code) : char
  }
  return text
}

const OUTSIDE =
  'is outside the working directory (or a link that leads there): it is not read or written'

/**
 * The real path of `file` (relative to `root`), refusing any path that is,
 * or through a symbolic link leads, outside `root`. A file that does not
 * exist yet is judged by its directory.
 */
export function resolveInsideRoot(root: string, file: string): string {
  const path = resolve(root, file)
  const realRoot = realpathSync(root)
  // Judged by name first: whether a file out there exists is not told.
  if (!isInside(root, path) && !isInside(realRoot, path))
    throw new UserError(`${shown(file)} ${OUTSIDE}`)
  let real: string
  try {
    real = realpathSync(path)
  } catch {
    try {
      real = resolve(realpathSync(dirname(path)), relative(dirname(path), path))
    } catch {
      throw new UserError(`${shown(file)}: no such directory`)
    }
  }
  if (!isInside(realRoot, real)) {
    throw new UserError(`${shown(file)} ${OUTSIDE}`)
  }
  return real
}
