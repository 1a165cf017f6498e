import { ruleHelpUri } from '../src/rules/help-uri.js'
import { runCli as cli, workspace } from './support/cli-process.js'

// Issue 16, item 7, "CLI manners", as users meet them on the bundled CLI:
// --help on every command, one-line usage errors, counts with the right
// plural, one message (and a way to start) for a repository without
// templates, and lint --explain.

const DIR = '.github/token-templates'

const GOOD =
  'name: Deploy\ndescription: Deploys the site\nexpires_in: 30\npermissions:\n  contents: read\n'
/** One notice (billing), nothing else. */
const NOTICE =
  'name: Copilot\ndescription: Copilot requests\nexpires_in: 30\npermissions:\n  copilot_requests: write\n'
/** One warning (missing-description), nothing else. */
const WARNING = 'name: Bare\nexpires_in: 30\npermissions:\n  contents: read\n'
/** One error (unknown-permission), nothing else. */
const ERROR =
  'name: Broken\ndescription: deploys\nexpires_in: 30\npermissions:\n  pull_request: write\n'

const README =
  '# Tokens\n\n<!-- token-templates:start -->\n<!-- token-templates:end -->\n'

/** Each command and the options its --help must name. */
const COMMANDS: Record<string, string[]> = {
  lint: ['--format', '--config', '--max-warnings', '--explain', '--help'],
  docs: ['--readme', '--check', '--init', '--config', '--server-url', '--help'],
  url: ['--config', '--server-url', '--help'],
  import: ['--config', '--help'],
  suggest: ['--name', '--description', '--target', '--config', '--help'],
  explain: ['--help'],
  schema: ['--config', '--help'],
}
const NAMES = Object.keys(COMMANDS)

/** Words of a shell command line: single quotes only, as the examples use. */
function shellWords(line: string): string[] {
  const words: string[] = []
  for (const match of line.matchAll(/'([^']*)'|(\S+)/g))
    words.push(match[1] ?? match[2]!)
  return words
}

/** The example lines of a --help text, without `token-templates` and `>`. */
function examples(help: string): string[][] {
  const lines = help.split('\n')
  const start = lines.findIndex((line) => /^examples?:$/.test(line))
  expect(start).toBeGreaterThan(-1)
  const found: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  token-templates ')) break
    const words = shellWords(line.trim().replace(/ > .*$/, ''))
    found.push(words.slice(1))
  }
  return found
}

/** A count with the wrong plural: `1 notices`, `1 templates`. */
const WRONG_PLURAL =
  /\b1 (notices|templates|files|problems|warnings|errors|findings|days)\b/

describe('--help', () => {
  it('token-templates --help lists every command, exit 0', () => {
    const result = cli(['--help'], workspace())
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^usage: token-templates <command>/)
    for (const name of NAMES)
      expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
    expect(result.stdout).toContain(
      'Run token-templates <command> --help for its options and an example.',
    )
  })

  it.each(NAMES.flatMap((name) => [[name, '--help'] as const, [name, '-h']]))(
    '%s %s: exit 0, its usage, every option and an example',
    (name, flag) => {
      const result = cli([name, flag], workspace())
      expect(result.status).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(
        new RegExp(`^usage: token-templates ${name}\\b`),
      )
      for (const option of COMMANDS[name]!)
        expect(result.stdout).toMatch(
          new RegExp(`^ {2}(-\\w, | {4})${option}\\b`, 'm'),
        )
      expect(examples(result.stdout).length).toBeGreaterThan(0)
      expect(result.stdout).toMatch(/^exit codes: /m)
    },
  )

  it('is help wherever --help stands, even after a mistake; help COMMAND is the same text', () => {
    const root = workspace()
    const help = cli(['lint', '--help'], root).stdout
    for (const args of [
      ['lint', '--format', 'json', '--help'],
      ['lint', '--bogus', '-h'],
      ['help', 'lint'],
    ]) {
      const result = cli(args, root)
      expect(result.status).toBe(0)
      expect(result.stdout).toBe(help)
    }
    // After --, --help is a path.
    expect(cli(['lint', '--', '--help'], root).status).toBe(2)
  })

  it("runs each command's example without a usage error", () => {
    const root = workspace({
      [`${DIR}/deploy.yml`]: GOOD,
      'README.md': README,
    })
    for (const name of NAMES) {
      const help = cli([name, '--help'], root).stdout
      for (const args of examples(help)) {
        expect(args[0]).toBe(name)
        const result = cli(args, root)
        expect(`${args.join(' ')}: exit ${result.status}`).toMatch(
          /: exit [01]$/,
        )
        expect(result.stderr).not.toMatch(/unknown option|needs a value/)
      }
    }
  })
})

