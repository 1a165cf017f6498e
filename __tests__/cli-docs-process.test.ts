import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { renderLinksTable } from '../src/docs/links-table.js'
import { END_MARKER, START_MARKER } from '../src/docs/readme-markers.js'
import type { TokenTemplate } from '../src/links/token-template.js'
import { buildTokenUrl } from '../src/links/token-url.js'
import { TEMPLATE_SCHEMA_ID } from '../src/schema/template-schema.js'
import { CLI, runCli as cli, workspace } from './support/cli-process.js'

// The bundled CLI (npm run build), run as a user and CI run it: a process,
// its exit code, its stdout and stderr, and the files it leaves.

const read = (root: string, file: string) => readFileSync(join(root, file))

/** Bytes and modification time: what "changes nothing" means. */
function snapshot(path: string) {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }
}

const params = (link: string) => [...new URL(link).searchParams]

const DIR = '.github/token-templates'

const READING = `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}
name: Repo-reading token
description: Just contents:read
target_name: octodemo
expires_in: 45
permissions:
  contents: read
`
const MULTI = `name: Deploy token
description: |-
  Deploys the site | with a pipe
  and a second line
expires_in: 30
permissions:
  contents: write
  pull_requests: write
---
name: Actions reader
description: Reads workflow runs
expires_in: 7
permissions:
  actions: read
`
const BROKEN = `name: Broken one
description: has a typo
permissions:
  pull_request: write
`

/** The templates above, as the table and the links show them. */
const TEMPLATES: TokenTemplate[] = [
  {
    name: 'Deploy token',
    description: 'Deploys the site | with a pipe\nand a second line',
    expires_in: 30,
    permissions: { contents: 'write', pull_requests: 'write' },
  },
  {
    name: 'Actions reader',
    description: 'Reads workflow runs',
    expires_in: 7,
    permissions: { actions: 'read' },
  },
  {
    name: 'Repo-reading token',
    description: 'Just contents:read',
    target_name: 'octodemo',
    expires_in: 45,
    permissions: { contents: 'read' },
  },
]

const HEAD = '# Project ✨\n\nSome text  with trailing spaces   \n\n'
const TAIL = '\n\n## License\n\nMIT, no newline at the end'
const README = `${HEAD}${START_MARKER}\nstale table\n${END_MARKER}${TAIL}`

const expectedReadme = (server = 'https://github.com', eol = '\n') =>
  `${HEAD}${START_MARKER}\n${renderLinksTable(TEMPLATES, server)}\n${END_MARKER}${TAIL}`.replace(
    /\n/g,
    eol,
  )

function project(readme: string | Buffer = README, extra = {}) {
  return workspace({
    [`${DIR}/reading.yml`]: READING,
    [`${DIR}/multi.yaml`]: MULTI,
    'README.md': readme,
    ...extra,
  })
}

