import { PermissionCatalog } from '../src/catalog/index.js'
import { parseConfig } from '../src/config/config.js'
import { Linter } from '../src/lint/engine.js'
import type { Finding, Severity } from '../src/lint/finding.js'
import { findRule } from '../src/rules/index.js'

/**
 * The policy rules (max-lifetime, forbidden-permission, target-not-allowed,
 * sensitive-permission-needs-justification) and the policy's effect on
 * missing-description and no-expiration, each setting both ways.
 *
 * The policy comes from config YAML through parseConfig, so the config lines
 * the messages name are real lines; templates are linted as the CLI does.
 * Positions are 1-based; endColumn is exclusive.
 */

const CONFIG = '.github/token-templates.config.yml'

/** Lints `template` (as t.yml) under the config `configText`, if any. */
function lint(configText: string | undefined, template: string): Finding[] {
  const config =
    configText === undefined ? undefined : parseConfig(configText, CONFIG)
  const linter = new Linter({
    policy: config?.policy,
    ruleLevels: config?.ruleLevels,
    catalog: new PermissionCatalog(config?.extraPermissions),
  })
  linter.lintText('t.yml', template)
  return linter.finish().findings
}

/** A finding of t.yml, its message given whole. */
function finding(
  rule: string,
  severity: Severity,
  [line, column, endColumn]: [number, number, number],
  message: string,
): Finding {
  return {
    file: 't.yml',
    rule,
    severity,
    line,
    column,
    endLine: line,
    endColumn,
    message,
  }
}

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule)

describe.each([
  'max-lifetime',
  'forbidden-permission',
  'target-not-allowed',
  'sensitive-permission-needs-justification',
])('rule %s', (id) => {
  it('is registered, an error by default', () => {
    expect(findRule(id)?.defaultSeverity).toBe('error')
  })

  it('says nothing without a policy, whatever the template asks for', () => {
    const template = `name: Deploy
description: Deploys the site
target_name: anyone
expires_in: 366
permissions:
  administration: write
  workflows: write
`
    expect(rulesOf(lint(undefined, template))).not.toContain(id)
    expect(rulesOf(lint('rules: {}\n', template))).not.toContain(id)
  })
})

describe('policy.max_lifetime_days', () => {
  // line 2 sets the maximum
  const POLICY = 'policy:\n  max_lifetime_days: 90\n'
  // expires_in is on line 3, its value from column 13
  const expiring = (value: string) => `name: Deploy
description: Deploys the site
expires_in: ${value}
permissions:
  contents: read
`

  it.each(['1', '30', '89', '90'])('allows expires_in: %s (<= 90)', (days) => {
    expect(lint(POLICY, expiring(days))).toEqual([])
  })

  it('allows a template without expires_in (GitHub defaults to 30 days)', () => {
    expect(
      lint(
        POLICY,
        'name: Deploy\ndescription: d\npermissions:\n  contents: read\n',
      ),
    ).toEqual([])
  })

  it.each([
    ['91', '91 days'],
    ['366', '366 days'],
  ])(
    'refuses expires_in: %s at the value, naming the limit and its line',
    (value, asked) => {
      expect(lint(POLICY, expiring(value))).toEqual([
        finding(
          'max-lifetime',
          'error',
          [3, 13, 13 + value.length],
          `${asked} is over the policy's maximum lifetime of 90 days (policy.max_lifetime_days, ${CONFIG}:2): set expires_in to 90 or less`,
        ),
      ])
    },
  )

  it.each(['none', '"none"', "'none'"])(
    'refuses expires_in: %s as max-lifetime, and not also as no-expiration',
    (value) => {
      expect(lint(POLICY, expiring(value))).toEqual([
        finding(
          'max-lifetime',
          'error',
          [3, 13, 13 + value.length],
          `a token that never expires is over the policy's maximum lifetime of 90 days (policy.max_lifetime_days, ${CONFIG}:2): set expires_in to 90 or less`,
        ),
      ])
    },
  )

  it('names the line the maximum is on, wherever it is in the config', () => {
    const config = `# policy for the org
rules:
  billing: 'off'
policy:
  allow_personal: true

  max_lifetime_days: 7
`
    const [only] = lint(config, expiring('8'))
    expect(only?.message).toContain(
      `maximum lifetime of 7 days (policy.max_lifetime_days, ${CONFIG}:7)`,
    )
  })

  it('follows the level the config gives max-lifetime', () => {
    const config = `${POLICY}rules:\n  max-lifetime: warning\n`
    expect(lint(config, expiring('120')).map((f) => f.severity)).toEqual([
      'warning',
    ])
    const off = `${POLICY}rules:\n  max-lifetime: 'off'\n`
    expect(lint(off, expiring('120'))).toEqual([])
  })

  it('leaves an expires_in that is not a number or none to the schema', () => {
    expect(rulesOf(lint(POLICY, expiring('never')))).toEqual(['schema'])
  })

  it.each(['400', '90.5'])(
    'reports expires_in: %s (refused by the schema) once, as schema',
    (value) => {
      expect(rulesOf(lint(POLICY, expiring(value)))).toEqual(['schema'])
    },
  )

  describe('and no-expiration', () => {
    it('without a policy, expires_in: none is a no-expiration warning', () => {
      expect(lint(undefined, expiring('none'))).toEqual([
        finding(
          'no-expiration',
          'warning',
          [3, 13, 17],
          'a token that never expires stays valid until someone revokes it: set expires_in to a number of days (1 to 366)',
        ),
      ])
    })

    it('with a policy that sets no maximum, no-expiration still warns', () => {
      const config = 'policy:\n  allow_personal: true\n'
      expect(
        lint(config, expiring('none')).map((f) => [f.rule, f.severity]),
      ).toEqual([['no-expiration', 'warning']])
    })

    it('under a maximum, no-expiration stays quiet even when max-lifetime is off', () => {
      const config = `${POLICY}rules:\n  max-lifetime: 'off'\n`
      expect(lint(config, expiring('none'))).toEqual([])
    })
  })
})

