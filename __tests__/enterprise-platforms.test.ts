import { readFileSync, rmSync } from 'node:fs'
import { ACCESS_LEVELS, PERMISSIONS } from '../src/catalog/index.js'
import type { Permission } from '../src/catalog/index.js'
import type { Config } from '../src/config/config.js'
import { loadConfig } from '../src/config/load-config.js'
import {
  catalogFor,
  DATA_PERMISSIONS,
  ENTERPRISE_ONLY_PERMISSIONS,
  enterpriseOnlyPermissions,
  findDataPermission,
  PLATFORM_NAMES,
  PLATFORM_PERMISSION_KEYS,
} from '../src/endpoints/index.js'
import type { Platform } from '../src/endpoints/index.js'
import { Linter } from '../src/lint/engine.js'
import type { Finding } from '../src/lint/finding.js'
import { linterOptions } from '../src/lint/lint-config.js'
import { runCli, workspace } from './support/cli-process.js'
import { CONFIG_FILE, configError } from './support/config-error.js'

/**
 * Issue 15, item 5: `platform: ghec` / `ghes-3.20` accepts the permissions
 * GitHub's data lists for that platform only; on GitHub.com they are a
 * platform-availability warning naming where they exist. Checked against
 * what was read from github/docs (data/github-docs/enterprise-only-
 * permissions.json), through the Linter with a loaded config, and through
 * the bundled CLI as a process.
 */

type Enterprise = Exclude<Platform, 'github.com'>
const ENTERPRISE: readonly Enterprise[] = ['ghec', 'ghes-3.20']

interface ReadPermission {
  title: string
  scope: string
  access: Partial<Record<string, number>>
}

interface ReadData {
  permissions: Record<string, Record<string, ReadPermission | null>>
  absent: Record<string, string>
}

const READ = JSON.parse(
  readFileSync('data/github-docs/enterprise-only-permissions.json', 'utf8'),
) as ReadData
const READ_KEYS = Object.keys(READ.permissions)

/** In GitHub.com's catalog or its API data: not Enterprise-only. */
const onGitHubCom = (name: string): boolean =>
  PERMISSIONS.some((permission) => permission.name === name) ||
  findDataPermission(name) !== undefined

/** The levels the data's access counts show, in ACCESS_LEVELS order. */
const levelsRead = (read: ReadPermission): string[] =>
  ACCESS_LEVELS.filter((level) => (read.access[level] ?? 0) > 0)

/** The platforms the JSON lists the key for. */
const platformsRead = (name: string): Enterprise[] =>
  ENTERPRISE.filter((platform) => READ.permissions[name]?.[platform])

const byName = (a: string, b: string) => a.localeCompare(b)
const names = (permissions: readonly Permission[]) =>
  permissions.map((permission) => permission.name)

/** Every Enterprise-only permission with its platforms, for it.each. */
const ENTERPRISE_ROWS = ENTERPRISE_ONLY_PERMISSIONS.map(
  (permission) => [permission.name, permission] as const,
)

// ---------------------------------------------------------------------------

/** The temporary workspaces of this file, removed when it is done. */
const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

function tempWorkspace(files: Record<string, string> = {}): string {
  const root = workspace(files, 'tt-enterprise-')
  roots.push(root)
  return root
}

/** A loaded config: the file is written to a fresh workspace first. */
function config(text?: string): Config {
  return loadConfig(
    tempWorkspace(text === undefined ? {} : { [CONFIG_FILE]: text }),
  )
}

/**
 * A template with `permissions` (name -> level) from line 5, for octo-org
 * (target null: none, and the permissions start on line 4).
 */
function template(
  permissions: Record<string, string>,
  target: string | null = 'octo-org',
): string {
  return [
    'name: Enterprise',
    'description: Enterprise-only permissions',
    ...(target === null ? [] : [`target_name: ${target}`]),
    'permissions:',
    ...Object.entries(permissions).map(
      ([name, level]) => `  ${name}: ${level}`,
    ),
    '',
  ].join('\n')
}

