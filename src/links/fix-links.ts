import { isUtf8 } from 'node:buffer'
import { resolve } from 'node:path'
import { writeFileAtomic } from '../docs/write-file-atomic.js'
import { readTemplateFile } from '../lint/read-template-file.js'
import { MAX_LINK_FILE_BYTES } from './lint-links.js'
import type { LinkFile, StaleLink } from './lint-links.js'

/** The files `--fix` writes: Markdown and HTML, where a link is only a link. */
const FIXABLE = /\.(md|mdx|markdown|html|htm)$/i
const HTML = /\.html?$/i

/** What `--fix` changed in one file. */
export interface FixedFile {
  file: string
  fixed: number
}

/**
 * Whether `--fix` rewrites this stale link: not one with a placeholder (the
 * script fills it in), a fragment, or a server given by a variable.
 */
function fixable(stale: StaleLink): boolean {
  const { link } = stale
  return (
    !stale.placeholders &&
    !link.text.includes('#') &&
    /^https?:\/\//.test(link.text)
  )
}

/**
 * The file's text with its fixable stale links replaced by their template's
 * link (with `&amp;` in HTML, or where the link had it); nothing else
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
    const written =
      HTML.test(file) || link.text.includes('&amp;')
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
