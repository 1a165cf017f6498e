import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs'
import type { readdirSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { isInside } from '../workspace-path.js'
import {
  refusedPatternMessage,
  refuseUnsafePatterns,
  UnsafePatternError,
} from '../workspace-pattern.js'
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby'
import { walkListing } from './walk-listing.js'

export const DEFAULT_TEMPLATE_GLOB = '.github/token-templates/**/*.{yml,yaml}'
/** Larger files are refused: a template is a few hundred bytes. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024

export interface Discovery {
  /** Files to read, relative to the root with `/`, sorted and unique. */
  files: string[]
  /** Matches that are not read, with the reason (become findings). */
  refused: Array<{ file: string; reason: string }>
  /** Patterns that matched nothing. */
  unmatched: string[]
}

const toPosix = (path: string) => path.split(sep).join('/')

/** A directory argument means every YAML file below it. */
function expandPattern(pattern: string, root: string): string {
  if (isDynamicPattern(pattern)) return pattern
  try {
    if (statSync(resolve(root, pattern)).isDirectory()) {
      return `${escapePath(toPosix(pattern)).replace(/\/+$/, '')}/**/*.{yml,yaml}`
    }
  } catch {
    // Not there: the glob below finds nothing and reports it unmatched.
  }
  return escapePath(toPosix(pattern))
}

/**
 * Why a matched path must not be read, or undefined when it is a regular
 * file inside the root (directly or through a link that stays inside).
 */