function lint(options: Config, yaml: string): Finding[] {
  const linter = new Linter(linterOptions(options))
  linter.lintText('t.yml', yaml)
  return linter.finish().findings
}

const ofRule = (findings: Finding[], rule: string) =>
  findings.filter((finding) => finding.rule === rule)

// ---------------------------------------------------------------------------

describe('ENTERPRISE_ONLY_PERMISSIONS against what was read from github/docs', () => {
  it('the JSON is what its notes say: no key on GitHub.com (fpt), each on an Enterprise platform', () => {
    expect(READ_KEYS.length).toBeGreaterThan(0)
    for (const name of READ_KEYS) {
      expect([name, READ.permissions[name]!.fpt]).toEqual([name, null])
      expect([name, findDataPermission(name)]).toEqual([name, undefined])
      expect([name, platformsRead(name).length]).not.toEqual([name, 0])
    }
    // What `absent` says is missing is null there.
    for (const name of Object.keys(READ.absent))
      expect([
        name,
        ENTERPRISE.some((p) => READ.permissions[name]?.[p] === null),
      ]).toEqual([name, true])
  })

  it('lists each permission once, none of them in the catalog or in GitHub.com data', () => {
    const listed = names(ENTERPRISE_ONLY_PERMISSIONS)
    expect(new Set(listed).size).toBe(listed.length)
    expect(listed.filter(onGitHubCom)).toEqual([])
    expect(
      listed.filter((name) =>
        DATA_PERMISSIONS.some((permission) => permission.name === name),
      ),
    ).toEqual([])
  })

  it.each(ENTERPRISE_ROWS)(
    '%s: title, scope and levels as read, on every platform the JSON lists',
    (name, permission) => {
      const read = READ.permissions[name]
      expect(read).toBeDefined()
      const platforms = platformsRead(name)
      expect(platforms.length).toBeGreaterThan(0)
      for (const platform of platforms) {
        const entry = read![platform]!
        expect({ platform, row: permission }).toEqual({
          platform,
          row: {
            name,
            displayName: entry.title,
            scope: entry.scope,
            levels: levelsRead(entry),
          },
        })
      }
    },
  )

  it.each(ENTERPRISE)(
    "enterpriseOnlyPermissions('%s') is exactly the JSON's keys for it that GitHub.com lacks",
    (platform) => {
      const expected = READ_KEYS.filter(
        (name) => READ.permissions[name]![platform] && !onGitHubCom(name),
      )
      expect(expected.length).toBeGreaterThan(0)
      const got = enterpriseOnlyPermissions(platform)
      expect(names(got).sort(byName)).toEqual(expected.sort(byName))
      // The same rows, not copies with other levels.
      for (const permission of got)
        expect(ENTERPRISE_ONLY_PERMISSIONS).toContain(permission)
    },
  )

  it('ghes-3.20 alone has the pre-receive hooks, ghec alone custom_properties_for_organizations', () => {
    const ghec = names(enterpriseOnlyPermissions('ghec'))
    const ghes = names(enterpriseOnlyPermissions('ghes-3.20'))
    expect(ghes).toEqual(
      expect.arrayContaining([
        'repository_pre_receive_hooks',
        'organization_pre_receive_hooks',
      ]),
    )
    expect(ghec).not.toContain('repository_pre_receive_hooks')
    expect(ghec).not.toContain('organization_pre_receive_hooks')
    expect(ghec).toContain('custom_properties_for_organizations')
    expect(ghes).not.toContain('custom_properties_for_organizations')
  })

  it("enterpriseOnlyPermissions('github.com') is empty", () => {
    expect(enterpriseOnlyPermissions('github.com')).toEqual([])
  })

  it("catalogFor knows a platform's Enterprise-only permissions and no other platform's", () => {
    expect(catalogFor('ghec').find('secret_scanning_bypass_requests')).toEqual(
      expect.objectContaining({ levels: ['read', 'write'] }),
    )
    expect(catalogFor('ghec').find('repository_pre_receive_hooks')).toBe(
      undefined,
    )
    expect(
      catalogFor('ghes-3.20').find('repository_pre_receive_hooks'),
    ).toEqual(expect.objectContaining({ scope: 'repository' }))
    expect(
      catalogFor('github.com').find('secret_scanning_bypass_requests'),
    ).toBe(undefined)
    expect(catalogFor('github.com').permissions).toHaveLength(
      PERMISSIONS.length,
    )
  })
})

