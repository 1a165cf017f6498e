import { HEAD, ruleTester } from './support/rule-tester.js'

/**
 * Table-driven tests in the spirit of ESLint's RuleTester for the rules
 * about the resource owner: mixed-owner-scopes,
 * org-permission-needs-org-target, account-permission-with-target and
 * invalid-target-name.
 *
 * An invalid case lists every finding the snippet yields (of any rule), so
 * that it also checks that the problem is reported once, under one rule.
 * A case with `otherRules: 'ignore'` checks only the findings of the rule.
 */

/** A template with `target_name` on line 4 (if given) and permissions after. */
const template = (target: string | undefined, ...permissions: string[]) =>
  [
    HEAD.trimEnd(),
    ...(target === undefined ? [] : [`target_name: ${target}`]),
    'permissions:',
    ...permissions.map((line) => `  ${line}`),
    '',
  ].join('\n')

const MIXED =
  'account permissions (gists) and organization permissions (members) cannot be in one token'

ruleTester('mixed-owner-scopes', 'error', {
  valid: [
    {
      name: 'account and repository permissions',
      code: template(undefined, 'gists: write', 'contents: read'),
    },
    {
      name: 'organization and repository permissions',
      code: template('octodemo', 'members: read', 'contents: read'),
    },
    {
      name: 'an unknown permission next to an account one',
      code: template(undefined, 'gists: write', 'packages: read'),
    },
  ],
  invalid: [
    {
      name: 'with a target: only mixed-owner-scopes, on the second scope',
      code: template('octodemo', 'gists: write', 'members: read'),
      findings: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          message: `${MIXED}: one needs you as resource owner, the other an organization; split this template in two`,
        },
      ],
    },
    {
      name: 'without a target: only mixed-owner-scopes',
      code: template(
        undefined,
        'members: read',
        'contents: read',
        'gists: write',
      ),
      findings: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 8,
          message: MIXED,
        },
      ],
    },
    {
      name: 'several of each: all named',
      code: template(
        undefined,
        'emails: read',
        'followers: read',
        'members: read',
        'organization_hooks: read',
      ),
      findings: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          message:
            'account permissions (emails and followers) and organization permissions (members and organization_hooks)',
        },
      ],
    },
    {
      name: 'in a flow mapping: on the second scope',
      code: `${HEAD}permissions: { gists: write, members: read }\n`,
      findings: [
        {
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 37,
          message: MIXED,
        },
      ],
    },
  ],
})

ruleTester('org-permission-needs-org-target', 'warning', {
  valid: [
    {
      name: 'an organization permission with a target',
      code: template('octodemo', 'members: read'),
    },
    {
      name: 'repository permissions without a target',
      code: template(undefined, 'contents: read'),
    },
    {
      name: 'an invalid target (invalid-target-name reports it)',
      code: template('octo demo', 'members: read'),
    },
  ],
  invalid: [
    {
      name: 'an organization permission without a target: on its key',
      code: template(undefined, 'contents: read', 'members: read'),
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 10,
          message:
            'organization permissions (members) work only when the resource owner is an organization: add target_name: <organization>',
        },
      ],
    },
    {
      name: 'several: named, on the first',
      code: template(undefined, 'organization_hooks: read', 'members: write'),
      findings: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 21,
          message: 'organization permissions (organization_hooks and members)',
        },
      ],
    },
  ],
})

ruleTester('account-permission-with-target', 'warning', {
  valid: [
    {
      name: 'an account permission without a target',
      code: template(undefined, 'emails: read'),
    },
    {
      name: 'repository permissions with a target',
      code: template('octodemo', 'contents: read'),
    },
  ],
  invalid: [
    {
      name: 'an account permission with a target: on the target',
      code: template('octodemo', 'emails: read', 'contents: read'),
      findings: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 22,
          message:
            'account permissions (emails) apply only when the resource owner is the user creating the token: remove target_name so each user gets their own',
        },
      ],
    },
  ],
})

const targetCases: Array<[string, string, string]> = [
  [
    'octo demo',
    'octo demo',
    '"octo demo" is not a valid user or organization name: use letters, digits and single hyphens (not at either end), at most 39 characters',
  ],
  ['-octo', '-octo', '"-octo" is not a valid user or organization name'],
  ['octo-', 'octo-', '"octo-" is not a valid user or organization name'],
  ['octo--demo', 'octo--demo', '"octo--demo" is not a valid'],
  ['40 characters', 'o'.repeat(40), 'at most 39 characters'],
  [
    'a URL',
    'https://github.com/octodemo',
    `target_name takes the owner's slug alone: write octodemo, not "https://github.com/octodemo"`,
  ],
  [
    'an organization URL with a slash',
    'https://github.com/orgs/octodemo/',
    'write octodemo, not',
  ],
  [
    'an @-mention',
    '"@octodemo"',
    'target_name takes the slug without "@": write octodemo',
  ],
  ['an empty string', '""', '"" is not a valid user or organization name'],
]

ruleTester('invalid-target-name', 'error', {
  valid: [
    ...['octodemo', 'octo-demo', 'octocat_acme', 'a', 'O'.repeat(39)].map(
      (target) => ({ name: target, code: template(target, 'contents: read') }),
    ),
    { name: 'no target', code: template(undefined, 'contents: read') },
    {
      name: 'a number (schema reports it)',
      code: template('42', 'contents: read'),
    },
  ],
  invalid: targetCases.map(([name, target, message]) => ({
    name,
    code: template(target, 'contents: read'),
    findings: [
      {
        line: 4,
        column: 14,
        endLine: 4,
        endColumn: 14 + target.length,
        message,
      },
    ],
  })),
})