/** The seed page's 7 example links (see links-url.test.ts). */
function seedLinks(): string[] {
  const md = readFileSync(
    resolve('__tests__/fixtures/links/seed-example-links.md'),
    'utf8',
  )
  const block = /```http copy\n([\s\S]*?)```/.exec(md)?.[1] ?? ''
  const multiLine = block
    .split('\n')
    .map((line) => line.trim())
    .join('')
  const bullets = [...md.matchAll(/^\* \[[^\]]+\]\((https:[^)\s]+)\)/gm)]
  return [multiLine, ...bullets.map((match) => match[1]!)]
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run npm run build first`)
})

describe('docs --readme', () => {
  it('writes the table between the markers and keeps the rest byte for byte', () => {
    const root = project()
    const result = cli(['docs', '--readme', 'README.md'], root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^README\.md: .*updated.*\(3 templates\)\n$/)
    const after = read(root, 'README.md')
    expect(after.toString('utf8')).toBe(expectedReadme())
    expect(after.subarray(0, Buffer.byteLength(HEAD))).toEqual(
      Buffer.from(HEAD),
    )
    expect(after.subarray(after.length - Buffer.byteLength(TAIL))).toEqual(
      Buffer.from(TAIL),
    )
    expect(readdirSync(root).sort()).toEqual(['.github', 'README.md'])
  })

  it('changes nothing on a second run and says it is already current', () => {
    const root = project()
    expect(cli(['docs', '--readme', 'README.md'], root).status).toBe(0)
    const before = snapshot(join(root, 'README.md'))
    const again = cli(['docs', '--readme', 'README.md'], root)
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/already current/)
    expect(snapshot(join(root, 'README.md'))).toEqual(before)
  })

  it('keeps a CRLF README CRLF', () => {
    const root = project(README.replace(/\n/g, '\r\n'))
    expect(cli(['docs', '--readme', 'README.md'], root).status).toBe(0)
    const after = read(root, 'README.md').toString('utf8')
    expect(after).toBe(expectedReadme('https://github.com', '\r\n'))
    expect(after).not.toMatch(/(?<!\r)\n/)
  })

  it('keeps a UTF-8 byte order mark', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const root = project(Buffer.concat([bom, Buffer.from(README)]))
    expect(cli(['docs', '--readme', 'README.md'], root).status).toBe(0)
    expect(read(root, 'README.md')).toEqual(
      Buffer.concat([bom, Buffer.from(expectedReadme())]),
    )
  })

  it('publishes a template without a name, labelled by its file (and document number), with no name in its link', () => {
    const nameless =
      'description: Reads *issues*\npermissions:\n  issues: read\n'
    const root = workspace({
      [`${DIR}/ci/tokens.yml`]: `name: Named\npermissions:\n  contents: read\n---\n${nameless}`,
      [`${DIR}/solo_x.yml`]: nameless,
      'README.md': README,
    })
    const result = cli(['docs', '--readme', 'README.md'], root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const after = read(root, 'README.md').toString('utf8')
    const rows = after.split('\n').filter((line) => line.startsWith('| ['))
    const link = (query: string) =>
      `https://github.com/settings/personal-access-tokens/new?${query}`
    // Labels are escaped like any cell: every markdown mark, even a dot.
    const dir = DIR.replace(/[._]/g, '\\$&')
    expect(rows).toEqual([
      `| [${dir}/ci/tokens\\.yml #2](${link('description=Reads+*issues*&issues=read')}) | Reads \\*issues\\* | you | 30 days (default) | issues: read |`,
      `| [${dir}/solo\\_x\\.yml](${link('description=Reads+*issues*&issues=read')}) | Reads \\*issues\\* | you | 30 days (default) | issues: read |`,
      `| [Named](${link('name=Named&contents=read')}) |  | you | 30 days (default) | contents: read |`,
    ])
    const lint = cli(['lint'], root)
    expect(lint.status).toBe(0)
    expect(lint.stdout).toContain('missing-name')
  })

  describe('--check', () => {
    it('exits 0 when the table is current and touches nothing', () => {
      const root = project(expectedReadme())
      const before = snapshot(join(root, 'README.md'))
      const result = cli(['docs', '--readme', 'README.md', '--check'], root)
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/README\.md: .*current.*\(3 templates\)/)
      expect(result.stderr).toBe('')
      expect(snapshot(join(root, 'README.md'))).toEqual(before)
    })

    it('exits 1 with a unified diff when it is stale, and does not write', () => {
      const root = project()
      const before = snapshot(join(root, 'README.md'))
      const result = cli(['docs', '--readme', 'README.md', '--check'], root)
      expect(result.status).toBe(1)
      expect(result.stdout).toMatch(/^--- a\/README\.md/m)
      expect(result.stdout).toMatch(/^\+\+\+ b\/README\.md/m)
      expect(result.stdout).toMatch(/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/m)
      expect(result.stdout).toMatch(/^-stale table$/m)
      expect(result.stdout).toMatch(/^\+\| \[Actions reader\]\(https:/m)
      expect(result.stderr).toMatch(/stale/)
      expect(snapshot(join(root, 'README.md'))).toEqual(before)
      expect(readdirSync(root).sort()).toEqual(['.github', 'README.md'])
    })
  })

  describe.each([
    ['no markers', '# Readme\n\nNo markers here.\n'],
    ['only the start marker', `# Readme\n\n${START_MARKER}\n`],
    ['only the end marker', `# Readme\n\n${END_MARKER}\n`],
    ['the end marker first', `${END_MARKER}\ntable\n${START_MARKER}\n`],
    [
      'duplicated markers',
      `${START_MARKER}\n${END_MARKER}\n\n${START_MARKER}\n${END_MARKER}\n`,
    ],
  ])('a README with %s', (_label, text) => {
    it.each([[[] as string[]], [['--check']]])(
      'exits 2 %j, shows the markers and leaves the file untouched',
      (flags) => {
        const root = project(text)
        const before = snapshot(join(root, 'README.md'))
        const result = cli(['docs', '--readme', 'README.md', ...flags], root)
        expect(result.status).toBe(2)
        expect(result.stderr).toContain('README.md')
        expect(result.stderr).toContain(START_MARKER)
        expect(result.stderr).toContain(END_MARKER)
        expect(result.stderr).not.toMatch(/\n\s+at /)
        expect(snapshot(join(root, 'README.md'))).toEqual(before)
      },
    )
  })

  describe('--init', () => {
    it('appends the markers and the table to a README without them', () => {
      const original = '# Readme\n\nText without a final newline'
      const root = project(original)
      const result = cli(['docs', '--readme', 'README.md', '--init'], root)
      expect(result.status).toBe(0)
      const after = read(root, 'README.md').toString('utf8')
      expect(after).toBe(
        `${original}\n\n## Token templates\n\n${START_MARKER}\n${renderLinksTable(TEMPLATES, 'https://github.com')}\n${END_MARKER}\n`,
      )
      expect(cli(['docs', '--readme', 'README.md'], root).stdout).toMatch(
        /already current/,
      )
    })

    it('creates a README that does not exist', () => {
      const root = project()
      const result = cli(['docs', '--readme', 'NEW.md', '--init'], root)
      expect(result.status).toBe(0)
      expect(read(root, 'NEW.md').toString('utf8')).toContain(
        `${START_MARKER}\n| Token |`,
      )
    })

    it('does not append to a README with one marker: exit 2, unchanged', () => {
      const root = project(`# Readme\n${START_MARKER}\n`)
      const before = snapshot(join(root, 'README.md'))
      const result = cli(['docs', '--readme', 'README.md', '--init'], root)
      expect(result.status).toBe(2)
      expect(snapshot(join(root, 'README.md'))).toEqual(before)
    })
  })

  it('refuses a README that is a link to a file outside the workspace: exit 2', () => {
    const outside = mkdtempSync(join(tmpdir(), 'tt-outside-'))
    const target = join(outside, 'README.md')
    writeFileSync(target, README)
    const root = workspace({ [`${DIR}/reading.yml`]: READING })
    symlinkSync(target, join(root, 'README.md'))
    const before = snapshot(target)
    for (const flags of [[], ['--check'], ['--init']]) {
      const result = cli(['docs', '--readme', 'README.md', ...flags], root)
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(
        /README\.md is outside the working directory/,
      )
      expect(snapshot(target)).toEqual(before)
    }
    expect(readdirSync(outside)).toEqual(['README.md'])
  })

  it('refuses a README path outside the workspace: exit 2', () => {
    const root = project()
    const result = cli(['docs', '--readme', '../README.md'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/outside the working directory/)
  })

  it('leaves templates with errors out of the table and names them on stderr', () => {
    const root = project(README, { [`${DIR}/broken.yml`]: BROKEN })
    const result = cli(['docs', '--readme', 'README.md'], root)
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(
      /warning: \.github\/token-templates\/broken\.yml:1: template "Broken one" is left out of the table: unknown-permission at line 4/,
    )
    expect(read(root, 'README.md').toString('utf8')).toBe(expectedReadme())
  })

  it('points the links at GITHUB_SERVER_URL, and --server-url overrides it', () => {
    const root = project()
    const env = { GITHUB_SERVER_URL: 'https://github.example.com' }
    expect(cli(['docs', '--readme', 'README.md'], root, env).status).toBe(0)
    const ghes = read(root, 'README.md').toString('utf8')
    expect(ghes).toBe(expectedReadme('https://github.example.com'))
    expect(ghes).not.toContain('https://github.com/')

    const flagged = cli(
      [
        'docs',
        '--readme',
        'README.md',
        '--server-url',
        'https://ghe.example.org/',
      ],
      root,
      env,
    )
    expect(flagged.status).toBe(0)
    expect(read(root, 'README.md').toString('utf8')).toBe(
      expectedReadme('https://ghe.example.org'),
    )
  })

  it('refuses a javascript: server URL: exit 2, README untouched', () => {
    const root = project()
    const before = snapshot(join(root, 'README.md'))
    const result = cli(
      ['docs', '--readme', 'README.md', '--server-url', 'javascript:alert(1)'],
      root,
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/javascript:alert\(1\)/)
    expect(snapshot(join(root, 'README.md'))).toEqual(before)
  })
})