describe('policy.forbidden_permissions', () => {
  // lines 3, 4 and 5 of the config
  const POLICY = `policy:
  forbidden_permissions:
    - organization_administration
    - administration: write
    - organization_projects: write
  sensitive_permissions: []
`
  const ORG = 'name: Org\ndescription: Manages the org\ntarget_name: octodemo\n'

  it('a bare name forbids every level, at the permission value', () => {
    for (const level of ['read', 'write']) {
      const template = `${ORG}permissions:\n  organization_administration: ${level}\n`
      expect(lint(POLICY, template)).toEqual([
        finding(
          'forbidden-permission',
          'error',
          [5, 32, 32 + level.length],
          `the policy forbids organization_administration (policy.forbidden_permissions, ${CONFIG}:3): remove it`,
        ),
      ])
    }
  })

  it('a bare name also forbids a level the permission lacks', () => {
    const config = 'policy:\n  forbidden_permissions: [contents]\n'
    const template = `${ORG}permissions:\n  contents: superuser\n`
    expect(rulesOf(lint(config, template))).toEqual([
      'forbidden-permission',
      'unsupported-access-level',
    ])
  })

  it('name: write allows read', () => {
    const template = `${ORG}permissions:\n  administration: read\n`
    expect(lint(POLICY, template)).toEqual([])
  })

  it('name: write forbids write, naming its own config line', () => {
    const template = `${ORG}justification: Creates repositories
permissions:
  administration: write
`
    expect(lint(POLICY, template)).toEqual([
      finding(
        'forbidden-permission',
        'error',
        [6, 19, 24],
        `the policy forbids administration: write or above (policy.forbidden_permissions, ${CONFIG}:4): ask for less than write, or remove it`,
      ),
    ])
  })

  it('name: write forbids write and admin where the permission has admin', () => {
    const message = `the policy forbids organization_projects: write or above (policy.forbidden_permissions, ${CONFIG}:5): ask for less than write, or remove it`
    for (const level of ['write', 'admin']) {
      const template = `${ORG}permissions:\n  organization_projects: ${level}\n`
      expect(lint(POLICY, template)).toEqual([
        finding(
          'forbidden-permission',
          'error',
          [5, 26, 26 + level.length],
          message,
        ),
      ])
    }
    const read = `${ORG}permissions:\n  organization_projects: read\n`
    expect(lint(POLICY, read)).toEqual([])
  })

  it('name: admin forbids admin only', () => {
    const config =
      'policy:\n  forbidden_permissions:\n    - organization_projects: admin\n'
    const at = (level: string) =>
      lint(config, `${ORG}permissions:\n  organization_projects: ${level}\n`)
    expect(at('read')).toEqual([])
    expect(at('write')).toEqual([])
    expect(at('admin')).toEqual([
      finding(
        'forbidden-permission',
        'error',
        [5, 26, 31],
        `the policy forbids organization_projects: admin or above (policy.forbidden_permissions, ${CONFIG}:3): ask for less than admin, or remove it`,
      ),
    ])
  })

  it('name: read is the same as the bare name', () => {
    const config =
      'policy:\n  forbidden_permissions:\n    - { contents: read }\n'
    const template = `${ORG}permissions:\n  contents: write\n`
    expect(lint(config, template)).toEqual([
      finding(
        'forbidden-permission',
        'error',
        [5, 13, 18],
        `the policy forbids contents (policy.forbidden_permissions, ${CONFIG}:3): remove it`,
      ),
    ])
  })

  it('reports each forbidden permission of a template', () => {
    const template = `${ORG}justification: Sets up projects
permissions:
  organization_administration: read
  organization_projects: admin
  members: read
`
    expect(
      lint(POLICY, template).map((f) => [f.rule, f.line, f.column]),
    ).toEqual([
      ['forbidden-permission', 6, 32],
      ['forbidden-permission', 7, 26],
    ])
  })

  it('permissions not listed are allowed', () => {
    const template = `${ORG}permissions:\n  members: read\n  organization_plan: read\n`
    expect(lint(POLICY, template)).toEqual([])
  })

  it('an empty list forbids nothing', () => {
    const config = 'policy:\n  forbidden_permissions: []\n'
    expect(
      lint(config, `${ORG}permissions:\n  organization_administration: read\n`),
    ).toEqual([])
  })
})

