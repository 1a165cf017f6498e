import { jest } from '@jest/globals'
import { runCli as cli, workspace } from './support/cli-process.js'

// Every command of the bundled CLI, run as a process on hostile file names,
// config values, template text and arguments, with and without
// GITHUB_ACTIONS: no line it prints may be read as a workflow command by a
// GitHub runner, except the tool's own (`--format github` annotations, and
// the `::stop-commands::` pair around a README diff).
//
// The runner reads stdout and stderr line by line (\n, \r or \r\n), trims
// leading whitespace and takes `::name ...::data` as a command; it also
// takes the old `##[name]data` form anywhere in a line. U+2028, U+2029,
// U+0085, \v and \f are counted as line breaks too: log viewers and other
// readers may break there.

jest.setTimeout(60_000)

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/
const COMMAND_START = /^[\s\u0085\u180e]*::/u

/** The parts of `text` a runner could take as a workflow command. */
function commandLike(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .filter((line) => COMMAND_START.test(line) || line.includes('##['))
}

/** Property values are escaped (`:` as %3A), so `[^:]*` is all of them. */
const OWN_ANNOTATION = /^::(?:error|warning|notice) file=[^:]*::/

/**
 * stdout without the tool's own commands: annotations (what their data
 * holds after a line break is checked like any other text) and the
 * stop-commands block (the runner ignores every line inside it).
 */
function withoutOwnCommands(stdout: string): {
  rest: string
  annotations: number
  stopped: number
} {
  const lines = stdout.split('\n')
  const rest: string[] = []
  let annotations = 0
  let stopped = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const own = OWN_ANNOTATION.exec(line)
    if (own) {
      // The runner takes the line as our command, whatever its data holds
      // (`##[` included); only what follows another line break counts.
      annotations++
      rest.push(...line.slice(own[0].length).split(LINE_BREAK).slice(1))
      continue
    }
    const stop = /^::stop-commands::([0-9a-f]{32})$/.exec(line)
    const end = stop ? lines.indexOf(`::${stop[1]}::`, i + 1) : -1
    if (stop && end > i) {
      stopped++
      i = end
      continue
    }
    rest.push(line)
  }
  return { rest: rest.join('\n'), annotations, stopped }
}

const DIR = '.github/token-templates'
const CONFIG = '.github/token-templates.config.yml'

const OK = `name: Repo reader
description: Reads contents
expires_in: 7
permissions:
  contents: read
`
// One error (unknown permission) on a line that also carries an old-style
// command, which the code frame quotes.
const BROKEN = `name: Broken
description: has a typo
expires_in: 7
permissions:
  pull_request: read # ##[error]from the frame
`

/** Every field, key and value a template has, each trying a command. */
const HOSTILE_TEXT = `name: "n\\n::error title=name::x\\r::add-mask::m\\L::notice::l ##[error]v1 %0A::warning::p"
description: "d\\n::error::desc\\N::add-mask::nel"
target_name: "::error::t"
expires_in: "\\n::error::e"
endpoints:
  - "GET /x\\n::error::ep"
  - "::add-mask::ep2"
  - "  ##[add-mask]ep3"
permissions:
  "\\n::stop-commands::y": read
  "::error::key": "::error::value\\n::add-mask::v"
  contents: "read\\u2028::error::lvl"
  "##[error]k": read
"::add-mask::topkey": 1
"\\x85::error::nel": x
---
name: "##[add-mask]x"
description: |
  line one
  ::error::block
permissions:
  metadata: read
---
name: raw\u2028::error::raw-separator\u0085::add-mask::raw-nel
permissions:
  contents: "read\\v::error::vt\\f::error::ff"
`

/** A YAML syntax error whose message could quote the bad line. */
const SYNTAX_ERROR = `name: [x
::error::syntax
  ::add-mask::s: [
`

const HOSTILE_NAMES = [
  'a\n::error title=pwned::injected\n::add-mask::x.yml',
  'b\r::warning::cr.yml',
  'c\r\n::error::crlf.yml',
  'd\u2028::notice::ls.yml',
  'e\u0085::error::nel.yml',
  '::error::lead.yml',
  '  ::add-mask::spaced.yml',
  '%0A::error::pct.yml',
  'f ##[error]v1.yml',
]

const README = `# Tokens

::error::from the readme
<!-- token-templates:start -->
| stale |
<!-- token-templates:end -->
  ::add-mask::readme
`

function hostileTemplates(): Record<string, string> {
  const files: Record<string, string> = {
    [`${DIR}/ok.yml`]: OK,
    [`${DIR}/hostile-text.yml`]: HOSTILE_TEXT,
    [`${DIR}/syntax.yml`]: SYNTAX_ERROR,
  }
  for (const name of HOSTILE_NAMES) files[`${DIR}/${name}`] = BROKEN
  return files
}

