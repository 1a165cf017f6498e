import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

// The npm package: what `npm pack` puts in it, that it needs no dependency,
// and the release scripts (the changelog entry that becomes the release's
// body, the tag check). scripts/pack-check.mjs, run by .ci/run, installs the
// real tarball into an empty project and runs it there.

interface PackedFile {
  path: string
  size: number
}
interface Packed {
  size: number
  unpackedSize: number
  entryCount: number
  files: PackedFile[]
}
interface PackageJson {
  version: string
  bin: Record<string, string>
  engines: { node: string }
  files: string[]
  repository: { url: string }
  homepage: string
  bugs: { url: string }
  keywords: string[]
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  bundleDependencies?: string[]
  devDependencies: Record<string, string>
}

const MAX_TARBALL_BYTES = 700_000
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson

const node = (script: string, args: string[], cwd?: string) =>
  spawnSync(process.execPath, [resolve(script), ...args], {
    encoding: 'utf8',
    cwd,
  })

describe('npm package', () => {
  let packed: Packed
  beforeAll(() => {
    packed = (
      JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], {
          encoding: 'utf8',
        }),
      ) as Packed[]
    )[0]!
  }, 60_000)

  it('holds the CLI bundle, the schemas and the documents, nothing else', () => {
    const expected = [
      ...readdirSync('dist/cli').map((file) => `dist/cli/${file}`),
      ...readdirSync('schemas').map((file) => `schemas/${file}`),
      'CHANGELOG.md',
      'LICENSE',
      'NOTICE',
      'README.md',
      'package.json',
    ].sort()
    expect(packed.files.map((file) => file.path).sort()).toEqual(expected)
    expect(packed.entryCount).toBe(expected.length)
  })

  it('leaves out the Action bundle and everything that is not dist/cli/', () => {
    const paths = packed.files.map((file) => file.path)
    expect(paths).not.toContain('dist/index.js')
    expect(paths.filter((path) => /^dist\/[^/]+$/.test(path))).toEqual([])
    expect(
      paths.filter((path) => /^(src|__tests__|bench|data)\//.test(path)),
    ).toEqual([])
  })

  it(`is under ${MAX_TARBALL_BYTES / 1000} kB`, () => {
    expect(packed.size).toBeLessThan(MAX_TARBALL_BYTES)
  })

  it('has no dependencies: the CLI bundle carries them', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.optionalDependencies ?? {}).toEqual({})
    expect(pkg.peerDependencies ?? {}).toEqual({})
    expect(pkg.bundleDependencies ?? []).toEqual([])
  })

  it('installs a token-templates command that is in the package', () => {
    const bin = pkg.bin['token-templates']!
    expect(packed.files.map((file) => file.path)).toContain(bin)
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  it('runs on Node.js 20 and later, and says where it comes from', () => {
    expect(pkg.engines).toEqual({ node: '>=20' })
    expect(pkg.repository.url).toBe(
      'git+https://github.com/token-templates/token-templates.git',
    )
    expect(pkg.homepage).toMatch(
      /^https:\/\/github\.com\/token-templates\/token-templates/,
    )
    expect(pkg.bugs.url).toBe(
      'https://github.com/token-templates/token-templates/issues',
    )
    expect(pkg.keywords.length).toBeGreaterThan(0)
  })
})