describe('policy.allowed_targets', () => {
  // The patterns are on line 2 (a flow list on the key's line).
  const POLICY = `policy:
  allowed_targets: [octodemo, 'octo-*', '{acme,globex}']
`
  // target_name on line 3, its value from column 14
  const targeting = (target: string) => `name: Deploy
description: Deploys the site
target_name: ${target}
permissions:
  contents: read
`

  it.each([
    ['an exact name', 'octodemo'],
    ['an exact name, in other case', 'OctoDemo'],
    ['a * glob', 'octo-cat'],
    ['a * glob, in other case', 'OCTO-Cat'],
    ['one of a {a,b} glob', 'acme'],
    ['the other of a {a,b} glob', 'Globex'],
  ])('allows %s: %s', (_, target) => {
    expect(lint(POLICY, targeting(target))).toEqual([])
  })

  it.each([
    ['another owner', 'octocat'],
    ['the exact name with more after it', 'octodemo-2'],
    ['the * glob without its hyphen', 'octo'],
    ['something before the * glob', 'my-octo-cat'],
    ['an owner beside the {a,b} glob', 'initech'],
    ['both {a,b} alternatives together', 'acmeglobex'],
  ])(
    'refuses %s (%s) at the target_name value, naming the patterns',
    (_, target) => {
      expect(lint(POLICY, targeting(target))).toEqual([
        finding(
          'target-not-allowed',
          'error',
          [3, 14, 14 + target.length],
          `"${target}" is not an owner the policy allows (policy.allowed_targets, ${CONFIG}:2: octodemo, octo-* and {acme,globex})`,
        ),
      ])
    },
  )

  it('matches [...] and ? globs', () => {
    const config = "policy:\n  allowed_targets: ['team-[ab]', 'bot?']\n"
    expect(lint(config, targeting('team-a'))).toEqual([])
    expect(lint(config, targeting('TEAM-B'))).toEqual([])
    expect(lint(config, targeting('bot7'))).toEqual([])
    expect(rulesOf(lint(config, targeting('team-c')))).toEqual([
      'target-not-allowed',
    ])
    expect(rulesOf(lint(config, targeting('bot')))).toEqual([
      'target-not-allowed',
    ])
  })

  it('leaves a target that is no valid slug to invalid-target-name, quoted', () => {
    // A line break in it is hidden-characters' to report, once.
    const found = lint(POLICY, targeting('"evil line"'))
    expect(rulesOf(found)).toEqual(['invalid-target-name'])
    expect(found[0]?.message).toMatch(/^"evil line" is not a valid/)
  })

  it('does not check templates without target_name', () => {
    expect(
      lint(
        POLICY,
        'name: Mine\ndescription: d\npermissions:\n  contents: read\n',
      ),
    ).toEqual([])
  })

  it('leaves a target_name that is not text to the schema', () => {
    expect(rulesOf(lint(POLICY, targeting('42')))).toEqual(['schema'])
  })

  it('with one pattern, names it alone', () => {
    const config = 'policy:\n  allowed_targets: [octodemo]\n'
    expect(lint(config, targeting('other'))[0]?.message).toBe(
      `"other" is not an owner the policy allows (policy.allowed_targets, ${CONFIG}:2: octodemo)`,
    )
  })
})