describe('PLATFORM_PERMISSION_KEYS and ENTERPRISE_ONLY_PERMISSIONS', () => {
  it.each(ENTERPRISE)(
    '%s: every key GitHub.com lacks has a row (nothing unknown on its own platform)',
    (platform) => {
      const rows = new Set(names(ENTERPRISE_ONLY_PERMISSIONS))
      const missing = PLATFORM_PERMISSION_KEYS[platform].filter(
        (name) => !onGitHubCom(name) && !rows.has(name),
      )
      expect(missing).toEqual([])
    },
  )

  it.each(ENTERPRISE)(
    "%s: the key list and the JSON agree on which of the JSON's keys it has",
    (platform) => {
      const keys = new Set(PLATFORM_PERMISSION_KEYS[platform])
      for (const name of READ_KEYS)
        expect([name, keys.has(name)]).toEqual([
          name,
          READ.permissions[name]![platform] !== null,
        ])
    },
  )
})

// ---------------------------------------------------------------------------

describe('the Linter with platform: ghec', () => {
  const ghec = config('platform: ghec\n')

  it('loads the platform from the config file', () => {
    expect(ghec.platform).toBe('ghec')
  })

  const cases = enterpriseOnlyPermissions('ghec').flatMap((permission) =>
    (['read', 'write'] as const).map((level) => [permission.name, level]),
  )
  it.each(cases)('%s: %s passes (no finding at all)', (name, level) => {
    expect(lint(ghec, template({ [name]: level }))).toEqual([])
  })

  it('all of them in one org template: no error, no platform-availability', () => {
    const all = Object.fromEntries(
      enterpriseOnlyPermissions('ghec').map(({ name }) => [name, 'write']),
    )
    const findings = lint(ghec, template(all))
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(ofRule(findings, 'platform-availability')).toEqual([])
  })

  it('secret_scanning_bypass_requests: admin is an unsupported-access-level error on the value', () => {
    const findings = lint(
      ghec,
      template({ secret_scanning_bypass_requests: 'admin' }),
    )
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'unsupported-access-level',
        severity: 'error',
        line: 5,
        column: 36,
        message:
          '"secret_scanning_bypass_requests" supports read and write, not admin: use secret_scanning_bypass_requests: write',
      }),
    ])
  })

  it('repository_pre_receive_hooks is a platform-availability warning naming Enterprise Server 3.20, never unknown-permission', () => {
    const findings = lint(
      ghec,
      template({ repository_pre_receive_hooks: 'read' }),
    )
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'platform-availability',
        severity: 'warning',
        line: 5,
        column: 3,
      }),
    ])
    expect(findings[0]!.message).toContain(
      "not in GitHub's API data for GitHub Enterprise Cloud (only for GitHub Enterprise Server 3.20)",
    )
    expect(findings[0]!.message).toContain('platform: ghes-3.20')
    expect(findings[0]!.message).not.toContain('platform: ghec')
    expect(ofRule(findings, 'unknown-permission')).toEqual([])
  })

  it('keeps the scope: an organization permission without target_name gets org-permission-needs-org-target', () => {
    const findings = lint(
      ghec,
      template({ organization_secret_scanning_bypass_requests: 'read' }, null),
    )
    expect(ofRule(findings, 'org-permission-needs-org-target')).toEqual([
      expect.objectContaining({ line: 4 }),
    ])
    expect(ofRule(findings, 'platform-availability')).toEqual([])
  })
})

