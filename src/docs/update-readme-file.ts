import { readFileSync } from 'node:fs'
import { UserError } from '../errors.js'
import { decodeTemplateBytes } from '../common/decode.js'
import { resolveInsideRoot } from '../workspace-path.js'
import { startMarkerLine } from './readme-markers.js'
import { planReadme, readmeDiff } from './readme-update.js'
import { writeFileAtomic } from './write-file-atomic.js'

export interface ReadmeUpdate {
  /** The table differs from the one in the file (before any write). */
  changed: boolean
  /** With `check`: the unified diff a write would make. */
  diff?: string
  /** Where the table starts, to point at a stale one. */
  markerLine?: number
}

function readReadme(path: string, file: string, init: boolean): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && init) return ''
    const reason = code === 'ENOENT' ? 'no such file; --init creates it' : code
    throw new UserError(`${file}: cannot read it (${reason})`)
  }
  const decoded = decodeTemplateBytes(bytes)
  if (!decoded.ok) throw new UserError(`${file}: ${decoded.reason}`)
  // The decoder drops a byte order mark; keep it, as every other byte.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return bom ? `\uFEFF${decoded.text}` : decoded.text
}

/**
 * Puts `table` between the README's markers: checks (`check`, writes
 * nothing) or writes atomically. Refuses files outside `root`, also through
 * links, and broken markers; the README is then left as it was.
 */
export function updateReadmeFile(options: {
  root: string
  file: string
  table: string
  check: boolean
  init: boolean
}): ReadmeUpdate {
  const { root, file, table, check, init } = options
  const path = resolveInsideRoot(root, file)
  const current = readReadme(path, file, init)
  const plan = planReadme(current, table, file, init)
  if (!plan.changed) return { changed: false }
  if (check) {
    return {
      changed: true,
      diff: readmeDiff(file, current, plan.text),
      markerLine: startMarkerLine(current),
    }
  }
  try {
    writeFileAtomic(path, plan.text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new UserError(
      `${file}: could not write it (${code}); it was not changed`,
    )
  }
  return { changed: true }
}