describe('policy.allow_personal', () => {
  // no target_name: a token of whoever creates it; the name key is line 1
  const PERSONAL =
    'name: Mine\ndescription: d\npermissions:\n  contents: read\n'

  it('false refuses a template without target_name, at the name key', () => {
    const config =
      'policy:\n  allowed_targets: [octodemo]\n  allow_personal: false\n'
    expect(lint(config, PERSONAL)).toEqual([
      finding(
        'target-not-allowed',
        'error',
        [1, 1, 5],
        `the policy allows no personal tokens (policy.allow_personal, ${CONFIG}:3): add target_name with an allowed owner`,
      ),
    ])
  })

  it('false still allows a template with an allowed target_name', () => {
    const config =
      'policy:\n  allowed_targets: [octodemo]\n  allow_personal: false\n'
    expect(
      lint(
        config,
        PERSONAL.replace(
          'description: d\n',
          'description: d\ntarget_name: octodemo\n',
        ),
      ),
    ).toEqual([])
  })

  it('false, without allowed_targets, allows any target_name', () => {
    const config = 'policy:\n  allow_personal: false\n'
    expect(
      lint(
        config,
        PERSONAL.replace(
          'description: d\n',
          'description: d\ntarget_name: anyone\n',
        ),
      ),
    ).toEqual([])
  })

  it('false, with a template that has no name: at the start of the template', () => {
    const config = 'policy:\n  allow_personal: false\n'
    const found = lint(
      config,
      'description: d\npermissions:\n  contents: read\n',
    )
    expect(found.map((f) => [f.rule, f.line, f.column])).toContainEqual([
      'target-not-allowed',
      1,
      1,
    ])
  })

  it.each([
    ['true', 'policy:\n  allow_personal: true\n'],
    ['the default', 'policy:\n  max_lifetime_days: 30\n'],
  ])('%s allows a template without target_name', (_, config) => {
    expect(lint(config, PERSONAL)).toEqual([])
  })
})

describe('policy.require_description', () => {
  const UNDESCRIBED =
    'name: Deploy\nexpires_in: 30\npermissions:\n  contents: read\n'
  const MESSAGE =
    'add a description that says what the token is for: it is pre-filled in the form and read by whoever approves the token'

  it('true makes missing-description an error naming the setting line', () => {
    const config =
      'policy:\n  max_lifetime_days: 90\n  require_description: true\n'
    expect(lint(config, UNDESCRIBED)).toEqual([
      finding(
        'missing-description',
        'error',
        [1, 1, 5],
        `${MESSAGE} (required by policy.require_description, ${CONFIG}:3)`,
      ),
    ])
    expect(parseConfig(config, CONFIG).ruleLevels).toEqual({
      'missing-description': 'error',
    })
  })

  it('true: an empty description is an error at its key', () => {
    const config = 'policy:\n  require_description: true\n'
    const template = UNDESCRIBED.replace(
      'expires_in',
      'description: ""\nexpires_in',
    )
    expect(lint(config, template)).toEqual([
      finding(
        'missing-description',
        'error',
        [2, 1, 12],
        `${MESSAGE} (required by policy.require_description, ${CONFIG}:2)`,
      ),
    ])
  })

  it('true: a template with a description passes', () => {
    const config = 'policy:\n  require_description: true\n'
    const template = UNDESCRIBED.replace(
      'expires_in',
      'description: Deploys\nexpires_in',
    )
    expect(lint(config, template)).toEqual([])
  })

  it.each([
    ['false', 'policy:\n  require_description: false\n'],
    ['absent', 'policy:\n  max_lifetime_days: 90\n'],
    ['no policy', 'rules: {}\n'],
  ])(
    '%s: missing-description stays a warning, not naming the policy',
    (_, config) => {
      expect(lint(config, UNDESCRIBED)).toEqual([
        finding('missing-description', 'warning', [1, 1, 5], MESSAGE),
      ])
      expect(parseConfig(config, CONFIG).ruleLevels).toEqual({})
    },
  )
})

