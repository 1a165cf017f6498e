import { resolve } from 'node:path'
import { runCli as cli, workspace } from './support/cli-process.js'

// The bundled CLI, run as a user and CI run it: a process, its exit code,
// its stdout and stderr.

const BROKEN = `name: Deploy
description: deploys
permissions:
  pull_request: write
`

describe('dist/cli/index.js', () => {
  it('lints the bundled examples clean (exit 0) by default paths', () => {
    const result = cli(['lint'], resolve('examples'))
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/0 errors, 0 warnings/)
    expect(result.stderr).toBe('')
  })

  it('prints file:line:col, the rule, a code frame and exits 1 on errors', () => {
    const root = workspace({ '.github/token-templates/deploy.yml': BROKEN })
    const result = cli(['lint'], root)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '.github/token-templates/deploy.yml:4:3: error: unknown permission "pull_request": did you mean "pull_requests"? [unknown-permission]',
    )
    expect(result.stdout).toContain('  4 |   pull_request: write')
    expect(result.stdout).not.toContain('\u001b[') // no colour off a TTY
  })

  it('prints the documented JSON shape with paths relative to the working directory', () => {
    const root = workspace({ 'templates/a.yml': BROKEN })
    const result = cli(['lint', 'templates', '--format', 'json'], root)
    expect(result.status).toBe(1)
    const output = JSON.parse(result.stdout) as {
      diagnostics: Array<Record<string, unknown>>
      summary: Record<string, number>
    }
    expect(output.diagnostics).toEqual([
      {
        file: 'templates/a.yml',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
        severity: 'error',
        rule: 'unknown-permission',
        message:
          'unknown permission "pull_request": did you mean "pull_requests"?',
      },
    ])
    expect(output.summary).toEqual({
      files: 1,
      templates: 1,
      errors: 1,
      warnings: 0,
      notices: 0,
    })
  })

  it('prints workflow commands with --format github', () => {
    const root = workspace({ 'a.yml': BROKEN })
    const result = cli(['lint', 'a.yml', '--format', 'github'], root)
    expect(result.stdout).toBe(
      '::error file=a.yml,line=4,col=3,endLine=4,endColumn=15,title=unknown-permission::unknown permission "pull_request": did you mean "pull_requests"?\n',
    )
  })

  it('exits 1 when warnings pass --max-warnings, 0 when they do not', () => {
    const root = workspace({
      'a.yml': 'name: x\npermissions:\n  contents: read\n',
    })
    expect(cli(['lint', 'a.yml', '--max-warnings', '0'], root).status).toBe(1)
    expect(cli(['lint', 'a.yml', '--max-warnings', '1'], root).status).toBe(0)
  })

  it.each([
    [
      ['lint', '--format', 'xml'],
      /--format must be one of text, json, github, sarif/,
    ],
    [['lint', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
    [
      ['lint', '--bogus'],
      /^token-templates lint: unknown option --bogus; see token-templates lint --help\n$/,
    ],
    [['lint', 'nothing-here/*.yml'], /no template files found/],
    [
      ['lint', '--config', 'missing.yml'],
      /missing\.yml: cannot read the config file \(no such file\)/,
    ],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['constructor'], /unknown command "constructor"/],
    [['toString'], /unknown command "toString"/],
  ])(
    '%j is a usage error: exit 2, one clear message, no stack trace',
    (args, message) => {
      const result = cli(args, workspace({ 'a.yml': 'name: x\n' }))
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    },
  )

  it('reports a bad config with its position and exit 2', () => {
    const root = workspace({
      '.github/token-templates.config.yml': 'rules:\n  no-expiraton: error\n',
      '.github/token-templates/a.yml': 'name: x\n',
    })
    const result = cli(['lint'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'token-templates: .github/token-templates.config.yml:2:3: unknown rule "no-expiraton": did you mean "no-expiration"?\n',
    )
  })

  it('applies rule levels from the config', () => {
    const root = workspace({
      '.github/token-templates.config.yml':
        'rules:\n  missing-description: error\n',
      '.github/token-templates/a.yml':
        'name: x\npermissions:\n  contents: read\n',
    })
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({
      rule: 'missing-description',
      severity: 'error',
    })
  })

  it('prints a SARIF 2.1.0 log', () => {
    const root = workspace({ 'a.yml': BROKEN })
    const log = JSON.parse(
      cli(['lint', 'a.yml', '--format', 'sarif'], root).stdout,
    )
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'unknown-permission',
      level: 'error',
    })
  })

  it('prints the schema and a rule explanation', () => {
    const cwd = resolve('.')
    expect(JSON.parse(cli(['schema'], cwd).stdout).$id).toMatch(
      /token-template\.schema\.json$/,
    )
    expect(JSON.parse(cli(['schema', '--config'], cwd).stdout).$id).toMatch(
      /config\.schema\.json$/,
    )
    const explained = cli(
      ['lint', '--explain', 'unsupported-access-level'],
      cwd,
    )
    expect(explained.status).toBe(0)
    expect(explained.stdout).toMatch(
      /^unsupported-access-level \(default: error\)/,
    )
  })
})
