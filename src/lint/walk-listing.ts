import { readdirSync } from 'node:fs'
import type { Dirent } from 'node:fs'
import { join } from 'node:path'
import { isInside } from '../workspace-path.js'

/** The directory listing a glob walk reads, confined to one root. */
export interface WalkListing {
  /** For the glob library's `fs` option. */
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[]
  /** The symbolic links the walk listed (absolute paths). */
  readonly links: string[]
  /** Whether the walk asked for a directory outside the root. */
  readonly escaped: boolean
}

/**
 * A readdirSync for the glob library that lists nothing outside `root`
 * (an empty listing instead, and `escaped` set), whatever the pattern made
 * of the walk's start; and picks the symbolic links out of what it lists,
 * which the library, not following links, would skip unseen. Paths are
 * judged as written: the walk follows no link, and its start is checked
 * for links before it begins.
 */
export function walkListing(root: string): WalkListing {
  const links: string[] = []
  let escaped = false
  return {
    readdirSync(path, options) {
      if (!isInside(root, path)) {
        escaped = true
        return []
      }
      const entries = readdirSync(path, options)
      for (const entry of entries) {
        if (entry.isSymbolicLink()) links.push(join(path, entry.name))
      }
      return entries
    },
    links,
    get escaped() {
      return escaped
    },
  }
}