describe('policy.sensitive_permissions', () => {
  const POLICY = 'policy:\n  max_lifetime_days: 90\n'
  const HEAD =
    'name: Admin\ndescription: Manages repos\ntarget_name: octodemo\n'
  const JUSTIFIED = `${HEAD}justification: Creates the release branches\n`

  describe('by default', () => {
    it.each([
      ['administration: write', 'administration', 'write'],
      ['workflows: write', 'workflows', 'write'],
      ['members: write', 'members', 'write'],
      ['secrets: write', 'secrets', 'write'],
      [
        'organization_administration: write',
        'organization_administration',
        'write',
      ],
    ])('%s needs a justification: at the permission key', (_, name, level) => {
      const template = `${HEAD}permissions:\n  ${name}: ${level}\n`
      expect(lint(POLICY, template)).toEqual([
        finding(
          'sensitive-permission-needs-justification',
          'error',
          [5, 3, 3 + name.length],
          `${name}: ${level} is sensitive (policy.sensitive_permissions (default)): add a justification: that says why the token needs it`,
        ),
      ])
    })

    it.each([
      ['administration: read', 'administration', 'read'],
      ['members: read', 'members', 'read'],
      ['secrets: read', 'secrets', 'read'],
      ['contents: write', 'contents', 'write'],
      ['issues: write', 'issues', 'write'],
    ])('%s needs none', (_, name, level) => {
      expect(
        lint(POLICY, `${HEAD}permissions:\n  ${name}: ${level}\n`),
      ).toEqual([])
    })

    it.each(['administration: write', 'workflows: write', 'members: write'])(
      '%s with a justification passes',
      (permission) => {
        expect(
          lint(POLICY, `${JUSTIFIED}permissions:\n  ${permission}\n`),
        ).toEqual([])
      },
    )

    it('lists every sensitive permission in one finding, at the first', () => {
      const template = `${HEAD}permissions:
  contents: write
  administration: write
  workflows: write
  members: write
`
      expect(lint(POLICY, template)).toEqual([
        finding(
          'sensitive-permission-needs-justification',
          'error',
          [6, 3, 17],
          'administration: write, workflows: write and members: write are sensitive (policy.sensitive_permissions (default)): add a justification: that says why the token needs them',
        ),
      ])
    })

    it('applies with any policy, even an empty one', () => {
      expect(
        rulesOf(
          lint('policy: {}\n', `${HEAD}permissions:\n  workflows: write\n`),
        ),
      ).toEqual(['sensitive-permission-needs-justification'])
    })
  })

  it('a blank justification does not count', () => {
    const template = `${HEAD}justification: '   '\npermissions:\n  workflows: write\n`
    expect(rulesOf(lint(POLICY, template))).toEqual([
      'sensitive-permission-needs-justification',
    ])
  })

  it('an empty justification does not count (and the schema refuses it)', () => {
    const template = `${HEAD}justification: ""\npermissions:\n  workflows: write\n`
    expect(rulesOf(lint(POLICY, template))).toEqual([
      'schema',
      'sensitive-permission-needs-justification',
    ])
  })

  it('justification is a template field the schema accepts', () => {
    const template = `${JUSTIFIED}permissions:\n  contents: read\n`
    expect(lint(undefined, template)).toEqual([])
    expect(lint(POLICY, template)).toEqual([])
  })

  it('a justification that is not text is a schema error at its value', () => {
    const template = `${HEAD}justification: [a, b]\npermissions:\n  contents: read\n`
    expect(
      lint(POLICY, template).map((f) => [f.rule, f.line, f.column]),
    ).toEqual([['schema', 4, 16]])
  })

  it.each([
    ['""', /^"justification" is empty: it must be text/],
    ['5', /^"justification" must be text.*; got the number 5$/],
  ])(
    'justification: %s gets a schema message like the other fields',
    (value, expected) => {
      const template = `${JUSTIFIED.replace(/justification: .*\n/, `justification: ${value}\n`)}permissions:\n  contents: read\n`
      const [schema] = lint(POLICY, template).filter((f) => f.rule === 'schema')
      expect(schema?.message).not.toContain('undefined')
      expect(schema?.message).toMatch(expected)
    },
  )

  describe('a custom list', () => {
    // lines 3 and 4 of the config
    const CUSTOM = `policy:
  sensitive_permissions:
    - contents: write
    - actions
`

    it('replaces the default list', () => {
      const template = `${HEAD}permissions:\n  administration: write\n  workflows: write\n`
      expect(lint(CUSTOM, template)).toEqual([])
    })

    it('a name: level entry applies from that level, naming its line', () => {
      expect(lint(CUSTOM, `${HEAD}permissions:\n  contents: read\n`)).toEqual(
        [],
      )
      expect(lint(CUSTOM, `${HEAD}permissions:\n  contents: write\n`)).toEqual([
        finding(
          'sensitive-permission-needs-justification',
          'error',
          [5, 3, 11],
          `contents: write is sensitive (policy.sensitive_permissions, ${CONFIG}:3): add a justification: that says why the token needs it`,
        ),
      ])
    })

    it('a bare name applies at every level, naming its line', () => {
      expect(lint(CUSTOM, `${HEAD}permissions:\n  actions: read\n`)).toEqual([
        finding(
          'sensitive-permission-needs-justification',
          'error',
          [5, 3, 10],
          `actions: read is sensitive (policy.sensitive_permissions, ${CONFIG}:4): add a justification: that says why the token needs it`,
        ),
      ])
    })

    it('names the line of the entry the first permission matches', () => {
      const template = `${HEAD}permissions:\n  actions: write\n  contents: write\n`
      expect(lint(CUSTOM, template)[0]?.message).toBe(
        `actions: write and contents: write are sensitive (policy.sensitive_permissions, ${CONFIG}:4): add a justification: that says why the token needs them`,
      )
    })

    it('with a justification passes', () => {
      const template = `${JUSTIFIED}permissions:\n  actions: write\n  contents: write\n`
      expect(lint(CUSTOM, template)).toEqual([])
    })

    it('an empty list makes nothing sensitive', () => {
      const config = 'policy:\n  sensitive_permissions: []\n'
      expect(
        lint(config, `${HEAD}permissions:\n  administration: write\n`),
      ).toEqual([])
    })
  })
})

