import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  runCli as cli,
  workspace as tempWorkspace,
} from './support/cli-process.js'

// The bundled CLI (dist/cli/index.js; `npm run build` after changing src/)
// under a config with a policy, run as a user or CI runs it.
const CONFIG = '.github/token-templates.config.yml'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

function workspace(files: Record<string, string>): string {
  const root = tempWorkspace(files, 'tt-policy-')
  roots.push(root)
  return root
}

// Lines 2 to 6 set the policy.
const POLICY = `policy:
  max_lifetime_days: 90
  forbidden_permissions:
    - administration: write
  allowed_targets: [octodemo, 'octo-*']
  allow_personal: false
`

/** Breaks every setting: target (3), lifetime (4), forbidden (7), sensitive. */
const BAD = `name: Admin
description: Manages the repositories
target_name: elsewhere
expires_in: none
permissions:
  workflows: write
  administration: write
`

const GOOD = `name: Deploy
description: Deploys the site
target_name: octo-site
expires_in: 90
justification: Runs the deploy workflow
permissions:
  contents: write
  workflows: write
`

interface JsonOutput {
  diagnostics: Array<Record<string, unknown>>
  summary: Record<string, number>
}

describe('token-templates lint under a policy', () => {
  it('reports each policy finding with its rule id and position (--format json), exit 1', () => {
    const root = workspace({
      [CONFIG]: POLICY,
      '.github/token-templates/admin.yml': BAD,
      '.github/token-templates/deploy.yml': GOOD,
    })
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const output = JSON.parse(result.stdout) as JsonOutput
    const file = '.github/token-templates/admin.yml'
    expect(output.diagnostics).toEqual([
      {
        file,
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 23,
        severity: 'error',
        rule: 'target-not-allowed',
        message: `"elsewhere" is not an owner the policy allows (policy.allowed_targets, ${CONFIG}:5: octodemo and octo-*)`,
      },
      {
        file,
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 17,
        severity: 'error',
        rule: 'max-lifetime',
        message: `a token that never expires is over the policy's maximum lifetime of 90 days (policy.max_lifetime_days, ${CONFIG}:2): set expires_in to 90 or less`,
      },
      {
        file,
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 12,
        severity: 'error',
        rule: 'sensitive-permission-needs-justification',
        message:
          'workflows: write and administration: write are sensitive (policy.sensitive_permissions (default)): add a justification: that says why the token needs them',
      },
      {
        file,
        line: 7,
        column: 19,
        endLine: 7,
        endColumn: 24,
        severity: 'error',
        rule: 'forbidden-permission',
        message: `the policy forbids administration: write or above (policy.forbidden_permissions, ${CONFIG}:4): ask for less than write, or remove it`,
      },
    ])
    expect(output.summary).toEqual({
      files: 2,
      templates: 2,
      errors: 4,
      warnings: 0,
      notices: 0,
    })
  })

  it('a personal template under allow_personal: false is refused at its name key', () => {
    const root = workspace({
      [CONFIG]: POLICY,
      'tokens/mine.yml':
        'name: Mine\ndescription: Reads my repos\npermissions:\n  contents: read\n',
    })
    const result = cli(['lint', 'tokens', '--format', 'json'], root)
    expect(result.status).toBe(1)
    expect((JSON.parse(result.stdout) as JsonOutput).diagnostics).toEqual([
      expect.objectContaining({
        file: 'tokens/mine.yml',
        line: 1,
        column: 1,
        endColumn: 5,
        rule: 'target-not-allowed',
        message: expect.stringContaining(
          `policy.allow_personal, ${CONFIG}:6`,
        ) as string,
      }),
    ])
  })

  it('templates within the policy lint clean: exit 0', () => {
    const root = workspace({
      [CONFIG]: POLICY,
      '.github/token-templates/deploy.yml': GOOD,
    })
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      diagnostics: [],
      summary: { files: 1, templates: 1, errors: 0, warnings: 0, notices: 0 },
    })
  })

  it('text output names the rule and the config line', () => {
    const root = workspace({
      [CONFIG]: POLICY,
      '.github/token-templates/admin.yml': BAD,
    })
    const result = cli(['lint'], root)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `.github/token-templates/admin.yml:4:13: error: a token that never expires is over the policy's maximum lifetime of 90 days (policy.max_lifetime_days, ${CONFIG}:2): set expires_in to 90 or less [max-lifetime]`,
    )
  })

  it('require_description makes missing-description fail the run', () => {
    const template =
      'name: Deploy\ntarget_name: octodemo\npermissions:\n  contents: read\n'
    const warn = cli(['lint', 'a.yml'], workspace({ 'a.yml': template }))
    expect(warn.status).toBe(0)
    const root = workspace({
      [CONFIG]: 'policy:\n  require_description: true\n',
      'a.yml': template,
    })
    const result = cli(['lint', 'a.yml', '--format', 'json'], root)
    expect(result.status).toBe(1)
    expect((JSON.parse(result.stdout) as JsonOutput).diagnostics).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-description',
        message: expect.stringContaining(
          `(required by policy.require_description, ${CONFIG}:2)`,
        ) as string,
      }),
    ])
  })

  it.each([
    [
      'max_lifetime_days out of range',
      'policy:\n  max_lifetime_days: 400\n',
      `${CONFIG}:2:22: policy.max_lifetime_days must be <= 366`,
    ],
    [
      'max_lifetime_days not whole',
      'templates: tokens\npolicy:\n  max_lifetime_days: 1.5\n',
      `${CONFIG}:3:22: policy.max_lifetime_days must be integer`,
    ],
  ])(
    'a bad policy (%s): exit 2, the positioned message on stderr, no stack trace',
    (_, config, message) => {
      const root = workspace({
        [CONFIG]: config,
        'tokens/a.yml': GOOD,
      })
      const result = cli(['lint', 'tokens', '--format', 'json'], root)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(`token-templates: ${message}\n`)
    },
  )

  it('an unknown permission in the policy: exit 2, did-you-mean, no stack trace', () => {
    const root = workspace({
      [CONFIG]: 'policy:\n  forbidden_permissions:\n    - adminstration\n',
      'tokens/a.yml': GOOD,
    })
    const result = cli(['lint', 'tokens'], root)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^token-templates: \.github\/token-templates\.config\.yml:3:\d+: unknown permission "adminstration": did you mean "administration" \(repository\) or "organization_administration" \(organization\)\?\n$/,
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a bad policy given with --config is reported under that path', () => {
    const root = workspace({
      'ci/tt.yml': 'policy:\n  allowed_targets: [octo demo]\n',
      'tokens/a.yml': GOOD,
    })
    const result = cli(['lint', 'tokens', '--config', 'ci/tt.yml'], root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(
      /^token-templates: ci\/tt\.yml:2:\d+: "octo demo" is not a valid owner pattern/,
    )
  })
})

