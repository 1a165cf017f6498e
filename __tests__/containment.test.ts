import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { DEFAULT_CONFIG } from '../src/config/config.js'
import { discoverTemplateFiles } from '../src/lint/discover.js'
import { lintTemplates } from '../src/lint/lint-templates.js'
import { walkListing } from '../src/lint/walk-listing.js'
import { resolveInsideRoot } from '../src/workspace-path.js'
import {
  UnsafePatternError,
  unsafePatternReason,
} from '../src/workspace-pattern.js'
import { UserError } from '../src/errors.js'
import { configError, CONFIG_FILE } from './support/config-error.js'

// Issue 14, item 2: a pattern reads and names only files inside the
// working directory. Patterns that could climb out (a `..` segment, an
// absolute path) are refused outright; the glob walk lists no directory
// outside whatever the pattern; links out are not followed.

const SECRET = 'name: TOP-SECRET-OUTSIDE\npermissions:\n  contents: read\n'
const TEMPLATE = 'name: Deploy\npermissions:\n  contents: read\n'

let base: string
/** The working directory; `outside` is its sibling, holding secret.yml. */
let root: string
let outside: string
/** `../` as many times as it takes to climb from the root to `/`. */
let toDiskRoot: string

function write(path: string, text = TEMPLATE): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'tt-containment-')))
  root = join(base, 'root')
  outside = join(base, 'outside')
  mkdirSync(root)
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.yml'), SECRET)
  toDiskRoot = '../'.repeat(root.split(sep).length - 1)
})

afterEach(() => rmSync(base, { recursive: true, force: true }))

/** Every name a discovery gives (files read and files refused). */
const namesOf = (patterns: string[]) => {
  const discovery = discoverTemplateFiles(patterns, root)
  return [...discovery.files, ...discovery.refused.map((r) => r.file)]
}

describe('unsafePatternReason', () => {
  it.each([
    '../x.yml',
    './../x',
    '*/../../etc/*',
    '**/..',
    'a/..',
    '..',
    '{a,..}/*',
    'a/{..,b}/*',
    'a/{b,{c,..}}/*',
    '@(..)/*',
    'a/+(x|..)/*',
    String.raw`a/\.\./b`,
    String.raw`a/.\./b`,
    String.raw`..\etc\*`,
    String.raw`a\..\b`,
    '!../x',
  ])('refuses %j: it has a ".." segment', (pattern) => {
    expect(unsafePatternReason(pattern)).toMatch(/"\.\." segment/)
  })

  it.each([
    '/etc/*',
    '/etc/passwd',
    '//etc/*',
    '/',
    String.raw`C:\Windows\*`,
    'C:/Windows/*',
    'c:x.yml',
    String.raw`\\server\share\*`,
    String.raw`\etc\*`,
    '!/etc/*',
  ])('refuses %j: it is an absolute path', (pattern) => {
    expect(unsafePatternReason(pattern)).toMatch(/absolute path/)
  })

  it.each([
    '.github/token-templates/**/*.{yml,yaml}',
    'tokens',
    'tokens/',
    './tokens/*.yml',
    'a..b.yml',
    'v{1..3}.yml',
    '...',
    '.hidden/x.yml',
    '%2e%2e/x.yml',
  ])('accepts %j', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeUndefined()
  })
})