describe('extra_permissions in a policy', () => {
  const EXTRA = `extra_permissions:
  hovercraft:
    scope: repository
    levels: [read, write]
`
  const HEAD = 'name: Fly\ndescription: Flies\ntarget_name: octodemo\n'

  it('a declared extra permission can be forbidden by level', () => {
    const config = `policy:\n  forbidden_permissions:\n    - hovercraft: write\n${EXTRA}`
    expect(lint(config, `${HEAD}permissions:\n  hovercraft: read\n`)).toEqual(
      [],
    )
    expect(lint(config, `${HEAD}permissions:\n  hovercraft: write\n`)).toEqual([
      finding(
        'forbidden-permission',
        'error',
        [5, 15, 20],
        `the policy forbids hovercraft: write or above (policy.forbidden_permissions, ${CONFIG}:3): ask for less than write, or remove it`,
      ),
    ])
  })

  it('a declared extra permission can be made sensitive', () => {
    const config = `${EXTRA}policy:\n  sensitive_permissions: [hovercraft]\n`
    expect(
      rulesOf(lint(config, `${HEAD}permissions:\n  hovercraft: read\n`)),
    ).toEqual(['sensitive-permission-needs-justification'])
  })
})

describe('every setting at once', () => {
  const POLICY = `policy:
  max_lifetime_days: 30
  forbidden_permissions: [organization_administration]
  allowed_targets: ['octo-*']
  allow_personal: false
  require_description: true
`

  it('a template within every setting passes', () => {
    const template = `name: Deploy
description: Deploys the site
target_name: octo-demo
expires_in: 30
justification: Runs the deploy workflow
permissions:
  contents: write
  workflows: write
`
    expect(lint(POLICY, template)).toEqual([])
  })

  it('a template against every setting gets one finding per setting', () => {
    const template = `name: Deploy
target_name: other
expires_in: none
permissions:
  organization_administration: read
  workflows: write
`
    expect(
      lint(POLICY, template).map((f) => [f.rule, f.severity, f.line, f.column]),
    ).toEqual([
      ['missing-description', 'error', 1, 1],
      ['target-not-allowed', 'error', 2, 14],
      ['max-lifetime', 'error', 3, 13],
      ['forbidden-permission', 'error', 5, 32],
      ['sensitive-permission-needs-justification', 'error', 6, 3],
    ])
  })
})