describe('the CLI bundle is self-contained', () => {
  it('loads nothing but Node.js built-in modules', () => {
    const bundle = readFileSync('dist/cli/index.js', 'utf8')
    // ncc's externals: static imports and createRequire(import.meta.url)(x).
    const externals = [
      ...bundle.matchAll(/^import .* from "([^"]+)";?$/gm),
      ...bundle.matchAll(/createRequire\(import\.meta\.url\)\("([^"]+)"\)/g),
    ].map((match) => match[1]!)
    expect(externals.length).toBeGreaterThan(0)
    const builtin = new Set(builtinModules)
    expect(
      externals.filter((name) => !builtin.has(name.replace(/^node:/, ''))),
    ).toEqual([])
  })

  it('runs from a folder with no node_modules anywhere above it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-templates-bundle-'))
    try {
      cpSync('dist/cli', join(dir, 'cli'), { recursive: true })
      mkdirSync(join(dir, 't'))
      writeFileSync(
        join(dir, 't', 'a.yml'),
        'name: Repo token\ndescription: Reads code\nexpires_in: 30\npermissions:\n  contents: read\n',
      )
      writeFileSync(
        join(dir, 't', 'b.yml'),
        'name: Gist token\ndescription: Reads gists\nexpires_in: 30\npermissions:\n  gists: read\n',
      )
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, ['cli/index.js', ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NODE_PATH: '' },
        })
      expect(cli('--version').stdout.trim()).toBe(pkg.version)
      const good = cli('lint', 't/a.yml')
      expect(good.stderr).toBe('')
      expect(good.status).toBe(0)
      const bad = cli('lint', '--format', 'json', 't')
      expect(bad.status).toBe(1)
      const report = JSON.parse(bad.stdout) as {
        diagnostics: { rule: string }[]
      }
      expect(report.diagnostics.map((d) => d.rule)).toContain(
        'unsupported-access-level',
      )
      expect(cli('lint', '--format', 'sarif', 't').status).toBe(1)
      expect(cli('url', 't/a.yml').stdout).toContain(
        '/settings/personal-access-tokens/new?name=Repo+token',
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('scripts/changelog-entry.mjs', () => {
  const script = 'scripts/changelog-entry.mjs'
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'token-templates-changelog-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const changelog = (text: string) => {
    const file = join(
      dir,
      `CHANGELOG-${Math.random().toString(36).slice(2)}.md`,
    )
    writeFileSync(file, text)
    return file
  }

  const sample = [
    '# Changelog',
    '',
    'Intro text.',
    '',
    '## [Unreleased]',
    '',
    '### Fixed',
    '',
    '- Not yet released.',
    '',
    '## [1.1.0] - 2027-02-01',
    '',
    '### Added',
    '',
    '- Something new.',
    '  Second line of the item.',
    '',
    '#### A sub-heading stays',
    '',
    '## [1.0.0] - 2027-01-01',
    '',
    '### Added',
    '',
    '- The first release.',
    '',
    '[Unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD',
    '[1.1.0]: https://github.com/o/r/compare/v1.0.0...v1.1.0',
    '[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0',
    '',
  ].join('\n')

  it('prints the lines between the version heading and the next one', () => {
    const result = node(script, ['1.1.0', changelog(sample)])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      '### Added\n\n- Something new.\n  Second line of the item.\n\n#### A sub-heading stays\n',
    )
  })

  it('takes the tag (v1.0.0) and drops the link definitions after the last entry', () => {
    const result = node(script, ['v1.0.0', changelog(sample)])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('### Added\n\n- The first release.\n')
  })

  it('reads headings without brackets or date, and CRLF files', () => {
    const file = changelog(
      '# Changelog\r\n\r\n## 2.0.0\r\n\r\n- Breaking.\r\n\r\n## 1.0.0\r\n\r\n- First.\r\n',
    )
    expect(node(script, ['2.0.0', file]).stdout).toBe('- Breaking.\n')
    expect(node(script, ['1.0.0', file]).stdout).toBe('- First.\n')
  })

  it('matches the whole version, never a prefix or a deeper heading', () => {
    const file = changelog(
      '## [1.0.10]\n\n- Ten.\n\n### 1.0.1\n\n- Not a version heading.\n',
    )
    expect(node(script, ['1.0.10', file]).stdout).toBe(
      '- Ten.\n\n### 1.0.1\n\n- Not a version heading.\n',
    )
    const missing = node(script, ['1.0.1', file])
    expect(missing.status).toBe(1)
    expect(missing.stdout).toBe('')
  })

  it('exits 1 with one line when the version has no entry, or an empty one', () => {
    const missing = node(script, ['v3.0.0', changelog(sample)])
    expect(missing.status).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toMatch(
      /has no entry for 3\.0\.0: add a "## \[3\.0\.0\] - YYYY-MM-DD" section\n$/,
    )
    const empty = node(script, [
      '1.0.0',
      changelog(
        '## [Unreleased]\n\n## [1.0.0] - 2027-01-01\n\n[1.0.0]: https://x\n',
      ),
    ])
    expect(empty.status).toBe(1)
  })

  it('exits 2 without a version or a readable file', () => {
    expect(node(script, []).status).toBe(2)
    expect(node(script, ['1.0.0', join(dir, 'none.md')]).status).toBe(2)
  })

  describe('CHANGELOG.md', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8')

    it("has an entry for package.json's version, so its release has notes", () => {
      const result = node(script, [`v${pkg.version}`])
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(
        /^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/m,
      )
      expect(result.stdout).not.toMatch(/^## /m)
      expect(result.stdout).not.toMatch(/^\[[^\]]+\]: /m)
    })

    it('keeps an Unreleased section first, and a link for every version', () => {
      const versions = [...text.matchAll(/^## \[([^\]]+)\]/gm)].map(
        (match) => match[1]!,
      )
      expect(versions[0]).toBe('Unreleased')
      for (const version of versions)
        expect(text).toMatch(
          new RegExp(
            `^\\[${version.replace(/\./g, '\\.')}\\]: https://github\\.com/token-templates/token-templates/`,
            'm',
          ),
        )
      for (const version of versions.slice(1))
        expect(text).toMatch(
          new RegExp(
            `^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`,
            'm',
          ),
        )
    })
  })
})

