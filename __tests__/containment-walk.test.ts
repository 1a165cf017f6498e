import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'

// The second wall: with the pattern check switched off (as if a spelling
// slipped past it), the glob walk itself lists no directory outside the
// working directory, and the pattern is refused without naming a file.

const actual = await import('../src/workspace-pattern.js')
jest.unstable_mockModule('../src/workspace-pattern.js', () => ({
  ...actual,
  refuseUnsafePatterns: () => undefined,
}))
const { discoverTemplateFiles } = await import('../src/lint/discover.js')

let base: string
let root: string
let up: string

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'tt-walk-')))
  root = join(base, 'root')
  mkdirSync(join(root, 't'), { recursive: true })
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(base, 'outside', 'secret.yml'), 'name: x\n')
  up = '../'.repeat(root.split(sep).length - 1)
})

afterEach(() => rmSync(base, { recursive: true, force: true }))

it.each([
  () => `*/../${up}etc/*`,
  () => `**/../${up}etc/*`,
  () => `./${up}etc/*`,
  () => String.raw`t/\.\./\.\./outside/*`,
  () => '../outside/*.yml',
  () => '../outside/secret.yml',
  () => '/etc/*',
  () => '/etc/passwd',
])('refuses pattern %# by where its walk goes', (pattern) => {
  const written = pattern()
  expect(() => discoverTemplateFiles([written], root)).toThrow(
    new actual.UnsafePatternError(
      `pattern ${JSON.stringify(written)} is refused: it leads out of the working directory (only files inside it are read): write it relative to the working directory`,
    ),
  )
})
