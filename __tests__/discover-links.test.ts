import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { discoverTemplateFiles } from '../src/lint/discover.js'

// Discovery walks each pattern's directories once: links are picked out of
// the listings the glob reads, and files are checked once per directory.
// These pin what that must keep: every link that matches is found (never
// followed), nothing under node_modules or .git is, and each file's path
// and verdict are those of its own directory.

const TEMPLATE = 'name: Deploy\npermissions:\n  contents: read\n'
const LEADS_OUTSIDE =
  'it is a symbolic link that leads outside the working directory: it is not followed'
const THROUGH_LINKED_DIRECTORY =
  'it is reached through a symbolic link to a directory outside the working directory'
const OUTSIDE =
  'it is outside the working directory: only files inside it are read'

let base: string
let root: string
let outside: string

function write(path: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), TEMPLATE)
}

function link(path: string, target: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  symlinkSync(target, join(root, path))
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'token-templates-discover-links-'))
  root = join(base, 'root')
  outside = join(base, 'outside')
  mkdirSync(root)
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
})

afterEach(() => {
  rmSync(base, { recursive: true, force: true })
})

describe('discoverTemplateFiles and links', () => {
  it('refuses a link named on the command line that leads outside', () => {
    link('leak.yml', join(outside, 'secret.yml'))
    link('t/deep/leak.yml', join(outside, 'secret.yml'))
    expect(
      discoverTemplateFiles(['leak.yml', 't/deep/leak.yml'], root),
    ).toEqual({
      files: [],
      refused: [
        { file: 'leak.yml', reason: LEADS_OUTSIDE },
        { file: 't/deep/leak.yml', reason: LEADS_OUTSIDE },
      ],
      unmatched: [],
    })
  })

  it('reads a link named on the command line that stays inside', () => {
    write('t/a.yml')
    link('same.yml', 't/a.yml')
    expect(discoverTemplateFiles(['same.yml'], root)).toEqual({
      files: ['same.yml'],
      refused: [],
      unmatched: [],
    })
    expect(discoverTemplateFiles(['same.yml', 't'], root).files).toEqual([
      't/a.yml',
    ])
  })

  it('finds links at every depth, in every directory the glob walks', () => {
    write('t/a.yml')
    for (const dir of ['t', 't/x', 't/x/y', 't/z']) {
      link(`${dir}/leak.yml`, join(outside, 'secret.yml'))
      link(`${dir}/gone.yaml`, 'missing.yml')
    }
    const { files, refused } = discoverTemplateFiles(['t'], root)
    expect(files).toEqual(['t/a.yml'])
    expect(refused).toEqual(
      ['t', 't/x', 't/x/y', 't/z'].flatMap((dir) => [
        { file: `${dir}/gone.yaml`, reason: 'it cannot be read (ENOENT)' },
        { file: `${dir}/leak.yml`, reason: LEADS_OUTSIDE },
      ]),
    )
  })

  it('reports only the links that match the pattern', () => {
    write('t/a.yml')
    link('t/leak.txt', join(outside, 'secret.yml'))
    link('t/deep/leak.yml', join(outside, 'secret.yml'))
    link('u/leak.yml', join(outside, 'secret.yml'))
    expect(discoverTemplateFiles(['t/*.yml'], root)).toEqual({
      files: ['t/a.yml'],
      refused: [],
      unmatched: [],
    })
  })

  it('neither reports nor reads links under node_modules or .git', () => {
    write('t/a.yml')
    for (const dir of [
      'node_modules',
      't/node_modules/pkg',
      '.git',
      't/.git',
    ]) {
      link(`${dir}/leak.yml`, join(outside, 'secret.yml'))
      link(`${dir}/same.yml`, join(root, 't/a.yml'))
    }
    for (const patterns of [['t'], ['**/*.yml'], []]) {
      const discovery = discoverTemplateFiles(patterns, root)
      expect(discovery.refused).toEqual([])
      expect(discovery.files).toEqual(patterns.length ? ['t/a.yml'] : [])
    }
    expect(
      discoverTemplateFiles(['node_modules/leak.yml', 't/.git/*.yml'], root),
    ).toEqual({
      files: [],
      refused: [],
      unmatched: ['node_modules/leak.yml', 't/.git/*.yml'],
    })
  })

  it('does not walk a directory outside that a pattern names', () => {
    symlinkSync(join(outside, 'secret.yml'), join(outside, 'leak.yml'))
    const name = `../${basename(outside)}`
    // Refused once, by the directory: no name from out there is listed.
    expect(discoverTemplateFiles([`${name}/*.yml`], root)).toEqual({
      files: [],
      refused: [{ file: name, reason: OUTSIDE }],
      unmatched: [],
    })
  })

  it('does not walk a linked directory outside that a glob starts from', () => {
    mkdirSync(join(outside, 'deep', 'er'), { recursive: true })
    writeFileSync(join(outside, 'deep', 'er', 's.yml'), TEMPLATE)
    link('.github/token-templates', outside)
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [],
      refused: [
        { file: '.github/token-templates', reason: THROUGH_LINKED_DIRECTORY },
      ],
      unmatched: [],
    })
  })

  it('judges each directory by where it really is', () => {
    write('t/a.yml')
    write('t/sub/b.yml')
    link('out', outside)
    link('in', 't')
    const discovery = discoverTemplateFiles(['t', 'out', 'in/sub'], root)
    expect(discovery).toEqual({
      files: ['in/sub/b.yml', 't/a.yml', 't/sub/b.yml'],
      refused: [{ file: 'out', reason: THROUGH_LINKED_DIRECTORY }],
      unmatched: [],
    })
  })

  it('names a file the same however a pattern spells its path', () => {
    write('t/a.yml')
    write('top.yml')
    const spellings = [
      't/a.yml',
      './t/a.yml',
      't/./a.yml',
      't/sub/../a.yml',
      `../${basename(root)}/t/a.yml`,
      `../${basename(root)}/t/*.yml`,
      './t/*.yml',
      't//a.yml',
      './top.yml',
      't/../top.yml',
    ]
    for (const pattern of spellings) {
      expect(discoverTemplateFiles([pattern], root)).toEqual({
        files: [pattern.includes('top') ? 'top.yml' : 't/a.yml'],
        refused: [],
        unmatched: [],
      })
    }
    expect(discoverTemplateFiles(spellings, root).files).toEqual([
      't/a.yml',
      'top.yml',
    ])
  })

  it('lists many files over several directories sorted and once', () => {
    const expected: string[] = []
    for (const dir of ['b', 'a/x', 'a', 'c/d/e']) {
      for (let i = 30; i > 0; i--) {
        const file = `.github/token-templates/${dir}/t${i}.${i % 2 ? 'yml' : 'yaml'}`
        write(file)
        expected.push(file)
      }
    }
    link('.github/token-templates/a/leak.yml', join(outside, 'secret.yml'))
    link('.github/token-templates/a/same.yml', 'x/t1.yml')
    const discovery = discoverTemplateFiles(
      [
        '.github/token-templates',
        '.github/token-templates/a/**/*.yml',
        '.github/token-templates/c/d/e/t1.yml',
      ],
      root,
    )
    expect(discovery.files).toEqual([...expected].sort())
    expect(discovery.refused).toEqual([
      { file: '.github/token-templates/a/leak.yml', reason: LEADS_OUTSIDE },
    ])
    expect(discovery.unmatched).toEqual([])
  })
})
