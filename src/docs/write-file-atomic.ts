import { randomHex } from '../random-hex.js'
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `text` to `path` through a temporary file in the same directory and
 * a rename, so readers (and a crash) see the old file or the new one, never
 * half of either. The file keeps its permission bits.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomHex(6)}.tmp`,
  )
  let mode = 0o644
  try {
    mode = statSync(path).mode & 0o777
  } catch {
    // A new file: the default mode.
  }
  const fd = openSync(temporary, 'wx', mode)
  try {
    try {
      writeSync(fd, text)
      // The umask applies at creation: set the old file's mode exactly.
      fchmodSync(fd, mode)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Already gone: nothing to clean up.
    }
    throw error
  }
}