export function refusalReason(root: string, file: string): string | undefined {
  const path = resolve(root, file)
  if (!isInside(root, path)) return OUTSIDE
  try {
    const link = lstatSync(path)
    const real = realpathSync(path)
    if (!isInside(realpathSync(root), real)) {
      if (!link.isSymbolicLink()) return THROUGH_LINKED_DIRECTORY
      return 'it is a symbolic link that leads outside the working directory: it is not followed'
    }
    const stats = statSync(real)
    if (!stats.isFile()) return 'it is not a regular file'
    if (stats.size > MAX_TEMPLATE_FILE_BYTES) {
      return `it is ${stats.size} bytes, over the 1 MiB limit for a template file: split it or remove it`
    }
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
  return undefined
}

const OUTSIDE =
  'it is outside the working directory: only files inside it are read'

/** Never searched: dependencies and git's own files hold no templates. */
const IGNORED = ['**/node_modules/**', '**/.git/**']

const THROUGH_LINKED_DIRECTORY =
  'it is reached through a symbolic link to a directory outside the working directory'

/** The pattern would have the walk list a directory outside the root. */
function walksOutside(pattern: string): UnsafePatternError {
  return new UnsafePatternError(
    refusedPatternMessage(
      pattern,
      'it leads out of the working directory (only files inside it are read): write it relative to the working directory',
    ),
  )
}

/**
 * The regular files matching `pattern` (as the glob library returns them:
 * relative to `root`, with `/`) and the symbolic links inside `root` that
 * match it (absolute). The library, told not to follow links (following them would
 * let a link to `/` walk the whole disk), skips them: they are picked out
 * of the directory listings it reads, so one walk finds both, and no
 * directory the glob does not search (`node_modules`, `.git`, nor any that
 * cannot hold a match) is listed. Nor any outside `root`: a pattern that
 * would have the walk go there (`written`, as the user wrote it) is refused.
 */
function globFilesAndLinks(
  pattern: string,
  root: string,
  written: string,
): { files: string[]; links: string[] } {
  const listing = walkListing(root)
  const files = globSync(pattern, {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: IGNORED,
    fs: { readdirSync: listing.readdirSync as typeof readdirSync },
  })
  if (listing.escaped) throw walksOutside(written)
  const { links } = listing
  if (links.length === 0) return { files, links }
  const isMatch = picomatch(pattern, { dot: true, ignore: IGNORED })
  return {
    files,
    links: links.filter(
      (link) => isInside(root, link) && isMatch(toPosix(relative(root, link))),
    ),
  }
}

/**
 * A glob walks from its base directory (`.github/token-templates` for the
 * default) without following links below it; when the base itself is
 * a link (or under a link) leading outside, nothing is walked at all: not
 * even the names of files out there are listed. A base outside the root
 * refuses the pattern (`written`, as the user wrote it).
 */
function walkStartOutside(
  pattern: string,
  root: string,
  realRoot: string,
  written: string,
): { file: string; reason: string } | undefined {
  if (!isDynamicPattern(pattern))
    return literalPathOutside(pattern, root, realRoot, written)
  const start = resolve(root, picomatch.scan(pattern).base || '.')
  if (!isInside(root, start)) throw walksOutside(written)
  const file = toPosix(relative(root, start)) || '.'
  let real: string
  try {
    real = realpathSync(start)
  } catch {
    return undefined // not there: the glob finds nothing
  }
  return isInside(realRoot, real)
    ? undefined
    : { file, reason: THROUGH_LINKED_DIRECTORY }
}

/**
 * A literal path whose folder leads outside through a symbolic link: the
 * glob would list that folder, and whether the file exists there would
 * show. Refused the same way whether it exists or not.
 */
function literalPathOutside(
  pattern: string,
  root: string,
  realRoot: string,
  written: string,
): { file: string; reason: string } | undefined {
  const path = resolve(root, pattern)
  if (!isInside(root, path)) throw walksOutside(written)
  let folder = dirname(path)
  while (!existsSync(folder) && isInside(root, dirname(folder))) {
    folder = dirname(folder)
  }
  let real: string
  try {
    real = realpathSync(folder)
  } catch {
    return undefined // not there: the glob finds nothing
  }
  if (isInside(realRoot, real)) return undefined
  return {
    file: toPosix(relative(root, path)),
    reason: THROUGH_LINKED_DIRECTORY,
  }
}

/** A directory holding files the glob returned. */
interface Folder {
  /** Its path from the root with `/`, and a trailing `/` unless it is the root. */
  prefix: string
  /** Its real path. */
  real: string
  /** Why its files are not read, or undefined. */
  reason: string | undefined
}

/**
 * Expands paths, directories and globs into the template files to lint.
 * The glob library, not following links, returns regular files reached
 * without any link below the walk's start: they need no further check here
 * (their size is checked when they are read) but their directory's, since
 * the start (a pattern's base directory) may itself be a link, and that is
 * done once per directory, not per file. Links are few, and each is
 * checked in full.
 */
export function discoverTemplateFiles(
  patterns: readonly string[],
  root: string,
): Discovery {
  const realRoot = realpathSync(root)
  const folders = new Map<string, Folder>()
  /**
   * `globbed`: a directory as the glob returns it (`.` for the root);
   * `written`: the pattern that found it, refused if it is outside.
   */
  const folder = (globbed: string, written: string): Folder => {
    let found = folders.get(globbed)
    if (found === undefined) {
      const path = resolve(root, globbed)
      if (!isInside(root, path)) throw walksOutside(written)
      const fromRoot = toPosix(relative(root, path))
      const real = realpathSync(path)
      found = {
        prefix: fromRoot === '' ? '' : `${fromRoot}/`,
        real,
        reason: isInside(realRoot, real) ? undefined : THROUGH_LINKED_DIRECTORY,
      }
      folders.set(globbed, found)
    }
    return found
  }
  /** Files found, by their path from the root, with `/`. */
  const plain = new Map<string, { folder: Folder; name: string }>()
  const links = new Set<string>()
  const unmatched: string[] = []
  const walkRefused: Discovery['refused'] = []
  const searched = patterns.length ? patterns : [DEFAULT_TEMPLATE_GLOB]
  // All refused before any is walked: a run with one is not a run.
  refuseUnsafePatterns(searched)
  for (const pattern of searched) {
    const expanded = expandPattern(pattern, root)
    const start = walkStartOutside(expanded, root, realRoot, pattern)
    if (start) {
      walkRefused.push(start)
      continue
    }
    const found = globFilesAndLinks(expanded, root, pattern)
    if (found.files.length === 0 && found.links.length === 0) {
      unmatched.push(pattern)
    }
    for (const file of found.files) {
      const slash = file.lastIndexOf('/')
      const name = file.slice(slash + 1)
      const where = folder(slash === -1 ? '.' : file.slice(0, slash), pattern)
      plain.set(`${where.prefix}${name}`, { folder: where, name })
    }
    for (const link of found.links) links.add(toPosix(relative(root, link)))
  }
  const discovery: Discovery = { files: [], refused: walkRefused, unmatched }
  // A link to a template that is linted anyway is read once, under the
  // template's own path.
  const realPaths = new Set<string>()
  for (const [file, { folder, name }] of plain) {
    if (folder.reason) {
      discovery.refused.push({ file, reason: folder.reason })
    } else {
      discovery.files.push(file)
      if (links.size) realPaths.add(join(folder.real, name))
    }
  }
  for (const file of links) {
    const reason = refusalReason(root, file)
    if (reason) {
      discovery.refused.push({ file, reason })
      continue
    }
    const real = realpathSync(resolve(root, file))
    if (realPaths.has(real)) continue
    realPaths.add(real)
    discovery.files.push(file)
  }
  discovery.files.sort()
  discovery.refused.sort((a, b) => (a.file < b.file ? -1 : 1))
  return discovery
}
