import { parseConfig } from '../src/config/config.js'
import { CONFIG_FILE, configError } from './support/config-error.js'
import { DEFAULT_SENSITIVE_PERMISSIONS } from '../src/config/policy.js'

/**
 * The `policy` section of the config: what parseConfig makes of valid
 * settings, and the positioned ConfigError (`file:line:col: message`) for
 * every way a setting can be wrong.
 */

const FILE = CONFIG_FILE

describe('a valid policy', () => {
  it('has no policy when the config has none', () => {
    expect(parseConfig('rules: {}\n', FILE).policy).toBeUndefined()
    expect(parseConfig('', FILE).policy).toBeUndefined()
  })

  it('keeps every setting with the config line that sets it', () => {
    const config = parseConfig(
      `# org policy
policy:
  max_lifetime_days: 90
  forbidden_permissions:
    - organization_administration
    - administration: write
  allowed_targets: [octodemo, 'octo-*']
  allow_personal: false
  require_description: true
  sensitive_permissions:
    - workflows
    - { contents: write }
`,
      FILE,
    )
    const { allowedTargets, ...policy } = config.policy!
    expect(policy).toEqual({
      file: FILE,
      maxLifetimeDays: { days: 90, line: 3 },
      forbiddenPermissions: [
        { permission: 'organization_administration', line: 5 },
        { permission: 'administration', level: 'write', line: 6 },
      ],
      allowPersonal: { allowed: false, line: 8 },
      requireDescription: { line: 9 },
      sensitivePermissions: [
        { permission: 'workflows', line: 11 },
        { permission: 'contents', level: 'write', line: 12 },
      ],
    })
    expect(allowedTargets).toMatchObject({
      patterns: ['octodemo', 'octo-*'],
      line: 7,
    })
    expect(config.ruleLevels).toEqual({ 'missing-description': 'error' })
  })

  it('an empty policy: defaults (personal tokens allowed, default sensitive list)', () => {
    const { policy } = parseConfig('policy: {}\n', FILE)
    expect(policy).toEqual({
      file: FILE,
      forbiddenPermissions: [],
      allowPersonal: { allowed: true },
      sensitivePermissions: [...DEFAULT_SENSITIVE_PERMISSIONS],
    })
  })

  it('the default sensitive list holds administration, workflows and members at write', () => {
    expect(DEFAULT_SENSITIVE_PERMISSIONS).toEqual(
      expect.arrayContaining([
        { permission: 'administration', level: 'write' },
        { permission: 'workflows', level: 'write' },
        { permission: 'members', level: 'write' },
      ]),
    )
    expect(
      DEFAULT_SENSITIVE_PERMISSIONS.every((limit) => limit.level === 'write'),
    ).toBe(true)
  })

  it('require_description: false sets nothing', () => {
    const config = parseConfig('policy:\n  require_description: false\n', FILE)
    expect(config.policy?.requireDescription).toBeUndefined()
    expect(config.ruleLevels).toEqual({})
  })

  it.each([1, 366])('max_lifetime_days: %d is in range', (days) => {
    expect(
      parseConfig(`policy:\n  max_lifetime_days: ${days}\n`, FILE).policy
        ?.maxLifetimeDays,
    ).toEqual({ days, line: 2 })
  })

  it('accepts a permission declared in extra_permissions, before or after the policy', () => {
    const extra =
      'extra_permissions:\n  hovercraft:\n    scope: organization\n    levels: [read, write, admin]\n'
    const policy =
      'policy:\n  forbidden_permissions:\n    - hovercraft: admin\n  sensitive_permissions: [hovercraft]\n'
    for (const text of [extra + policy, policy + extra]) {
      const parsed = parseConfig(text, FILE).policy!
      expect(parsed.forbiddenPermissions).toEqual([
        {
          permission: 'hovercraft',
          level: 'admin',
          line: expect.any(Number) as number,
        },
      ])
      expect(parsed.sensitivePermissions).toMatchObject([
        { permission: 'hovercraft' },
      ])
    }
  })

  it('checks the level of an extra permission against its declared levels', () => {
    expect(
      configError(
        'extra_permissions:\n  hovercraft:\n    scope: account\n    levels: [read]\npolicy:\n  forbidden_permissions: [{hovercraft: write}]\n',
      ),
    ).toMatch(/^[^:]+:6:\d+: "hovercraft" has no write level \(it has read\)$/)
  })

  it('refuses an extra permission that is not declared', () => {
    expect(
      configError('policy:\n  forbidden_permissions: [hovercraft]\n'),
    ).toMatch(
      /^[^:]+:2:\d+: unknown permission "hovercraft": .*declare it under extra_permissions/,
    )
  })

  it('names what a label or workflow key means, never a look-alike permission', () => {
    const message = configError(
      'policy:\n  forbidden_permissions: [dependabot_alerts]\n',
    )
    expect(message).toContain('"vulnerability_alerts"')
    expect(message).not.toContain('dependabot_secrets')
  })
})

