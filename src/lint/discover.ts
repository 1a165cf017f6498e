import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { isInside } from '../workspace-path.js'
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby'

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
      if (!link.isSymbolicLink()) {
        return 'it is reached through a symbolic link to a directory outside the working directory'
      }
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

/**
 * Symbolic links matching `pattern`. The glob library skips links when told
 * not to follow them (following them would let a link to `/` walk the whole
 * disk), so they are found here, without following any, to be reported.
 */
function matchingSymlinks(pattern: string, root: string): string[] {
  const { base } = picomatch.scan(pattern)
  const isMatch = picomatch(pattern, { dot: true, ignore: IGNORED })
  const start = resolve(root, base || '.')
  if (!isInside(root, start)) return []
  let entries
  try {
    entries = readdirSync(start, { recursive: true, withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
    .filter((file) => isMatch(file))
}

/**
 * Expands paths, directories and globs into the template files to lint.
 * The glob library, not following links, returns regular files reached
 * without any link: they need no further check here (their size is checked
 * when they are read). Links are few, and each is checked in full.
 */
export function discoverTemplateFiles(
  patterns: readonly string[],
  root: string,
): Discovery {
  const plain = new Set<string>()
  const links = new Set<string>()
  const unmatched: string[] = []
  const relativeToRoot = (match: string) =>
    toPosix(relative(root, resolve(root, match)))
  for (const pattern of patterns.length ? patterns : [DEFAULT_TEMPLATE_GLOB]) {
    const expanded = expandPattern(pattern, root)
    const files = globSync(expanded, {
      cwd: root,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false,
      ignore: IGNORED,
    })
    const linked = matchingSymlinks(expanded, root)
    if (files.length === 0 && linked.length === 0) unmatched.push(pattern)
    for (const file of files) plain.add(relativeToRoot(file))
    for (const link of linked) links.add(relativeToRoot(link))
  }
  const discovery: Discovery = { files: [], refused: [], unmatched }
  const realRoot = realpathSync(root)
  // The glob walk follows no link below its start, but its start (a
  // pattern's base directory) may itself be a link: check each directory
  // once.
  const realDirectories = new Map<string, string>()
  const realPath = (file: string) => {
    const path = resolve(root, file)
    const directory = dirname(path)
    let real = realDirectories.get(directory)
    if (real === undefined) {
      real = realpathSync(directory)
      realDirectories.set(directory, real)
    }
    return join(real, basename(path))
  }
  for (const file of plain) {
    if (!isInside(root, resolve(root, file))) {
      discovery.refused.push({ file, reason: OUTSIDE })
    } else if (!isInside(realRoot, realPath(file))) {
      discovery.refused.push({
        file,
        reason:
          'it is reached through a symbolic link to a directory outside the working directory',
      })
    } else {
      discovery.files.push(file)
    }
  }
  // A link to a template that is linted anyway is read once, under the
  // template's own path.
  const realPaths = new Set(links.size ? discovery.files.map(realPath) : [])
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
