import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { Linter } from '../src/lint/engine.js'
import { runAction, removeTemporaryFolders } from './support/action-process.js'
import { runCli as cli, workspace } from './support/cli-process.js'

// Problems a review of the whole change found, each pinned by a test.

afterAll(removeTemporaryFolders)

const GOOD =
  'name: First\ndescription: d\nexpires_in: 30\npermissions:\n  contents: read\n'

describe('a file whose second document does not parse', () => {
  // yaml refuses `"d"#x` (a comment needs a space before it): that
  // document is reported, the first is linted and kept.
  const TWO = `${GOOD}---\nname: Second\ndescription: "d"#x\nexpires_in: 30\npermissions:\n  contents: red\n`

  it('reports the syntax error and lints the first template', () => {
    const names: unknown[] = []
    const linter = new Linter({
      onTemplate: (template) => names.push(template.fields.name),
    })
    linter.lintText('b.yml', TWO)
    const { findings, summary } = linter.finish()
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['yaml-syntax', 8]])
    expect(names).toEqual(['First'])
    expect(summary.templates).toBe(2)
  })

  it('does not crash url or docs (no internal error)', () => {
    const root = workspace({
      'b.yml': TWO,
      'README.md':
        '<!-- token-templates:start -->\n<!-- token-templates:end -->\n',
    })
    const url = cli(['url', 'b.yml'], root)
    expect(url.stderr).not.toMatch(/internal error/)
    expect(url.stdout).toMatch(/name=First/)
    const docs = cli(['docs', 'b.yml'], root)
    expect(docs.stderr).not.toMatch(/internal error/)
    expect(docs.status).toBe(0)
  })
})

describe('nothing outside the workspace is read', () => {
  it('refuses files reached through a linked templates directory', () => {
    const outside = workspace({ 'creds.yml': 'secret_token: hunter2\n' })
    const root = workspace({})
    mkdirSync(join(root, '.github'))
    symlinkSync(outside, join(root, '.github/token-templates'))
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.stdout).not.toContain('secret_token')
    expect(JSON.parse(result.stdout).diagnostics).toMatchObject([
      {
        rule: 'unreadable-file',
        message: expect.stringMatching(/symbolic link to a directory outside/),
      },
    ])
  })

  it('refuses a config file that links outside', () => {
    const outside = workspace({ 'creds.yml': 'secret_token: hunter2\n' })
    const root = workspace({ '.github/token-templates/a.yml': GOOD })
    symlinkSync(
      join(outside, 'creds.yml'),
      join(root, '.github/token-templates.config.yml'),
    )
    const result = cli(['lint'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/outside the working directory/)
    expect(result.stderr).not.toContain('secret_token')
    expect(
      cli(['lint', '--config', join(outside, 'creds.yml')], root).status,
    ).toBe(2)
  })
})

describe('the README diff under GitHub Actions', () => {
  it('is printed with workflow commands stopped', () => {
    const root = workspace({
      '.github/token-templates/a.yml': GOOD,
      'README.md':
        ' ::add-mask::planted\n<!-- token-templates:start -->\nold\n<!-- token-templates:end -->\n',
    })
    const result = cli(['docs', '--check'], root, { GITHUB_ACTIONS: 'true' })
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    const stop = lines.findIndex((line) =>
      /^::stop-commands::[0-9a-f]{32}$/.test(line),
    )
    // Inside, the planted line is also escaped (`\u{3a}:add-mask::`).
    const planted = lines.findIndex((line) =>
      line.includes('add-mask::planted'),
    )
    const resume = lines.findIndex(
      (line, i) => i > stop && /^::[0-9a-f]{32}::$/.test(line),
    )
    expect(stop).toBeGreaterThanOrEqual(0)
    expect(planted).toBeGreaterThan(stop)
    expect(resume).toBeGreaterThan(planted)
    expect(lines[planted]!.trim()).not.toMatch(/^::/)
  })
})

describe('the Action', () => {
  it('annotates a stale table at the real start marker, not one in a code sample', async () => {
    const readme = [
      '# Tokens',
      '',
      '```markdown',
      '<!-- token-templates:start -->',
      '<!-- token-templates:end -->',
      '```',
      '',
      '<!-- token-templates:start -->',
      'old',
      '<!-- token-templates:end -->',
      '',
    ].join('\n')
    const root = workspace({
      '.github/token-templates/a.yml': GOOD,
      'README.md': readme,
    })
    const result = await runAction({
      workspace: root,
      inputs: { docs: 'check' },
    })
    expect(
      result.annotations.find((a) => a.properties.title === 'docs')?.properties
        .line,
    ).toBe('8')
  })

  it('links findings to the repository server, not the token links server', async () => {
    const root = workspace({
      '.github/token-templates/a.yml':
        'name: x\npermissions:\n  pull_request: read\n',
      '.github/token-templates/b.yml': GOOD,
    })
    const result = await runAction({
      workspace: root,
      inputs: { 'server-url': 'https://tokens.example.com' },
      env: {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'abc123',
      },
    })
    expect(result.summary).toContain('https://github.com/o/r/blob/')
    expect(result.summary).toContain(
      'https://tokens.example.com/settings/personal-access-tokens/new?',
    )
  })
})