/**
 * [name, config, the exact `file:line:col: message`]. Positions point at
 * the offending value, or at the key for an unknown name.
 */
type Case = [string, string, string]

describe('an invalid policy is a positioned ConfigError', () => {
  const correct: Case[] = [
    [
      'max_lifetime_days: 0',
      'policy:\n  max_lifetime_days: 0\n',
      `${FILE}:2:22: policy.max_lifetime_days must be >= 1`,
    ],
    [
      'max_lifetime_days: 367',
      'policy:\n  max_lifetime_days: 367\n',
      `${FILE}:2:22: policy.max_lifetime_days must be <= 366`,
    ],
    [
      'max_lifetime_days: 1.5',
      'policy:\n  max_lifetime_days: 1.5\n',
      `${FILE}:2:22: policy.max_lifetime_days must be integer`,
    ],
    [
      'max_lifetime_days as text',
      'policy:\n  max_lifetime_days: "90"\n',
      `${FILE}:2:22: policy.max_lifetime_days must be integer`,
    ],
    [
      'allow_personal not a boolean',
      'policy:\n  allow_personal: no way\n',
      `${FILE}:2:19: policy.allow_personal must be boolean`,
    ],
    [
      'require_description not a boolean',
      'policy:\n  require_description: 1\n',
      `${FILE}:2:24: policy.require_description must be boolean`,
    ],
    [
      'forbidden_permissions not a list',
      'policy:\n  forbidden_permissions: contents\n',
      `${FILE}:2:26: policy.forbidden_permissions must be array`,
    ],
    [
      'allowed_targets not a list',
      'policy:\n  allowed_targets: octodemo\n',
      `${FILE}:2:20: policy.allowed_targets must be array`,
    ],
    [
      'policy not a map',
      'policy: true\n',
      `${FILE}:1:9: policy must be object`,
    ],
    [
      'an unknown key in policy far from any: at the key',
      'policy:\n  colour: red\n',
      `${FILE}:2:3: unknown setting "colour"`,
    ],
  ]

  it.each(correct)('%s', (_, text, expected) => {
    expect(configError(text)).toMatch(
      new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    )
  })

  it('an error names no stack or internal detail: one line', () => {
    const message = configError('policy:\n  max_lifetime_days: 0\n')
    expect(message).not.toContain('\n')
    expect(message).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it.each([
    ['max_lifetime_day', 'max_lifetime_days'],
    ['forbiden_permissions', 'forbidden_permissions'],
    ['allow_personnal', 'allow_personal'],
  ])(
    'an unknown key in policy (%s) suggests the policy setting %s',
    (typo, setting) => {
      expect(configError(`policy:\n  ${typo}: 1\n`)).toBe(
        `${FILE}:2:3: unknown setting "${typo}": did you mean "${setting}"?`,
      )
    },
  )

  it('an unknown key in policy far from any lists the policy settings', () => {
    const message = configError('policy:\n  colour: red\n')
    expect(message).toContain('max_lifetime_days')
    expect(message).not.toContain('server_url')
  })

  /**
   * List entries: the message is right, but the position is not (see the
   * it cases below). Here: the message, and the file prefix.
   */
  const entries: Array<[string, string, string]> = [
    [
      'an unknown permission, with a did-you-mean',
      'policy:\n  forbidden_permissions:\n    - adminstration\n',
      'unknown permission "adminstration": did you mean "administration" (repository) or "organization_administration" (organization)?',
    ],
    [
      'an unknown permission as name: level, with a did-you-mean',
      'policy:\n  sensitive_permissions:\n    - adminstration: write\n',
      'unknown permission "adminstration": did you mean "administration" (repository) or "organization_administration" (organization)?',
    ],
    [
      'contents: admin (contents has no admin)',
      'policy:\n  forbidden_permissions:\n    - contents: admin\n',
      '"contents" has no admin level (it has read, write)',
    ],
    [
      'gists: read (gists has only write)',
      'policy:\n  sensitive_permissions:\n    - gists: read\n',
      '"gists" has no read level (it has write)',
    ],
    [
      'a target pattern with a space',
      'policy:\n  allowed_targets:\n    - octo demo\n',
      '"octo demo" is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}',
    ],
    [
      'a target pattern with an unclosed [',
      'policy:\n  allowed_targets:\n    - "[abc"\n',
      '"[abc" is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}',
    ],
    [
      'a target pattern with an unclosed {',
      'policy:\n  allowed_targets:\n    - "{a,b"\n',
      '"{a,b" is not a valid owner pattern',
    ],
    [
      'a target pattern with a slash',
      'policy:\n  allowed_targets:\n    - octodemo/repo\n',
      '"octodemo/repo" is not a valid owner pattern',
    ],
    [
      'an entry that is a list',
      'policy:\n  forbidden_permissions:\n    - [contents]\n',
      'each entry of policy.forbidden_permissions is a permission name, or name: level (read, write or admin)',
    ],
    [
      'an entry that is a map of two keys',
      'policy:\n  sensitive_permissions:\n    - contents: read\n      issues: write\n',
      'each entry of policy.sensitive_permissions is a permission name, or name: level (read, write or admin)',
    ],
    [
      'an entry with a level that is no level',
      'policy:\n  forbidden_permissions:\n    - contents: superuser\n',
      'each entry of policy.forbidden_permissions is a permission name, or name: level (read, write or admin)',
    ],
    [
      'an entry that is a number',
      'policy:\n  forbidden_permissions:\n    - 42\n',
      'each entry of policy.forbidden_permissions is a permission name',
    ],
    [
      'an empty target pattern',
      "policy:\n  allowed_targets: ['']\n",
      'policy.allowed_targets.0 must NOT have fewer than 1 characters',
    ],
  ]

  it.each(entries)('%s: the message', (_, text, message) => {
    const actual = configError(text)
    expect(actual.startsWith(`${FILE}:`)).toBe(true)
    expect(actual).toContain(`: ${message}`)
  })

  // Bug: list entries are located by a path whose index was turned into a
  // string, and TemplateDocument.locate only descends into a sequence for
  // a number segment, so it stops at the list: the error lands on the
  // list's first `-` (or, for a `name: level` key, on the setting's key
  // line), not on the entry. Two causes in src/config/config.ts:
  // checkedPolicy maps PolicyProblem paths with `error.path.map(String)`,
  // and errorPath uses decodePointer, whose segments are all strings.
  // (Policy lines for findings are right: parsePolicy calls lineOf with
  // number indexes.)
  const positioned: Case[] = [
    [
      'an unknown permission: at the entry',
      'policy:\n  forbidden_permissions:\n    - adminstration\n',
      `${FILE}:3:7: unknown permission "adminstration": did you mean "administration" (repository) or "organization_administration" (organization)?`,
    ],
    [
      'an unknown permission, second entry: on its line',
      'policy:\n  forbidden_permissions:\n    - contents\n    - adminstration\n',
      `${FILE}:4:7: unknown permission "adminstration": did you mean "administration" (repository) or "organization_administration" (organization)?`,
    ],
    [
      'an unknown permission as name: level: at its key',
      'policy:\n  sensitive_permissions:\n    - adminstration: write\n',
      `${FILE}:3:7: unknown permission "adminstration": did you mean "administration" (repository) or "organization_administration" (organization)?`,
    ],
    [
      'contents: admin: at the level',
      'policy:\n  forbidden_permissions:\n    - contents: admin\n',
      `${FILE}:3:17: "contents" has no admin level (it has read, write)`,
    ],
    [
      'gists: read: at the level',
      'policy:\n  sensitive_permissions:\n    - gists: read\n',
      `${FILE}:3:14: "gists" has no read level (it has write)`,
    ],
    [
      'octo demo: at the pattern',
      'policy:\n  allowed_targets:\n    - octo demo\n',
      `${FILE}:3:7: "octo demo" is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}`,
    ],
    [
      '[abc, second pattern: on its line',
      'policy:\n  allowed_targets:\n    - octodemo\n    - "[abc"\n',
      `${FILE}:4:7: "[abc" is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}`,
    ],
    [
      'a pattern in a flow list: at the pattern',
      "policy:\n  allowed_targets: [octodemo, 'octo demo']\n",
      `${FILE}:2:31: "octo demo" is not a valid owner pattern: use slug characters with *, ?, [...] or {a,b}`,
    ],
    [
      'an entry that is a list: at the entry',
      'policy:\n  forbidden_permissions:\n    - contents\n    - [issues]\n',
      `${FILE}:4:7: each entry of policy.forbidden_permissions is a permission name, or name: level (read, write or admin)`,
    ],
    [
      'an entry that is a map of two keys: at the entry',
      'policy:\n  sensitive_permissions:\n    - workflows\n    - contents: read\n      issues: write\n',
      `${FILE}:4:7: each entry of policy.sensitive_permissions is a permission name, or name: level (read, write or admin)`,
    ],
  ]

  it.each(positioned)('%s', (_, text, expected) => {
    expect(configError(text)).toBe(expected)
  })
})
