import { jest } from '@jest/globals'
import * as realFs from 'node:fs'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The README writer keeps the file whole when the disk fills up mid-write:
// the temporary file takes the failure, the README is never touched.
const enospc = Object.assign(
  new Error('ENOSPC: no space left on device, write'),
  { code: 'ENOSPC' },
)
let failWrites = false

jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  default: realFs,
  writeSync: (...args: Parameters<typeof realFs.writeSync>) => {
    if (failWrites) throw enospc
    return realFs.writeSync(...args)
  },
}))

const { writeFileAtomic } = await import('../src/docs/write-file-atomic.js')
const { updateReadmeFile } = await import('../src/docs/update-readme-file.js')

const README =
  '# Tokens\n<!-- token-templates:start -->\nold\n<!-- token-templates:end -->\nend\n'

describe('README safety when the disk is full', () => {
  afterEach(() => {
    failWrites = false
  })

  it('writeFileAtomic throws, keeps the old file and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-enospc-'))
    const file = join(dir, 'README.md')
    writeFileSync(file, README)
    failWrites = true
    expect(() => writeFileAtomic(file, 'new text')).toThrow(/ENOSPC/)
    expect(readFileSync(file, 'utf8')).toBe(README)
    expect(readdirSync(dir)).toEqual(['README.md'])
  })

  it('docs keeps the README byte for byte when its write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-enospc-'))
    writeFileSync(join(dir, 'README.md'), README)
    failWrites = true
    expect(() =>
      updateReadmeFile({
        root: dir,
        file: 'README.md',
        table: '| new |',
        check: false,
        init: false,
      }),
    ).toThrow('README.md: could not write it (ENOSPC); it was not changed')
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(README)
    expect(readdirSync(dir)).toEqual(['README.md'])
  })
})