describe('scripts/release-tag.mjs', () => {
  const script = 'scripts/release-tag.mjs'
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'token-templates-tag-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const withVersion = (version: string) => {
    const file = join(dir, `package-${version}.json`)
    writeFileSync(file, JSON.stringify({ version }))
    return file
  }

  it('prints the version, the major tag to move and whether it is a prerelease', () => {
    const result = node(script, ['v1.2.3', withVersion('1.2.3')])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('version=1.2.3\nmajor=v1\nprerelease=false\n')
    expect(node(script, ['v0.10.0', withVersion('0.10.0')]).stdout).toBe(
      'version=0.10.0\nmajor=v0\nprerelease=false\n',
    )
  })

  it('marks prereleases', () => {
    expect(
      node(script, ['v2.0.0-rc.1', withVersion('2.0.0-rc.1')]).stdout,
    ).toBe('version=2.0.0-rc.1\nmajor=v2\nprerelease=true\n')
  })

  it("reads this repository's package.json by default", () => {
    const result = node(script, [`v${pkg.version}`])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`version=${pkg.version}\n`)
  })

  it.each([
    'v0',
    'v1',
    '1.2.3',
    'v1.2',
    'v01.2.3',
    'v1.2.3-',
    'v1.2.3+build',
    'release-1.2.3',
  ])('refuses %s', (tag) => {
    const result = node(script, [tag, withVersion('1.2.3')])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/is not a release tag/)
  })

  it("refuses a tag that is not package.json's version", () => {
    const result = node(script, ['v1.2.4', withVersion('1.2.3')])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(
      /tag v1\.2\.4 does not match package\.json's version 1\.2\.3/,
    )
  })
})

describe('action.yml', () => {
  it('has a description the GitHub Marketplace shows whole (under 125 characters)', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      description: string
    }
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThan(125)
  })
})

describe('release tags follow semver', () => {
  it('refuses numeric prerelease identifiers with leading zeros', async () => {
    const { releaseTag } = (await import(
      '../scripts/release-tag.mjs' as string
    )) as {
      releaseTag: (tag: string, version: string) => { error?: string }
    }
    expect(releaseTag('v1.2.3-01', '1.2.3-01').error).toBeDefined()
    expect(releaseTag('v1.2.3-rc.01', '1.2.3-rc.01').error).toBeDefined()
    expect(releaseTag('v1.2.3-rc.1', '1.2.3-rc.1').error).toBeUndefined()
    expect(releaseTag('v1.2.3-0a', '1.2.3-0a').error).toBeUndefined()
  })
})