describe('usage errors: one line naming the mistake and --help, exit 2', () => {
  const root = workspace({ [`${DIR}/deploy.yml`]: GOOD })

  it.each(NAMES)('%s --bogus', (name) => {
    const result = cli([name, '--bogus'], root)
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `token-templates ${name}: unknown option --bogus; see token-templates ${name} --help\n`,
    })
  })

  it.each([
    [
      ['lint', '--formt', 'json'],
      'token-templates lint: unknown option --formt (did you mean --format?); see token-templates lint --help',
    ],
    [
      ['lint', '-x'],
      'token-templates lint: unknown option -x; see token-templates lint --help',
    ],
    [
      ['lint', '--format'],
      'token-templates lint: --format needs a value (--format FORMAT); see token-templates lint --help',
    ],
    [
      ['docs', '--readme', '--check'],
      'token-templates docs: --readme needs a value (--readme FILE); see token-templates docs --help',
    ],
    [
      ['docs', '--check=yes'],
      'token-templates docs: --check takes no value; see token-templates docs --help',
    ],
    [
      ['schema', 'extra'],
      'token-templates schema: unexpected argument "extra": schema takes only options; see token-templates schema --help',
    ],
    [
      ['lnt'],
      'token-templates: unknown command "lnt" (did you mean lint?); the commands are lint, docs, links, url, import, suggest, review, audit, explain, schema (see token-templates --help)',
    ],
  ])('%j', (args, line) => {
    const result = cli(args, root)
    expect(result).toEqual({ status: 2, stdout: '', stderr: `${line}\n` })
  })

  it('no command: the list of commands on stderr, exit 2', () => {
    const result = cli([], root)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(cli(['--help'], root).stdout)
  })
})

describe('counts with the right plural', () => {
  it('lint: 1 problem, 1 notice, 1 template, 1 file', () => {
    const result = cli(['lint'], workspace({ [`${DIR}/a.yml`]: NOTICE }))
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '✖ 1 problem (0 errors, 0 warnings, 1 notice) in 1 template, 1 file',
    )
    expect(result.stdout).not.toMatch(WRONG_PLURAL)
  })

  it('lint: 2 templates in 1 file, no problems', () => {
    const result = cli(
      ['lint'],
      workspace({
        [`${DIR}/a.yml`]: `${GOOD}---\n${GOOD.replace('Deploy', 'Other')}`,
      }),
    )
    expect(result.stdout).toBe('✔ 2 templates in 1 file: no problems\n')
  })

  it('lint --max-warnings: 1 warning', () => {
    const result = cli(
      ['lint', '--max-warnings', '0'],
      workspace({ [`${DIR}/a.yml`]: WARNING }),
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'token-templates: 1 warning, more than --max-warnings 0\n',
    )
  })

  it('docs: 1 template', () => {
    const result = cli(
      ['docs', '--readme', 'README.md'],
      workspace({ [`${DIR}/a.yml`]: GOOD, 'README.md': README }),
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      'README.md: updated the token table (1 template)\n',
    )
  })

  it('url: 1 template has errors', () => {
    const result = cli(
      ['url', `${DIR}/a.yml`, `${DIR}/b.yml`],
      workspace({ [`${DIR}/a.yml`]: GOOD, [`${DIR}/b.yml`]: ERROR }),
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'token-templates: 1 template has errors and got no link\n',
    )
    expect(result.stderr).not.toMatch(WRONG_PLURAL)
  })
})

describe('a repository without templates', () => {
  it('says so once, and how to start; exit 2', () => {
    const result = cli(['lint'], workspace({ 'README.md': README }))
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.match(/no template file|no file matches/g)).toEqual([
      'no template file',
    ])
    expect(result.stderr.split('\n')).toEqual([
      'token-templates: no template files found: nothing matches ".github/token-templates/**/*.{yml,yaml}" (the default)',
      'To start, write a template from a token link, or from the REST endpoints the token calls:',
      '  mkdir -p .github/token-templates',
      "  token-templates import 'https://github.com/settings/personal-access-tokens/new?name=…' > .github/token-templates/NAME.yml",
      "  token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}' > .github/token-templates/NAME.yml",
      '',
    ])
  })

  it('the commands it suggests make a template that lints', () => {
    const root = workspace()
    const suggested = cli(
      ['suggest', 'GET /repos/{owner}/{repo}/contents/{path}'],
      root,
    )
    expect(suggested.status).toBe(0)
    const imported = cli(
      [
        'import',
        'https://github.com/settings/personal-access-tokens/new?name=Deploy&description=Deploys&contents=read',
      ],
      root,
    )
    expect(imported.status).toBe(0)
    const linted = cli(
      ['lint'],
      workspace({
        [`${DIR}/suggested.yml`]: suggested.stdout,
        [`${DIR}/imported.yml`]: imported.stdout,
      }),
    )
    expect(linted.status).toBe(0)
  })

  it('names the paths given, once, without the starting steps', () => {
    const result = cli(['lint', 'nope.yml', 'none/**/*.yml'], workspace())
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'token-templates: no template files found: nothing matches "nope.yml", "none/**/*.yml"\n' +
        'Check the paths: they are relative to the working directory, and a directory stands for every *.yml and *.yaml file below it.\n',
    )
  })

  it("names the config's templates when they match nothing", () => {
    const result = cli(
      ['lint'],
      workspace({
        '.github/token-templates.config.yml': 'templates: tokens/*.yml\n',
      }),
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(
      /^token-templates: no template files found: nothing matches "tokens\/\*\.yml" \(templates in the config\)\n/,
    )
    expect(result.stderr).toContain('> PATH/NAME.yml')
    expect(result.stderr).not.toContain('mkdir')
  })

  it('still warns, per pattern, about one that matches nothing while another does', () => {
    const result = cli(
      ['lint', `${DIR}/a.yml`, 'nope.yml'],
      workspace({ [`${DIR}/a.yml`]: GOOD }),
    )
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('token-templates: no file matches "nope.yml"\n')
  })
})

