import { randomHex } from '../random-hex.js'

/**
 * Prints text that may come from a pull request (a README diff) to the log
 * with workflow commands switched off around it, under a random token the
 * text cannot know: a line like `::add-mask::` in it stays plain text.
 */
export function logUntrusted(
  text: string,
  write: (line: string) => void = (line) => void process.stdout.write(line),
): void {
  const token = randomHex(16)
  write(`::stop-commands::${token}\n`)
  write(text.endsWith('\n') ? text : `${text}\n`)
  write(`::${token}::\n`)
}
