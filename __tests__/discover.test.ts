import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { readTemplateFile } from '../src/lint/read-template-file.js'
import { basename, dirname, join } from 'node:path'
import {
  DEFAULT_TEMPLATE_GLOB,
  discoverTemplateFiles,
  MAX_TEMPLATE_FILE_BYTES,
  refusalReason,
} from '../src/lint/discover.js'
import { UnsafePatternError } from '../src/workspace-pattern.js'

const TEMPLATE = 'name: Deploy\npermissions:\n  contents: read\n'
const DIR = '.github/token-templates'
const LEADS_OUTSIDE =
  'it is a symbolic link that leads outside the working directory: it is not followed'
const THROUGH_LINKED_DIRECTORY =
  'it is reached through a symbolic link to a directory outside the working directory'

let base: string
/** The working directory; `outside` is its sibling. */
let root: string
let outside: string

function write(path: string, content: string | Buffer = TEMPLATE): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

function link(path: string, target: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  symlinkSync(target, join(root, path))
}

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'token-templates-discover-'))
  root = join(base, 'root')
  outside = join(base, 'outside')
  mkdirSync(root)
  mkdirSync(outside)
})

afterEach(() => {
  rmSync(base, { recursive: true, force: true })
})

describe('discoverTemplateFiles', () => {
  it('uses the default glob when given no pattern', () => {
    write(`${DIR}/deploy.yml`)
    write(`${DIR}/nested/release.yaml`)
    write(`${DIR}/README.md`)
    write('elsewhere/other.yml')
    write(`node_modules/pkg/${DIR}/dep.yml`)
    expect(DEFAULT_TEMPLATE_GLOB).toBe(
      '.github/token-templates/**/*.{yml,yaml}',
    )
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [`${DIR}/deploy.yml`, `${DIR}/nested/release.yaml`],
      refused: [],
      unmatched: [],
    })
  })

  it('reports the default glob as unmatched when there are no templates', () => {
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [],
      refused: [],
      unmatched: [DEFAULT_TEMPLATE_GLOB],
    })
  })

  it.each(['tokens', 'tokens/', './tokens'])(
    'takes a directory argument (%s) as every YAML file below it',
    (pattern) => {
      write('tokens/a.yml')
      write('tokens/deep/b.yaml')
      write('tokens/notes.txt')
      write('tokenser/c.yml')
      expect(discoverTemplateFiles([pattern], root).files).toEqual([
        'tokens/a.yml',
        'tokens/deep/b.yaml',
      ])
    },
  )

  it('takes a file path and a glob', () => {
    write('one.yml')
    write('more/two.yml')
    write('more/three.yml')
    expect(discoverTemplateFiles(['one.yml', 'more/t*.yml'], root)).toEqual({
      files: ['more/three.yml', 'more/two.yml', 'one.yml'],
      refused: [],
      unmatched: [],
    })
  })

  it('sorts and deduplicates files matched by several patterns', () => {
    write('t/c.yml')
    write('t/a.yml')
    write('t/B.yml')
    write('t/b.yml')
    const { files } = discoverTemplateFiles(
      ['t/c.yml', 't', 't/*.yml', './t/a.yml', 't/a.yml'],
      root,
    )
    expect(files).toEqual(['t/B.yml', 't/a.yml', 't/b.yml', 't/c.yml'])
  })

  it('lists patterns that match nothing as unmatched', () => {
    write('t/a.yml')
    expect(
      discoverTemplateFiles(['t', 'missing.yml', 'nothing/**/*.yml'], root),
    ).toEqual({
      files: ['t/a.yml'],
      refused: [],
      unmatched: ['missing.yml', 'nothing/**/*.yml'],
    })
  })

  it('refuses a symbolic link to a file outside, with a reason', () => {
    writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
    write(`${DIR}/real.yml`)
    link(`${DIR}/leak.yml`, join(outside, 'secret.yml'))
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [`${DIR}/real.yml`],
      refused: [
        {
          file: `${DIR}/leak.yml`,
          reason:
            'it is a symbolic link that leads outside the working directory: it is not followed',
        },
      ],
      unmatched: [],
    })
  })

  it('refuses a relative symbolic link that climbs out', () => {
    writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
    link('t/leak.yml', '../../outside/secret.yml')
    expect(discoverTemplateFiles(['t'], root).refused).toEqual([
      {
        file: 't/leak.yml',
        reason: expect.stringContaining('symbolic link that leads outside'),
      },
    ])
  })

  it('does not walk a symbolic link to a directory outside', () => {
    writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
    link(`${DIR}/linked`, outside)
    write(`${DIR}/real.yml`)
    const discovery = discoverTemplateFiles([], root)
    expect(discovery.files).toEqual([`${DIR}/real.yml`])
    expect(JSON.stringify(discovery)).not.toContain('secret.yml')
  })

  it('refuses a path outside the working directory, naming no file there', () => {
    writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
    expect(() =>
      discoverTemplateFiles(['../outside/secret.yml'], root),
    ).toThrow(
      new UnsafePatternError(
        'pattern "../outside/secret.yml" is refused: it has a ".." segment, which could lead out of the working directory (only files inside it are read): write it relative to the working directory, without ".."',
      ),
    )
  })

  it('reads a template once when a link inside leads to it', () => {
    write(`${DIR}/deploy.yml`)
    link(`${DIR}/same.yml`, 'deploy.yml')
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [`${DIR}/deploy.yml`],
      refused: [],
      unmatched: [],
    })
  })

  it('reads a template once through several links', () => {
    write(`${DIR}/deploy.yml`)
    link(`${DIR}/same.yml`, 'deploy.yml')
    link(`${DIR}/also/same.yml`, join(root, DIR, 'deploy.yml'))
    const { files, refused } = discoverTemplateFiles([], root)
    expect(files).toHaveLength(1)
    expect(refused).toEqual([])
  })

  it('keeps the template itself rather than a link that sorts first', () => {
    write(`${DIR}/deploy.yml`)
    link(`${DIR}/also/same.yml`, join(root, DIR, 'deploy.yml'))
    expect(discoverTemplateFiles([], root).files).toEqual([`${DIR}/deploy.yml`])
  })

  it('reads the target of a link inside when the target is not matched', () => {
    write('shared/deploy.yml')
    link(`${DIR}/deploy.yml`, '../../shared/deploy.yml')
    expect(discoverTemplateFiles([], root).files).toEqual([`${DIR}/deploy.yml`])
  })

  it('refuses a file over 1 MiB when reading it, and reads one of exactly 1 MiB', () => {
    expect(MAX_TEMPLATE_FILE_BYTES).toBe(1024 * 1024)
    write(`${DIR}/big.yml`, Buffer.alloc(MAX_TEMPLATE_FILE_BYTES + 1, '#'))
    write(`${DIR}/limit.yml`, Buffer.alloc(MAX_TEMPLATE_FILE_BYTES, '#'))
    expect(readTemplateFile(join(root, DIR, 'big.yml'))).toBe(
      'it is 1048577 bytes, over the 1 MiB limit for a template file: split it or remove it',
    )
    const limit = readTemplateFile(join(root, DIR, 'limit.yml'))
    expect(Buffer.isBuffer(limit) && limit.length).toBe(MAX_TEMPLATE_FILE_BYTES)
    expect(readTemplateFile(join(root, DIR))).toBe('it is not a regular file')
  })

  it('does not read a directory named like a template', () => {
    mkdirSync(join(root, DIR, 'x.yml'), { recursive: true })
    write(`${DIR}/x.yml/inner.yml`)
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [`${DIR}/x.yml/inner.yml`],
      refused: [],
      unmatched: [],
    })
    expect(discoverTemplateFiles([`${DIR}/*.yml`], root)).toEqual({
      files: [],
      refused: [],
      unmatched: [`${DIR}/*.yml`],
    })
  })

  it('refuses a link inside to a directory named like a template', () => {
    mkdirSync(join(root, 'dir.yml'))
    link(`${DIR}/dir.yml`, '../../dir.yml')
    expect(discoverTemplateFiles([], root).refused).toEqual([
      { file: `${DIR}/dir.yml`, reason: 'it is not a regular file' },
    ])
  })

  it('refuses a dangling link with the reason', () => {
    link(`${DIR}/gone.yml`, 'missing.yml')
    expect(discoverTemplateFiles([], root)).toEqual({
      files: [],
      refused: [
        { file: `${DIR}/gone.yml`, reason: 'it cannot be read (ENOENT)' },
      ],
      unmatched: [],
    })
  })

  it('skips node_modules and .git', () => {
    write('t/a.yml')
    write('t/node_modules/b.yml')
    write('t/.git/c.yml')
    expect(discoverTemplateFiles(['t'], root).files).toEqual(['t/a.yml'])
  })

  it('reads files when the root itself is reached through a link', () => {
    write(`${DIR}/deploy.yml`)
    const linkedRoot = join(base, 'linked-root')
    symlinkSync(root, linkedRoot)
    expect(refusalReason(linkedRoot, `${DIR}/deploy.yml`)).toBeUndefined()
    expect(discoverTemplateFiles([], linkedRoot)).toEqual({
      files: [`${DIR}/deploy.yml`],
      refused: [],
      unmatched: [],
    })
  })
})

// Discovery walks each pattern's directories once: links are picked out of
// the listings the glob reads, and files are checked once per directory.
// These pin what that must keep: every link that matches is found (never
// followed), nothing under node_modules or .git is, and each file's path
// and verdict are those of its own directory.
describe('discoverTemplateFiles and links', () => {
  beforeEach(() => writeFileSync(join(outside, 'secret.yml'), TEMPLATE))

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
    // Refused as a pattern: no name from out there is listed.
    expect(() => discoverTemplateFiles([`${name}/*.yml`], root)).toThrow(
      UnsafePatternError,
    )
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
      './t/*.yml',
      't//a.yml',
      './top.yml',
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

  it('refuses spellings with "..", even those that stay inside', () => {
    write('t/a.yml')
    for (const pattern of [
      't/sub/../a.yml',
      `../${basename(root)}/t/a.yml`,
      `../${basename(root)}/t/*.yml`,
      't/../top.yml',
    ]) {
      expect(() => discoverTemplateFiles([pattern], root)).toThrow(
        UnsafePatternError,
      )
    }
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