describe('lint --explain', () => {
  const root = workspace({
    [`${DIR}/a.yml`]: ERROR,
    [`${DIR}/b.yml`]: WARNING,
    [`${DIR}/c.yml`]: WARNING.replace('Bare', 'Bare too'),
  })
  const block = [
    'Rules with findings (token-templates lint --explain RULE prints one in full):',
    `  missing-description  2 warnings  ${ruleHelpUri('missing-description')}`,
    `  unknown-permission   1 error     ${ruleHelpUri('unknown-permission')}`,
    '',
  ].join('\n')

  it('lists each rule with findings and its docs link, after the findings', () => {
    const plain = cli(['lint'], root)
    const explained = cli(['lint', '--explain'], root)
    expect(explained.status).toBe(1)
    expect(explained.stdout).toBe(`${plain.stdout}\n${block}`)
    expect(ruleHelpUri('unknown-permission')).toMatch(
      /^https:\/\/github\.com\/.*\/docs\/rules\.md#unknown-permission$/,
    )
  })

  it('keeps stdout one document for json and sarif: the list goes to stderr', () => {
    for (const format of ['json', 'sarif']) {
      const result = cli(['lint', '--explain', '--format', format], root)
      expect(result.status).toBe(1)
      expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
      expect(result.stderr).toBe(block)
    }
  })

  it('prints nothing more when there are no findings', () => {
    const clean = workspace({ [`${DIR}/a.yml`]: GOOD })
    expect(cli(['lint', '--explain'], clean)).toEqual(cli(['lint'], clean))
  })

  it('takes a path after it as a path, and says "the rule" for one', () => {
    const result = cli(['lint', '--explain', `${DIR}/b.yml`], root)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      `\nThe rule with findings (token-templates lint --explain RULE prints one in full):\n  missing-description  1 warning  ${ruleHelpUri('missing-description')}\n`,
    )
  })

  it("still prints one rule's documentation with --explain RULE", () => {
    for (const args of [
      ['lint', '--explain', 'no-expiration'],
      ['lint', '--explain=no-expiration'],
    ]) {
      const result = cli(args, root)
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^no-expiration \(default: warning\)\n/)
    }
  })

  it('suggests the rule a typo meant', () => {
    const result = cli(['lint', '--explain', 'no-expiraton'], root)
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'token-templates: no rule "no-expiraton": did you mean "no-expiration"?\n',
    })
  })
})

describe('YAML mistakes in plain words, at the line of the mistake', () => {
  it.each([
    [
      'an unclosed quote: at the opening quote, not at the end of the file',
      'name: "Deploy\ndescription: Deploys the site\nexpires_in: 30\n',
      'a.yml:1:7: error: missing closing quote: the value that starts with " here never ends; put a " at its end [yaml-syntax]\n  1 | name: "Deploy\n    |       ^',
    ],
    [
      'a line indented under a key that has a value: at that line',
      'name: Deploy\n  description: Deploys the site\n',
      'a.yml:2:3: error: this line is indented more than "name" above it, which already has a value: if it continues that value, put the value in quotes or write name: > and indent its lines under it; if it is a key of its own, line it up with "name"; to nest it, remove the value of "name" [yaml-syntax]\n  2 |   description: Deploys the site\n    |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    ],
    [
      'a tab',
      'name: Deploy\npermissions:\n\tcontents: read\n',
      'a.yml:3:1: error: a tab indents this line: YAML needs spaces for indentation [yaml-syntax]',
    ],
  ])('%s', (_, template, shown) => {
    const result = cli(['lint', 'a.yml'], workspace({ 'a.yml': template }))
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(shown)
    expect(result.stdout).toContain(
      '✖ 1 problem (1 error, 0 warnings, 0 notices)',
    )
  })
})
