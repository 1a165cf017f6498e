import { isUtf8 } from 'node:buffer'
import { lstatSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeFileAtomic } from '../docs/write-file-atomic.js'
import { readTemplateFile } from '../lint/read-template-file.js'
import { MAX_LINK_FILE_BYTES } from './lint-links.js'
import type { LinkFile, StaleLink } from './lint-links.js'
import { NEW_TOKEN_PATH } from './token-template.js'

/** The files `--fix` writes: Markdown and HTML, where a link is only a link. */
const FIXABLE = /\.(md|mdx|markdown|html|htm)$/i
/** What `--fix` changed in one file, or why it left the file alone. */
export interface FixedFile {
  file: string
  fixed: number
  /** Set when the file was not rewritten: why. */
  skipped?: string
}

/**
 * The form's path written literally before the query (`/new/` too), on an
 * `http(s)://` server: not `/./new`, `/%6Eew` or a server variable.
 */
function literalPath(text: string): boolean {
  const beforeQuery = text.split(/[?#]/, 1)[0]!
  const path = beforeQuery.replace(/\/+$/, '')
  // A host as written: not a placeholder (`<HOSTNAME>`, `{host}`).
  if (!/^https?:\/\/[\w.:[\]@-]+(?:\/[^?#]*)?$/.test(beforeQuery)) return false
  if (!path.endsWith(NEW_TOKEN_PATH)) return false
  const afterHost = beforeQuery.replace(/^https?:\/\/[^/]+/, '')
  return !/%|\/\.{1,2}(?:\/|$)|\/\/|\\/.test(afterHost)
}

/**
 * Whether `--fix` rewrites this stale link: not one with a placeholder (the
 * script fills it in), a fragment, or a server given by a variable.
 */
function fixable(stale: StaleLink): boolean {
  const { link } = stale
  return (
    !stale.placeholders &&
    link.proper &&
    !link.cut &&
    !link.text.includes('#') &&
    literalPath(link.text)
  )
}

/**
 * The file's text with its fixable stale links replaced by their template's
 * link (with `&amp;` where the link wrote its `&` as an entity); nothing else
 * changes. Undefined when there is nothing to fix.
 */
export function fixedText(
  file: string,
  text: string,
  stale: readonly StaleLink[],
): { text: string; fixed: number } | undefined {
  if (!FIXABLE.test(file)) return undefined
  const fixes = stale
    .filter(fixable)
    .sort((a, b) => b.link.start - a.link.start)
  if (fixes.length === 0) return undefined
  let result = text
  for (const { link, replacement } of fixes) {
    // `&amp;` only where the link wrote its `&` so (not in a script's string).
    const written = link.entities
      ? replacement.replace(/&/g, '&amp;')
      : replacement
    result = result.slice(0, link.start) + written + result.slice(link.end)
  }
  return { text: result, fixed: fixes.length }
}

/**
 * Rewrites the stale links of Markdown and HTML files in place, each file
 * written whole through a temporary file and a rename. A file that is not
 * valid UTF-8, or changed since it was read, is left alone.
 */
export function fixStaleLinks(
  root: string,
  files: readonly LinkFile[],
): FixedFile[] {
  const done: FixedFile[] = []
  for (const { file, text, stale } of files) {
    const fixed = fixedText(file, text, stale)
    if (fixed === undefined) continue
    const path = resolve(root, file)
    // A symbolic link is left as it is: writing would replace it with a
    // file and leave its target stale.
    let linked: boolean
    try {
      linked =
        lstatSync(path).isSymbolicLink() ||
        realpathSync(path) !== join(realpathSync(root), file)
    } catch {
      continue
    }
    if (linked) {
      done.push({ file, fixed: 0, skipped: 'it is a symbolic link' })
      continue
    }
    const bytes = readTemplateFile(path, MAX_LINK_FILE_BYTES)
    if (typeof bytes === 'string' || !isUtf8(bytes)) continue
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const now = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
    if (now !== text) continue
    writeFileAtomic(path, `${bom ? '\uFEFF' : ''}${fixed.text}`)
    done.push({ file, fixed: fixed.fixed })
  }
  return done
}