const HOSTILE_LINK =
  'https://github.com/settings/personal-access-tokens/new?' +
  [
    'name=x%0A%3A%3Aerror%3A%3Ay',
    'description=%E2%80%A8%3A%3Aerror%3A%3Ad%0D%3A%3Aadd-mask%3A%3Am%0A%20%20%3A%3Aerror%3A%3Aindented',
    'target_name=%3A%3Aerror%3A%3At',
    'expires_in=%0A%3A%3Aerror%3A%3Ae',
    '%0A%3A%3Aerror%3A%3Akey=read',
    '%3A%3Aadd-mask%3A%3Akey2=%3A%3Aerror%3A%3Av',
    'contents=%23%23%5Berror%5Dv1',
    'pct=%250A%3A%3Aerror%3A%3Apct',
    'name=dup%0A%3A%3Aerror%3A%3Adup',
  ].join('&')

const PLAIN_LINK =
  'https://github.com/settings/personal-access-tokens/new?name=x&contents=read'

/** Config files, each hostile in one value, so each gets read that far. */
const HOSTILE_CONFIGS: Record<string, string> = {
  'templates matching nothing': `templates: "none-here\\n::error title=forged::from config\\n::add-mask::x"\n`,
  'templates with a \\r': `templates: ["${DIR}/**", "none\\r::error::cr"]\n`,
  'readme name': `readme: "::error::readme\\n::add-mask::r.md"\n`,
  'readme name, file exists': `readme: "::error::exists.md"\n`,
  'server_url newline': `server_url: "https://example.com/\\n::error::server"\n`,
  'server_url not a URL': `server_url: "::error::s\\u2028::add-mask::u"\n`,
  'rules key': `rules:\n  "::error::rule\\n::add-mask::z": "off"\n`,
  'rules value': `rules:\n  no-expiration: "\\n::error::level"\n`,
  'platform value': `platform: "\\n::error::platform"\n`,
  'unknown setting': `"\\n::error::setting": 1\n`,
  'policy key': `policy:\n  "\\n::error::policy": 1\n`,
  'policy forbidden permission': `policy:\n  forbidden_permissions:\n    - "\\n::error::forbid"\n`,
  'extra permission name': `extra_permissions:\n  "::error::x\\ny":\n    scope: repository\n    levels: [read]\n`,
  'yaml syntax': `templates: [\n::error::config-syntax\n  ::add-mask::c: [\n`,
  'two documents': `templates: a\n---\n::error::doc2: 1\n`,
}

type Case = [label: string, args: string[], env: Record<string, string>]

const GITHUB: Record<string, string> = { GITHUB_ACTIONS: 'true' }
const ENVS: [string, Record<string, string>][] = [
  ['', {}],
  [' (GITHUB_ACTIONS)', GITHUB],
]

const templateCommands: [string, string[]][] = [
  ['lint', ['lint']],
  ['lint --format text', ['lint', '--format', 'text']],
  ['lint --format json', ['lint', '--format', 'json']],
  ['lint --format github', ['lint', '--format', 'github']],
  ['lint --format sarif', ['lint', '--format', 'sarif']],
  ['lint one hostile file', ['lint', `${DIR}/${HOSTILE_NAMES[0]}`]],
  ['docs', ['docs']],
  ['docs --readme', ['docs', '--readme', '::error::named.md']],
  ['url', ['url', ...Object.keys(hostileTemplates())]],
]

const argumentCommands: [string, string[]][] = [
  ['--help', ['--help']],
  ['no command', []],
  ['help', ['help']],
  ['--version', ['--version']],
  ['schema', ['schema']],
  ['unknown command', ['x\n::error::cmd']],
  ['unknown option', ['lint', '--x\n::error::opt']],
  ['lint --format', ['lint', '--format', '\n::error::f']],
  ['lint --max-warnings', ['lint', '--max-warnings', '\n::error::m']],
  ['lint --explain', ['lint', '--explain', '::error::r\n::add-mask::e']],
  ['lint --config', ['lint', '--config', '::error::c\n::add-mask::c.yml']],
  ['lint pattern', ['lint', 'none\n::error title=arg::pattern']],
  ['docs --readme missing', ['docs', '--readme', 'r\n::error::missing.md']],
  ['docs --server-url', ['docs', '--server-url', 'https://x/\n::error::su']],
  ['url no file', ['url', 'none\n::error::url']],
  ['import', ['import', HOSTILE_LINK]],
  ['import not a URL', ['import', 'x\n::error::notaurl']],
  [
    'import foreign path',
    ['import', 'https://example.com/::error::/x?name=a\u2028::error::b'],
  ],
  ['suggest endpoint', ['suggest', 'GET /x\n::error::s', '::add-mask::q']],
  [
    'suggest fields',
    [
      'suggest',
      'GET /repos/{owner}/{repo}',
      '--name',
      '::error::name',
      '--description',
      'd\n::error::d\u2028::add-mask::e',
    ],
  ],
  ['suggest --target', ['suggest', 'GET /x', '--target', '::error::t\n']],
  ['explain', ['explain', '::error::p\n::add-mask::q']],
  ['explain two', ['explain', '::error::a', 'b']],
]