describe('the Linter with platform: ghes-3.20', () => {
  const ghes = config('platform: ghes-3.20\n')

  const cases = enterpriseOnlyPermissions('ghes-3.20').flatMap((permission) =>
    (['read', 'write'] as const).map((level) => [permission.name, level]),
  )
  it.each(cases)('%s: %s passes (no finding at all)', (name, level) => {
    expect(lint(ghes, template({ [name]: level }))).toEqual([])
  })

  it('includes both pre-receive hook permissions', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'repository_pre_receive_hooks',
        'organization_pre_receive_hooks',
      ]),
    )
  })

  it('organization_pre_receive_hooks: admin is an unsupported-access-level error', () => {
    expect(
      lint(ghes, template({ organization_pre_receive_hooks: 'admin' })),
    ).toEqual([
      expect.objectContaining({
        rule: 'unsupported-access-level',
        severity: 'error',
      }),
    ])
  })

  it('custom_properties_for_organizations (ghec only) is a warning naming Enterprise Cloud and platform: ghec', () => {
    const findings = lint(
      ghes,
      template({ custom_properties_for_organizations: 'read' }),
    )
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'platform-availability',
        severity: 'warning',
      }),
    ])
    expect(findings[0]!.message).toContain('(only for GitHub Enterprise Cloud)')
    expect(findings[0]!.message).toContain('platform: ghec')
  })
})

describe('the Linter on GitHub.com', () => {
  const noConfig = config()
  const explicit = config('platform: github.com\n')

  it('no config file means GitHub.com', () => {
    expect(noConfig.platform).toBe('github.com')
    expect(explicit.platform).toBe('github.com')
  })

  it.each(ENTERPRISE_ROWS)(
    '%s is a platform-availability warning naming where it exists and the platform: to set',
    (name) => {
      const platforms = platformsRead(name)
      for (const options of [noConfig, explicit]) {
        const findings = lint(options, template({ [name]: 'write' }))
        expect(findings).toEqual([
          expect.objectContaining({
            rule: 'platform-availability',
            severity: 'warning',
            line: 5,
            column: 3,
            endColumn: 3 + name.length,
          }),
        ])
        const { message } = findings[0]!
        expect(message).toContain(
          `for GitHub.com (only for ${platforms.map((p) => PLATFORM_NAMES[p]).join(' and ')})`,
        )
        for (const platform of platforms)
          expect(message).toContain(`platform: ${platform}`)
        expect(message).not.toContain('platform: github.com')
        expect(message).not.toMatch(/extra_permissions/)
      }
    },
  )

  it('no message of a template holding all of them says extra_permissions', () => {
    const all = Object.fromEntries(
      ENTERPRISE_ONLY_PERMISSIONS.map(({ name }) => [name, 'read']),
    )
    const findings = lint(noConfig, template(all))
    expect(findings).toHaveLength(ENTERPRISE_ONLY_PERMISSIONS.length)
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    for (const finding of findings) {
      expect(finding.rule).toBe('platform-availability')
      expect(finding.message).not.toMatch(/extra_permissions/)
    }
  })
})

// ---------------------------------------------------------------------------