describe('token-templates lint --explain', () => {
  it('max-lifetime prints the rule docs, exit 0', () => {
    const result = cli(['lint', '--explain', 'max-lifetime'], tmpdir())
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      "max-lifetime (default: error)\n\nexpires_in stays within the policy's max_lifetime_days.\n\nMirrors GitHub's maximum-lifetime policy for personal access tokens: with `policy.max_lifetime_days: 90`, `expires_in: 120` and `expires_in: none` are errors. A template without `expires_in` gets GitHub's default of 30 days, which organizations shorten to their policy.\n",
    )
  })

  it.each([
    ['forbidden-permission', 'policy.forbidden_permissions'],
    ['target-not-allowed', 'policy.allow_personal: false'],
    ['sensitive-permission-needs-justification', 'justification:'],
  ])('%s prints its docs', (id, fragment) => {
    const result = cli(['lint', '--explain', id], tmpdir())
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^${id} \\(default: error\\)\\n`))
    expect(result.stdout).toContain(fragment)
  })
})

describe('token-templates docs under a policy', () => {
  it('writes the policy summary above the table, with justification and approval note', () => {
    const root = workspace({
      [CONFIG]: POLICY,
      '.github/token-templates/deploy.yml': GOOD,
      'README.md': '# Project\n',
    })
    const result = cli(['docs', '--readme', 'README.md', '--init'], root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain(
      '**Token policy** (\\.github/token-templates\\.config\\.yml): tokens expire within 90 days; forbidden: administration: write or above; resource owners: octodemo, octo-\\*; no personal tokens; a justification is needed for administration: write or above, workflows: write or above,',
    )
    const row = readme.split('\n').find((line) => line.startsWith('| [Deploy]'))
    expect(row).toContain(
      '| Deploys the site<br>Justification: Runs the deploy workflow | octo-site<br>(approval may be required) | 90 days |',
    )
    expect(readme.indexOf('**Token policy**')).toBeLessThan(
      readme.indexOf('| Token |'),
    )
  })
})
