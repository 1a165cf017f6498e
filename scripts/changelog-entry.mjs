// Prints one version's entry of a Keep a Changelog file: the lines between
// its heading (`## [0.1.0] - 2026-12-06`, or `## 0.1.0`) and the next `## `
// heading, without the link definitions (`[0.1.0]: https://...`) that close
// the file. The release workflow uses it as the GitHub release's body.
//
//   node scripts/changelog-entry.mjs v0.1.0 [CHANGELOG.md]
//
// Exit 1, with one line on stderr, when the version has no entry or an empty
// one: a release is never published without its notes.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The entry of `version` (with or without a leading v); undefined if none. */
export function changelogEntry(text, version) {
  const wanted = version.replace(/^v/, '')
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const heading = (line) => /^## (?!#)/.test(line)
  const start = lines.findIndex(
    (line) => heading(line) && headingVersion(line) === wanted,
  )
  if (start === -1) return undefined
  let end = lines.findIndex((line, index) => index > start && heading(line))
  if (end === -1) end = lines.length
  const body = lines
    .slice(start + 1, end)
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim()
  return body === '' ? undefined : body
}

/** `## [1.2.3] - 2026-01-01` and `## 1.2.3 (2026-01-01)` name 1.2.3. */
function headingVersion(line) {
  const match = /^##\s+\[?v?([^\]\s]+)\]?/.exec(line)
  return match?.[1]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2)
  if (!version) {
    console.error('usage: node scripts/changelog-entry.mjs VERSION [FILE]')
    process.exit(2)
  }
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    console.error(`${file}: ${error.message}`)
    process.exit(2)
  }
  const entry = changelogEntry(text, version)
  if (entry === undefined) {
    console.error(
      `${file} has no entry for ${version.replace(/^v/, '')}: add a "## [${version.replace(/^v/, '')}] - YYYY-MM-DD" section`,
    )
    process.exit(1)
  }
  process.stdout.write(entry + '\n')
}