describe('a policy naming an Enterprise-only permission', () => {
  const POLICY = `policy:
  forbidden_permissions:
    - secret_scanning_bypass_requests
  sensitive_permissions:
    - organization_secret_scanning_bypass_requests: write
`

  it('is accepted with platform: ghec, and lint applies it', () => {
    const ghec = config(`platform: ghec\n${POLICY}`)
    expect(ghec.policy!.forbiddenPermissions).toEqual([
      { permission: 'secret_scanning_bypass_requests', line: 4 },
    ])
    expect(ghec.policy!.sensitivePermissions).toEqual([
      {
        permission: 'organization_secret_scanning_bypass_requests',
        level: 'write',
        line: 6,
      },
    ])
    const forbidden = lint(
      ghec,
      template({ secret_scanning_bypass_requests: 'read' }),
    )
    expect(ofRule(forbidden, 'forbidden-permission')).toEqual([
      expect.objectContaining({ severity: 'error', line: 5 }),
    ])
    const sensitive = lint(
      ghec,
      template({ organization_secret_scanning_bypass_requests: 'write' }),
    )
    expect(
      ofRule(sensitive, 'sensitive-permission-needs-justification'),
    ).toEqual([expect.objectContaining({ severity: 'error', line: 5 })])
  })

  it('is accepted with platform: ghes-3.20 for the pre-receive hooks', () => {
    const ghes = config(
      'platform: ghes-3.20\npolicy:\n  forbidden_permissions:\n    - repository_pre_receive_hooks: write\n',
    )
    expect(ghes.policy!.forbiddenPermissions).toEqual([
      { permission: 'repository_pre_receive_hooks', level: 'write', line: 4 },
    ])
  })

  it('a level the permission lacks is refused on ghec, with its position', () => {
    expect(
      configError(
        'platform: ghec\npolicy:\n  forbidden_permissions:\n    - secret_scanning_bypass_requests: admin\n',
      ),
    ).toBe(
      `${CONFIG_FILE}:4:40: "secret_scanning_bypass_requests" has no admin level (it has read, write)`,
    )
  })

  // A template may hold an Enterprise-only permission on any platform (a
  // platform-availability warning there), so the policy may name it too.
  it('is accepted on GitHub.com, and lint applies it there', () => {
    expect(() => config(POLICY)).not.toThrow()
    expect(() =>
      config(
        'policy:\n  sensitive_permissions:\n    - { repository_pre_receive_hooks: write }\n',
      ),
    ).not.toThrow()
  })

  it('a level no platform gives it is still refused, with its position', () => {
    expect(
      configError(
        'policy:\n  forbidden_permissions:\n    - { repository_pre_receive_hooks: admin }\n',
      ),
    ).toMatch(
      /^\.github\/token-templates\.config\.yml:3:\d+: .*has no admin level/,
    )
  })
})

describe('extra_permissions and the platform', () => {
  // BUG: a catalog name under extra_permissions is refused ("already in the
  // catalog"), but a name the platform already knows is taken, and its
  // levels replace GitHub's: here admin, which no platform has.
  it('refuses redeclaring a permission the platform already knows', () => {
    expect(() =>
      config(
        'platform: ghec\nextra_permissions:\n  secret_scanning_bypass_requests:\n    scope: repository\n    levels: [read, write, admin]\n',
      ),
    ).toThrow(/:3:3: .*secret_scanning_bypass_requests/)
  })

  it('refuses redeclaring one the platform lacks: platform: is the way', () => {
    expect(() =>
      config(
        'extra_permissions:\n  custom_properties_for_organizations:\n    scope: repository\n    levels: [read, write, admin]\n',
      ),
    ).toThrow(/:2:3: .*custom_properties_for_organizations.*set platform:/)
  })
})

// ---------------------------------------------------------------------------

