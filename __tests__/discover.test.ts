import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { readTemplateFile } from '../src/lint/read-template-file.js'
import { dirname, join } from 'node:path'
import {
  DEFAULT_TEMPLATE_GLOB,
  discoverTemplateFiles,
  MAX_TEMPLATE_FILE_BYTES,
  refusalReason,
} from '../src/lint/discover.js'

const TEMPLATE = 'name: Deploy\npermissions:\n  contents: read\n'
const DIR = '.github/token-templates'

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

  it('refuses a path outside the working directory', () => {
    writeFileSync(join(outside, 'secret.yml'), TEMPLATE)
    expect(discoverTemplateFiles(['../outside/secret.yml'], root)).toEqual({
      files: [],
      refused: [
        {
          file: '../outside/secret.yml',
          reason:
            'it is outside the working directory: only files inside it are read',
        },
      ],
      unmatched: [],
    })
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
