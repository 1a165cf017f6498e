import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { runCli, workspace } from './support/cli-process.js'

/**
 * .pre-commit-hooks.yaml, as pre-commit reads it: each hook's entry runs
 * in the repository root, with the staged file names appended unless
 * pass_filenames is false, in parallel batches unless require_serial.
 */

interface Hook {
  id: string
  entry: string
  language: string
  files: string
  pass_filenames?: boolean
  require_serial?: boolean
}

const HOOKS = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[]
const hook = (id: string) => HOOKS.find((h) => h.id === id)!

/** Runs a hook's entry the way pre-commit would, with the bundled CLI. */
function runHook(id: string, cwd: string, stagedFiles: string[]) {
  const [command, ...args] = hook(id).entry.split(' ')
  expect(command).toBe('token-templates')
  const files = hook(id).pass_filenames === false ? [] : stagedFiles
  return runCli([...args, ...files], cwd)
}

const template = (name: string) =>
  `name: ${name}\ndescription: Reads the code\npermissions:\n  contents: read\n`

describe('pre-commit hooks', () => {
  it('declares the two hooks as node hooks on the token-templates command', () => {
    expect(HOOKS.map((h) => h.id)).toEqual([
      'token-templates-lint',
      'token-templates-docs',
    ])
    for (const h of HOOKS) expect(h.language).toBe('node')
  })

  it('never passes file names and never splits into parallel batches', () => {
    for (const h of HOOKS) {
      expect(h.pass_filenames).toBe(false)
      expect(h.require_serial).toBe(true)
    }
  })

  it('runs on any YAML change (templates may live where the config says), the docs hook on Markdown too', () => {
    const lintFiles = new RegExp(hook('token-templates-lint').files)
    expect(lintFiles.test('.github/token-templates/deploy.yml')).toBe(true)
    expect(lintFiles.test('tokens/team/a.yaml')).toBe(true)
    expect(lintFiles.test('.github/token-templates.config.yml')).toBe(true)
    expect(lintFiles.test('README.md')).toBe(false)
    const docsFiles = new RegExp(hook('token-templates-docs').files)
    expect(docsFiles.test('TOKENS.md')).toBe(true)
    expect(docsFiles.test('tokens/a.yml')).toBe(true)
  })

  it("follows the config's templates and readme", () => {
    const root = workspace({
      '.github/token-templates.config.yml':
        'templates: [tokens/**/*.yml]\nreadme: TOKENS.md\n',
      'tokens/a.yml': template('Deploy'),
      'tokens/b.yml': template('Deploy'),
      'TOKENS.md':
        '<!-- token-templates:start -->\n<!-- token-templates:end -->\n',
    })
    const lint = runHook('token-templates-lint', root, [])
    expect(lint.status).toBe(1)
    expect(lint.stdout).toContain('[duplicate-name]')
    expect(runHook('token-templates-docs', root, []).status).toBe(1)
  })

  it('catches a duplicate name when only the new file is staged', () => {
    const root = workspace({
      '.github/token-templates/existing.yml': template('Deploy'),
      '.github/token-templates/new.yml': template('Deploy'),
    })
    const result = runHook('token-templates-lint', root, [
      '.github/token-templates/new.yml',
    ])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('[duplicate-name]')
    expect(result.stdout).toContain('existing.yml')
  })

  it('passes a clean template set', () => {
    const root = workspace({
      '.github/token-templates/a.yml': template('Reader'),
      '.github/token-templates/b.yml': template('Other reader'),
    })
    const result = runHook('token-templates-lint', root, [])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('the docs hook fails on a stale table and passes once docs wrote it', () => {
    const readme =
      '# Tokens\n\n<!-- token-templates:start -->\n<!-- token-templates:end -->\n'
    const root = workspace({
      '.github/token-templates/a.yml': template('Reader'),
      'README.md': readme,
    })
    expect(runHook('token-templates-docs', root, []).status).toBe(1)
    expect(runCli(['docs', '--readme', 'README.md'], root).status).toBe(0)
    const result = runHook('token-templates-docs', root, [])
    expect(result.status).toBe(0)
  })
})