describe('discoverTemplateFiles and patterns that climb out', () => {
  // Each would have the glob walk a directory outside (tinyglobby
  // normalises `*/..` away and starts the walk where the `..`s lead).
  const climbing = () => [
    `*/../${toDiskRoot}etc/*`,
    `./${toDiskRoot}etc/*`,
    `**/../${toDiskRoot}etc/*`,
    `**/..`,
    `{a,..}/${toDiskRoot}etc/*`,
    `a/{..,b}/../${toDiskRoot}etc/*`,
    String.raw`a/\.\./` +
      toDiskRoot.replaceAll('..', String.raw`\.\.`) +
      'etc/*',
    `*/..\\${toDiskRoot.replaceAll('/', '\\')}etc\\*`,
    `../${relative(join(root, '..'), outside)}/*.yml`,
    `../outside/secret.yml`,
    `t/../../outside/*`,
  ]
  const absolute = () => ['/etc/*', '/etc/passwd', `${outside}/*.yml`, '/']

  it('refuses every one before walking, with one line naming it quoted', () => {
    for (const pattern of [...climbing(), ...absolute()]) {
      let thrown: unknown
      try {
        discoverTemplateFiles(['tokens', pattern], root)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(UnsafePatternError)
      expect(thrown).toBeInstanceOf(UserError)
      const message = (thrown as Error).message
      expect(message).toContain(JSON.stringify(pattern))
      expect(message).not.toContain('\n')
      expect(message).toMatch(/"\.\." segment|absolute path/)
    }
  })

  it('names a pattern with a line break safely', () => {
    expect(() =>
      discoverTemplateFiles(['../x\n::error::forged'], root),
    ).toThrow('pattern "../x\\n::error::forged" is refused')
  })

  it('refuses them from lintTemplates too (url, docs and the Action use it)', () => {
    expect(() =>
      lintTemplates({
        root,
        patterns: [`*/../${toDiskRoot}etc/*`],
        config: DEFAULT_CONFIG,
      }),
    ).toThrow(UnsafePatternError)
    expect(() =>
      lintTemplates({
        root,
        patterns: [],
        config: { ...DEFAULT_CONFIG, templates: ['/etc/*'] },
      }),
    ).toThrow(UnsafePatternError)
  })

  it('names nothing outside for spellings that are not climbs', () => {
    write('t/a.yml')
    const encoded = [
      `%2e%2e/${toDiskRoot}etc/*`.replaceAll('..', '%2e%2e'),
      `.%2e/outside/*.yml`,
      `%252e%252e/outside/*`,
      `\uff0e\uff0e/outside/*`,
      `t/%2e%2e/%2e%2e/outside/*`,
      `*/.{.,}/outside/*`,
      `*/[.][.]/outside/*`,
      `*/.?/outside/*`,
      `t/../*`.replace('..', '.\u200b.'),
    ]
    for (const pattern of encoded) {
      let names: string[] = []
      try {
        names = namesOf([pattern])
      } catch (error) {
        expect(error).toBeInstanceOf(UnsafePatternError)
      }
      for (const name of names) {
        expect(relative(root, resolve(root, name)).startsWith('..')).toBe(false)
      }
      expect(names.join()).not.toMatch(/secret|passwd|hosts/)
    }
  })

  it('does not follow a linked directory that leads outside', () => {
    write('t/a.yml')
    symlinkSync(outside, join(root, 'linked'))
    symlinkSync(outside, join(root, 't', 'deep'))
    for (const patterns of [
      ['linked'],
      ['linked/*.yml'],
      ['linked/secret.yml'],
      ['**/*.yml'],
      ['*/*.yml'],
      ['t'],
      ['t/**'],
      ['t/deep/**/*.yml'],
    ]) {
      const run = lintTemplates({ root, patterns, config: DEFAULT_CONFIG })
      expect(run.discovery.files.join()).not.toContain('secret')
      expect(JSON.stringify(run)).not.toContain('TOP-SECRET')
    }
  })
})

describe('walkListing: the directory listing the glob walk reads', () => {
  it('lists nothing outside the root, and says the walk tried', () => {
    write('t/a.yml')
    const listing = walkListing(root)
    expect(listing.escaped).toBe(false)
    const names = (path: string) =>
      listing.readdirSync(path, { withFileTypes: true }).map((e) => e.name)
    expect(names(join(root, 't'))).toEqual(['a.yml'])
    expect(names(`${root}/`)).toEqual(['t'])
    expect(listing.escaped).toBe(false)
    expect(names(base)).toEqual([])
    expect(names(outside)).toEqual([])
    expect(names(join(root, '..', 'outside'))).toEqual([])
    expect(listing.escaped).toBe(true)
  })

  it('notes the links it lists', () => {
    write('t/a.yml')
    symlinkSync(outside, join(root, 't', 'out'))
    const listing = walkListing(root)
    listing.readdirSync(join(root, 't'), { withFileTypes: true })
    expect(listing.links).toEqual([join(root, 't', 'out')])
  })
})

describe('the config keeps its paths inside the working directory', () => {
  it.each([
    ['templates: ../x/*.yml\n', 1, 12, '../x/*.yml'],
    ['templates:\n  - tokens\n  - /etc/*\n', 3, 5, '/etc/*'],
    ['templates: ["a", "*/../../etc/*"]\n', 1, 18, '*/../../etc/*'],
  ])(
    'refuses a template pattern that climbs out, at the pattern: %j',
    (text, line, column, pattern) => {
      expect(configError(text)).toMatch(
        new RegExp(
          `^${CONFIG_FILE.replaceAll('.', '\\.')}:${line}:${column}: templates pattern ${JSON.stringify(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is refused: `,
        ),
      )
    },
  )

  it.each([
    ['readme: ../README.md\n', '../README.md'],
    ['readme: /etc/passwd\n', '/etc/passwd'],
    ['readme: docs/../../x.md\n', 'docs/../../x.md'],
  ])('refuses a readme that climbs out: %j', (text, path) => {
    expect(configError(text)).toBe(
      `${CONFIG_FILE}:1:9: readme ${JSON.stringify(path)} is refused: ${unsafePatternReason(path)}`,
    )
  })
})

describe('resolveInsideRoot (--config, --readme, the readme input)', () => {
  it('refuses a path that climbs out without looking at the disk', () => {
    for (const file of ['../nowhere/x.md', '../../etc/passwd', '/etc/x']) {
      expect(() => resolveInsideRoot(root, file)).toThrow(
        'is outside the working directory',
      )
    }
  })

  it('names the path safely', () => {
    expect(() => resolveInsideRoot(root, '../a\nb')).toThrow(
      /^\.\.\/a\\nb is outside the working directory/,
    )
  })

  it('still takes a path inside, also an absolute one', () => {
    write('README.md')
    expect(resolveInsideRoot(root, 'README.md')).toBe(join(root, 'README.md'))
    expect(resolveInsideRoot(root, join(root, 'README.md'))).toBe(
      join(root, 'README.md'),
    )
  })
})