const cases: Case[] = []
for (const [envLabel, env] of ENVS) {
  for (const [label, args] of templateCommands)
    cases.push([`hostile templates: ${label}${envLabel}`, args, env])
  for (const [label, args] of argumentCommands)
    cases.push([`hostile arguments: ${label}${envLabel}`, args, env])
}
// Config values reach the same messages whatever the environment; url and
// suggest read the config as lint does.
const configCommands: [string, string[]][] = [
  ['lint', ['lint']],
  ['lint --format sarif', ['lint', '--format', 'sarif']],
  ['docs', ['docs']],
  ['docs --check', ['docs', '--check']],
  // import reads the config after it prints the template.
  ['import', ['import', PLAIN_LINK]],
]
for (const config of Object.keys(HOSTILE_CONFIGS)) {
  for (const [label, args] of configCommands)
    cases.push([`config ${config}: ${label}`, args, GITHUB])
}

/** A fresh workspace for the case: hostile templates, or a hostile config. */
function root(label: string): string {
  const config = /^config (.*): /.exec(label)?.[1]
  const readmes = {
    'README.md': README,
    '::error::named.md': README,
    '::error::exists.md': README,
  }
  if (config === undefined)
    return workspace({ ...hostileTemplates(), ...readmes })
  return workspace({
    [`${DIR}/ok.yml`]: OK,
    ...readmes,
    [CONFIG]: HOSTILE_CONFIGS[config]!,
  })
}

describe('no output line of the bundled CLI is a forged workflow command', () => {
  it.each(cases)('%s', (label, args, env) => {
    const result = cli(args, root(label), env)
    const { rest, stopped } = withoutOwnCommands(result.stdout)
    // Only docs --check under GitHub Actions stops commands (around its diff).
    if (!(args.includes('--check') && env.GITHUB_ACTIONS === 'true'))
      expect(stopped).toBe(0)
    expect({
      stdout: commandLike(rest),
      stderr: commandLike(result.stderr),
    }).toEqual({ stdout: [], stderr: [] })
  })

  it.each(ENVS)(
    'lint --format github%s prints one annotation per finding and nothing else',
    (_label, env) => {
      const ws = root('hostile templates')
      const json = cli(['lint', '--format', 'json'], ws, env)
      const { diagnostics } = JSON.parse(json.stdout) as {
        diagnostics: unknown[]
      }
      const result = cli(['lint', '--format', 'github'], ws, env)
      const { rest, annotations } = withoutOwnCommands(result.stdout)
      expect(diagnostics.length).toBeGreaterThan(HOSTILE_NAMES.length)
      expect(annotations).toBe(diagnostics.length)
      expect(result.stdout.split('\n')).toHaveLength(annotations + 1)
      expect(commandLike(rest)).toEqual([])
    },
  )

  it('docs --check under GitHub Actions stops commands around the diff, and only there', () => {
    const result = cli(['docs', '--check'], root('hostile templates'), GITHUB)
    expect(result.status).toBe(1)
    const { rest, stopped } = withoutOwnCommands(result.stdout)
    expect(stopped).toBe(1)
    expect(rest).toBe('')
    expect(commandLike(result.stderr)).toEqual([])
  })

  it('docs --check --readme with a hostile name under GitHub Actions', () => {
    const result = cli(
      ['docs', '--check', '--readme', '::error::named.md'],
      root('hostile templates'),
      GITHUB,
    )
    expect(result.status).toBe(1)
    const { rest, stopped } = withoutOwnCommands(result.stdout)
    expect(stopped).toBe(1)
    expect(commandLike(rest)).toEqual([])
    expect(commandLike(result.stderr)).toEqual([])
  })

  it.each([['lint'], ['lint', '--format', 'sarif']])(
    '%s with config templates that match nothing: one line per message',
    (...args) => {
      const result = cli(
        args,
        root('config templates matching nothing: lint'),
        GITHUB,
      )
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.split(LINE_BREAK)).toEqual([
        'token-templates: no template files found: nothing matches "none-here\\n::error title=forged::from config\\n::add-mask::x" (templates in the config)',
        'To start, write a template from a token link, or from the REST endpoints the token calls:',
        "  token-templates import 'https://github.com/settings/personal-access-tokens/new?name=…' > PATH/NAME.yml",
        "  token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}' > PATH/NAME.yml",
        "where PATH is a folder the config's templates match.",
        '',
      ])
    },
  )
})
