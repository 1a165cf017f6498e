import { realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { UserError } from './errors.js'

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * The real path of `file` (relative to `root`), refusing any path that is,
 * or through a symbolic link leads, outside `root`. A file that does not
 * exist yet is judged by its directory.
 */
export function resolveInsideRoot(root: string, file: string): string {
  const realRoot = realpathSync(root)
  const path = resolve(root, file)
  let real: string
  try {
    real = realpathSync(path)
  } catch {
    try {
      real = resolve(realpathSync(dirname(path)), relative(dirname(path), path))
    } catch {
      throw new UserError(`${file}: no such directory`)
    }
  }
  if (!isInside(realRoot, real)) {
    throw new UserError(
      `${file} is outside the working directory (or a link that leads there): it is not read or written`,
    )
  }
  return real
}