describe('url', () => {
  it('prints one link per template, two for a two-document file', () => {
    const root = project()
    const multi = cli(['url', `${DIR}/multi.yaml`], root)
    expect(multi.status).toBe(0)
    expect(multi.stderr).toBe('')
    expect(multi.stdout).toBe(
      `${buildTokenUrl(TEMPLATES[0]!)}\n${buildTokenUrl(TEMPLATES[1]!)}\n`,
    )
    const both = cli(['url', `${DIR}/reading.yml`, `${DIR}/multi.yaml`], root)
    expect(both.stdout.trimEnd().split('\n')).toHaveLength(3)
  })

  it('uses GITHUB_SERVER_URL, and --server-url over it', () => {
    const root = project()
    const env = { GITHUB_SERVER_URL: 'https://github.example.com/' }
    expect(cli(['url', `${DIR}/reading.yml`], root, env).stdout).toBe(
      `${buildTokenUrl(TEMPLATES[2]!, 'https://github.example.com')}\n`,
    )
    expect(
      cli(
        ['url', `${DIR}/reading.yml`, '--server-url', 'https://example.com/gh'],
        root,
        env,
      ).stdout,
    ).toBe(`${buildTokenUrl(TEMPLATES[2]!, 'https://example.com/gh')}\n`)
  })

  it('gives no link for a template with errors: exit 1, errors on stderr', () => {
    const root = project(README, { [`${DIR}/broken.yml`]: BROKEN })
    const result = cli(['url', `${DIR}/broken.yml`], root)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/unknown-permission/)
  })
})

