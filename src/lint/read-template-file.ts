import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { MAX_TEMPLATE_FILE_BYTES } from './discover.js'

/**
 * A template file's bytes, or why it is not read: not a regular file, or
 * over the size limit (checked on the open file, so nothing larger is read).
 */
export function readTemplateFile(
  path: string,
  maxBytes = MAX_TEMPLATE_FILE_BYTES,
  /** What the file is read for, in the size message. */
  purpose = 'a file searched for links',
): Buffer | string {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) return 'it is not a regular file'
    if (stats.size > maxBytes) {
      return maxBytes === MAX_TEMPLATE_FILE_BYTES
        ? `it is ${stats.size} bytes, over the 1 MiB limit for a template file: split it or remove it`
        : `it is ${stats.size} bytes, over the ${maxBytes / 1024 / 1024} MiB limit for ${purpose}`
    }
    const bytes = Buffer.alloc(stats.size)
    let offset = 0
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset)
      if (read === 0) break
      offset += read
    }
    return bytes.subarray(0, offset)
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  } finally {
    closeSync(fd)
  }
}