describe('the bundled CLI', () => {
  const TEMPLATE = '.github/token-templates/bypass.yml'
  const BYPASS = `name: Bypass reviews
description: Reviews push protection bypass requests
target_name: octo-org
permissions:
  secret_scanning_bypass_requests: write
`
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /)

  it('with platform: ghec, lint exits 0 with no problem and url prints the link', () => {
    const root = tempWorkspace({
      [CONFIG_FILE]: 'platform: ghec\n',
      [TEMPLATE]: BYPASS,
    })
    const lint = runCli(['lint', '--max-warnings', '0'], root)
    expect(lint).toEqual(expect.objectContaining({ status: 0, stderr: '' }))
    expect(lint.stdout).toContain('no problems')
    const url = runCli(['url', TEMPLATE], root)
    expect(url.status).toBe(0)
    expect(url.stderr).toBe('')
    expect(url.stdout.trim().split('\n')).toEqual([
      expect.stringContaining('secret_scanning_bypass_requests=write'),
    ])
    expect(url.stdout).toMatch(
      /^https:\/\/github\.com\/settings\/personal-access-tokens\/new\?.*&target_name=octo-org&secret_scanning_bypass_requests=write\n$/,
    )
  })

  it('without the platform line, lint exits 0 with a warning naming GitHub Enterprise Cloud', () => {
    const root = tempWorkspace({ [TEMPLATE]: BYPASS })
    const lint = runCli(['lint'], root)
    expect(lint.status).toBe(0)
    expect(lint.stderr).toBe('')
    expect(lint.stdout).toContain(
      `${TEMPLATE}:5:3: warning: "secret_scanning_bypass_requests" is not in GitHub's API data for GitHub.com (only for GitHub Enterprise Cloud and GitHub Enterprise Server 3.20)`,
    )
    expect(lint.stdout).toContain('platform: ghec')
    expect(lint.stdout).toContain('[platform-availability]')
    expect(lint.stdout).toMatch(/0 errors, 1 warning/)
    expect(lint.stdout).not.toMatch(/extra_permissions/)
    // The warning counts for --max-warnings.
    expect(runCli(['lint', '--max-warnings', '0'], root).status).toBe(1)
  })

  it('explain secret_scanning_bypass_requests: a clear message, no stack trace', () => {
    const root = tempWorkspace()
    const result = runCli(['explain', 'secret_scanning_bypass_requests'], root)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^secret_scanning_bypass_requests: /)
    expect(result.stdout).toContain(
      'On GitHub Enterprise Cloud and GitHub Enterprise Server 3.20',
    )
    expect(result.stdout).not.toContain('internal error')
    noStack(result.stdout)
  })

  // BUG: explain tells the user to declare an Enterprise-only permission
  // under extra_permissions (which on GitHub.com still warns) instead of
  // giving its label, scope and levels as the README promises, and the
  // platform: setting that makes it known.
  it('explain gives the label, scope and levels of an Enterprise-only permission, not extra_permissions', () => {
    const result = runCli(
      ['explain', 'secret_scanning_bypass_requests'],
      tempWorkspace(),
    )
    expect(result.stdout).toContain(
      'Secret scanning push protection bypass requests (repository permission; levels read, write)',
    )
    expect(result.stdout).toContain('platform: ghec')
    expect(result.stdout).not.toContain('extra_permissions')
  })
})

describe('an unknown platform in the config', () => {
  it('platform: ghes-3.19 is a ConfigError with line:column', () => {
    expect(configError('platform: ghes-3.19\n')).toBe(
      `${CONFIG_FILE}:1:11: platform must be one of github.com, ghec, ghes-3.20`,
    )
    expect(() => config('# Enterprise Server\nplatform: ghes-3.19\n')).toThrow(
      `${CONFIG_FILE}:2:11: platform must be one of github.com, ghec, ghes-3.20`,
    )
  })

  it.each(['lint', 'url'])(
    '%s exits 2 with one line on stderr, no stack trace',
    (command) => {
      const root = tempWorkspace({
        [CONFIG_FILE]: 'platform: ghes-3.19\n',
        '.github/token-templates/bypass.yml': template({ contents: 'read' }),
      })
      const args =
        command === 'url'
          ? ['url', '.github/token-templates/bypass.yml']
          : [command]
      const result = runCli(args, root)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(
        `token-templates: ${CONFIG_FILE}:1:11: platform must be one of github.com, ghec, ghes-3.20\n`,
      )
    },
  )
})
