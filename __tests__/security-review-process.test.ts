import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { runCli as cli, workspace } from './support/cli-process.js'

// A second outside review of issue 14's change, each finding pinned as a
// run of the bundled CLI.

const DIR = '.github/token-templates'
const GOOD =
  'name: Good\ndescription: d\nexpires_in: 7\npermissions:\n  contents: read\n'

/** Lines a runner would read as a command: `::` after trimming, or `##[`. */
function commandLines(output: string): string[] {
  return output
    .split(/\r\n|\r|\n|\u2028|\u2029|\u0085|\v|\f/)
    .filter((line) => /^\s*::/.test(line) || line.includes('##['))
}

describe('docs --check outside GitHub Actions', () => {
  it('prints no README line a runner would obey', () => {
    const root = workspace({
      [`${DIR}/good.yml`]: GOOD,
      'README.md':
        'x\n<!-- token-templates:start -->\n##[error]old\n::error::table\n<!-- token-templates:end -->\n::add-mask::context\n',
    })
    const result = cli(['docs', '--readme', 'README.md', '--check'], root)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/old/) // the diff is shown
    expect(commandLines(result.stdout + result.stderr)).toEqual([])
  })

  it('leaves a plain diff as it was, CRLF line ends included', () => {
    const root = workspace({
      [`${DIR}/good.yml`]: GOOD,
      'README.md':
        'x\r\n<!-- token-templates:start -->\r\nold table\r\n<!-- token-templates:end -->\r\n',
    })
    const { stdout } = cli(['docs', '--readme', 'README.md', '--check'], root)
    expect(stdout).toContain('-old table\r\n')
  })
})

describe('annotations of hidden characters', () => {
  it('--format github shows bidi, zero-width and tag characters escaped', () => {
    const root = workspace({
      [`${DIR}/x.yml`]: `${GOOD}  "evil\\u202egnp\\u200b\\U000E0041": read\n`,
    })
    const { stdout } = cli(['lint', '--format', 'github'], root)
    expect(stdout).toContain(
      'unknown permission "evil\\u{202e}gnp\\u{200b}\\u{e0041}"',
    )
    expect(stdout).not.toMatch(/[\u202e\u200b]|\u{e0041}/u)
  })
})

describe('a literal path through a link to a folder outside', () => {
  it('is refused alike whether the file exists or not, without listing it', () => {
    const root = workspace({ [`${DIR}/good.yml`]: GOOD })
    mkdirSync(join(root, 'sub'))
    symlinkSync('/', join(root, 'sub/root'))
    const exists = cli(
      ['lint', '--format', 'json', 'sub/root/etc/passwd'],
      root,
    )
    const missing = cli(['lint', '--format', 'json', 'sub/root/etc/nope'], root)
    const reason = (result: { stdout: string }) =>
      JSON.parse(result.stdout).diagnostics.map(
        (d: { rule: string; message: string }) =>
          `${d.rule}: ${d.message.replace(/sub\/root\/etc\/\w+/, 'FILE')}`,
      )
    expect(reason(exists)).toEqual([
      'unreadable-file: FILE is not read: it is reached through a symbolic link to a directory outside the working directory',
    ])
    expect(reason(missing)).toEqual(reason(exists))
  })
})