describe('import', () => {
  const SEEDS = seedLinks()

  it('prints the YAML of a good link and exits 0', () => {
    const root = workspace({})
    const result = cli(['import', SEEDS[0]!], root)
    expect(result.status).toBe(0)
    expect(
      result.stdout.startsWith(
        `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}\n`,
      ),
    ).toBe(true)
    expect(parse(result.stdout)).toEqual({
      name: 'Repo-reading token',
      description: 'Just contents:read',
      target_name: 'octodemo',
      expires_in: 45,
      permissions: { contents: 'read' },
    })
  })

  it('exits 1 and names an unknown parameter on stderr', () => {
    const root = workspace({})
    const result = cli(
      [
        'import',
        'https://github.com/settings/personal-access-tokens/new?name=x&description=d&contents=read&pull_request=write',
      ],
      root,
    )
    expect(result.status).toBe(1)
    expect(parse(result.stdout)).toMatchObject({
      permissions: { contents: 'read', pull_request: 'write' },
    })
    expect(result.stderr).toMatch(/unknown permission "pull_request"/)
  })

  it('exits 1 with a note for a repeated parameter', () => {
    const result = cli(
      [
        'import',
        'https://github.com/settings/personal-access-tokens/new?name=a&description=d&contents=read&name=b',
      ],
      workspace({}),
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/"name" appears more than once/)
  })

  it('exits 2 for something that is not a link', () => {
    const result = cli(['import', 'not a link'], workspace({}))
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/"not a link" is not a URL/)
    expect(result.stdout).toBe('')
  })

  it.each(SEEDS.map((link, index) => [index + 1, link] as const))(
    'seed link %i: import, save, url gives back the same parameters',
    (_index, link) => {
      const root = workspace({})
      const imported = cli(['import', link], root)
      expect(imported.status).toBe(0)
      writeFileSync(join(root, 'imported.yml'), imported.stdout)
      const result = cli(['url', 'imported.yml'], root)
      expect(result.status).toBe(0)
      const lines = result.stdout.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(params(lines[0]!)).toEqual(params(link))
      expect(new URL(lines[0]!).origin).toBe(new URL(link).origin)
      expect(new URL(lines[0]!).pathname).toBe(new URL(link).pathname)
    },
  )
})
