import { DEFAULT_TEMPLATE_GLOB } from '../lint/discover.js'
import { VERSION } from '../version.js'

/**
 * A fence for a fenced code block holding `text`: backticks, one more
 * than the longest run in it and at least three, so no line of the text
 * (a README's own ``` block, quoted by a diff) can close the block early.
 */
export function codeFence(text: string): string {
  const longest = Math.max(
    0,
    ...[...text.matchAll(/`+/g)].map((run) => run[0].length),
  )
  return '`'.repeat(Math.max(3, longest + 1))
}

/** One word for a POSIX shell: as is when plain, else single-quoted. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * The command that writes the table the Action wrote or checked: the
 * version of token-templates the Action runs (another version may render
 * the table otherwise), the README, and the inputs that differ from the
 * CLI's defaults. Run from the repository root.
 */
export function docsCommandLine(options: {
  readme: string
  patterns?: readonly string[]
  config?: string
  serverUrl?: string
}): string {
  const words = [
    'npx',
    `token-templates@${VERSION}`,
    'docs',
    '--readme',
    options.readme,
  ]
  if (options.config) words.push('--config', options.config)
  const server = options.serverUrl?.replace(/\/+$/, '')
  if (server) words.push('--server-url', server)
  const patterns = options.patterns ?? []
  if (!(patterns.length === 1 && patterns[0] === DEFAULT_TEMPLATE_GLOB))
    words.push(...patterns)
  return words.map(shellWord).join(' ')
}
