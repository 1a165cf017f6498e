import { HEAD, ruleTester, VALID } from './support/rule-tester.js'
import { PERMISSIONS, PermissionCatalog } from '../src/catalog/index.js'
import { toTokenTemplate } from '../src/links/from-fields.js'
import { buildTokenUrl } from '../src/links/token-url.js'

/**
 * Table-driven tests in the spirit of ESLint's RuleTester for the rules
 * about permissions: unknown-permission, unsupported-access-level,
 * redundant-metadata, billing and feature-gated-permission.
 *
 * An invalid case lists every finding the snippet yields (of any rule), so
 * that it also checks that the problem is reported once, under one rule.
 * A case with `otherRules: 'ignore'` checks only the findings of the rule.
 */

/** A template whose permissions are `lines` (from line 5 on). */
const withPermissions = (...lines: string[]) =>
  `${HEAD}permissions:\n${lines.map((line) => `  ${line}\n`).join('')}`

const EXTRA = new PermissionCatalog([
  {
    name: 'hovercraft',
    displayName: 'Hovercraft',
    scope: 'repository',
    levels: ['read'],
  },
])

/** Every permission of the catalog, at its lowest level. */
const EVERY_PERMISSION = withPermissions(
  ...PERMISSIONS.map((p) => `${p.name}: ${p.levels[0]}`),
)

/** One finding on the key of line 5 (`  <key>: ...`). */
const onKey = (key: string, message: string) => ({
  line: 5,
  column: 3,
  endLine: 5,
  endColumn: 3 + key.length,
  message,
})

/** One finding on the value of line 5 (`  <key>: <value>`). */
const onValue = (key: string, value: string, message: string) => ({
  line: 5,
  column: 5 + key.length,
  endLine: 5,
  endColumn: 5 + key.length + value.length,
  message,
})

ruleTester('unknown-permission', 'error', {
  valid: [
    { name: 'a known permission', code: VALID },
    { name: 'every permission of the catalog', code: EVERY_PERMISSION },
    {
      name: 'a permission declared under extra_permissions',
      code: withPermissions('hovercraft: read'),
      options: { catalog: EXTRA },
    },
    {
      name: 'a permission at the top level (schema reports it)',
      code: `${VALID}contents: read\n`,
    },
  ],
  invalid: [
    {
      name: 'pull_request: did you mean pull_requests',
      code: withPermissions('pull_request: write'),
      findings: [
        onKey(
          'pull_request',
          'unknown permission "pull_request": did you mean "pull_requests"?',
        ),
      ],
    },
    {
      name: 'a capitalized name: did you mean the lowercase one',
      code: withPermissions('Contents: read'),
      findings: [
        onKey(
          'Contents',
          'unknown permission "Contents": did you mean "contents"?',
        ),
      ],
    },
    {
      name: 'a display name instead of the name',
      code: withPermissions('pull-requests: write'),
      findings: [onKey('pull-requests', 'did you mean "pull_requests"?')],
    },
    ...[
      ['packages', 'fine-grained tokens cannot access GitHub Packages'],
      ['checks', 'fine-grained tokens cannot call the Checks API'],
      [
        'projects',
        'fine-grained tokens cannot access Projects owned by a user account',
      ],
    ].map(([key, message]) => ({
      name: `${key}: explains fine-grained tokens cannot do it`,
      code: withPermissions(`${key}: read`),
      findings: [onKey(key!, `${message} ("${key}" is no permission): `)],
    })),
    {
      name: 'the classic scope repo: maps it to permissions',
      code: withPermissions('repo: write'),
      findings: [
        onKey(
          'repo',
          '"repo" is a scope of classic tokens, not a fine-grained permission: use contents, issues, pull_requests and metadata instead',
        ),
      ],
    },
    {
      name: 'a classic scope without an equivalent',
      code: withPermissions('notifications: read'),
      findings: [
        onKey('notifications', 'fine-grained tokens have no equivalent'),
      ],
    },
    {
      name: 'a name far from every permission: points at extra_permissions',
      code: withPermissions('hovercraft: read'),
      findings: [
        onKey(
          'hovercraft',
          `unknown permission "hovercraft": not in GitHub's list of fine-grained permissions (if GitHub added it recently, declare it under extra_permissions in the config)`,
        ),
      ],
    },
    {
      name: 'an extra permission of the config is also suggested',
      code: withPermissions('hovercrafts: read'),
      options: { catalog: EXTRA },
      findings: [onKey('hovercrafts', 'did you mean "hovercraft"?')],
    },
    {
      name: 'scopes of a classic-token link: names the fine-grained permissions',
      code: withPermissions('scopes: repo,read:org'),
      findings: [
        onKey(
          'scopes',
          `"scopes" is no permission: it is the scope list of classic-token links (/settings/tokens/new?scopes=...), which GitHub's fine-grained token form ignores; for repo and read:org use contents, issues, pull_requests, metadata and members under permissions`,
        ),
      ],
    },
    ...[
      'type: beta',
      'repo_access: all',
      'repos: octo/a',
      'repository: octo/a',
      'repository_names: a',
    ].map((line) => {
      const key = line.split(':')[0]!
      return {
        name: `${key}: a link parameter the form ignores, not an unknown permission`,
        code: withPermissions(line),
        findings: [
          onKey(
            key,
            `"${key}" is no permission: it is a ${key === 'type' ? 'token type' : 'repository selection'}`,
          ),
        ],
      }
    }),
    {
      name: 'each unknown permission',
      code: withPermissions(
        'contents: read',
        'packages: read',
        'checks: write',
      ),
      findings: [
        { ...onKey('packages', 'GitHub Packages'), line: 6, endLine: 6 },
        { ...onKey('checks', 'Checks API'), line: 7, endLine: 7 },
      ],
    },
  ],
})

ruleTester('unsupported-access-level', 'error', {
  valid: [
    { name: 'contents: read', code: withPermissions('contents: read') },
    { name: 'contents: write', code: withPermissions('contents: write') },
    { name: 'gists: write', code: withPermissions('gists: write') },
    { name: 'metadata: read', code: withPermissions('metadata: read') },
    {
      name: 'organization_projects: admin',
      code: `${VALID.replace('contents: read', 'organization_projects: admin')}target_name: octodemo\n`,
    },
    { name: 'every permission of the catalog', code: EVERY_PERMISSION },
    {
      name: 'an unknown permission (unknown-permission reports it)',
      code: withPermissions('packages: nonsense'),
    },
    {
      name: 'the level of an extra permission',
      code: withPermissions('hovercraft: read'),
      options: { catalog: EXTRA },
    },
  ],
  invalid: [
    {
      name: 'gists: read (gists has only write), and no schema finding',
      code: withPermissions('gists: read'),
      findings: [
        onValue(
          'gists',
          'read',
          '"gists" supports only write, not read: GitHub\'s form offers no read access to it; remove the line, or use gists: write only if the token must have that',
        ),
      ],
    },
    {
      name: 'metadata: write (metadata has only read)',
      code: withPermissions('metadata: write'),
      findings: [
        onValue(
          'metadata',
          'write',
          '"metadata" supports only read, not write: use metadata: read',
        ),
      ],
    },
    {
      name: 'contents: admin',
      code: withPermissions('contents: admin'),
      findings: [
        onValue(
          'contents',
          'admin',
          '"contents" supports read and write, not admin: use contents: write',
        ),
      ],
    },
    {
      name: 'contents: Read (levels are lowercase)',
      code: withPermissions('contents: Read'),
      findings: [
        onValue(
          'contents',
          'Read',
          'access levels are lowercase: write contents: read',
        ),
      ],
    },
    {
      name: 'an empty value: on the key',
      code: withPermissions('contents:'),
      findings: [
        onKey(
          'contents',
          '"contents" has no access level: set it to read or write',
        ),
      ],
    },
    {
      name: 'an explicit null: on the value',
      code: withPermissions('contents: null'),
      findings: [onValue('contents', 'null', '"contents" has no access level')],
    },
    {
      name: 'contents: none',
      code: withPermissions('contents: none'),
      findings: [
        onValue(
          'contents',
          'none',
          'to grant no access, remove the "contents" line',
        ),
      ],
    },
    {
      name: 'a boolean',
      code: withPermissions('contents: true'),
      findings: [
        onValue(
          'contents',
          'true',
          'the access level of "contents" must be read or write, not true',
        ),
      ],
    },
    {
      name: 'a list',
      code: withPermissions('contents: [read]'),
      findings: [onValue('contents', '[read]', 'not a list or map')],
    },
    {
      name: 'a word that is no level',
      code: withPermissions('contents: readable'),
      findings: [
        onValue(
          'contents',
          'readable',
          '"readable" is not an access level of "contents": it supports read and write',
        ),
      ],
    },
    {
      name: "a level as GitHub's form shows it",
      code: withPermissions('contents: Read-only'),
      findings: [
        onValue(
          'contents',
          'Read-only',
          '"Read-only" means read: set contents: read',
        ),
      ],
    },
    {
      name: 'a level word the permission lacks',
      code: withPermissions('metadata: Read and write'),
      findings: [
        onValue(
          'metadata',
          'Read and write',
          '"metadata" supports only read, not write ("Read and write" means write): use metadata: read',
        ),
      ],
    },
    {
      name: 'a level the extra permission lacks',
      code: withPermissions('hovercraft: write'),
      options: { catalog: EXTRA },
      findings: [
        onValue('hovercraft', 'write', '"hovercraft" supports only read'),
      ],
    },
  ],
})

ruleTester('redundant-metadata', 'notice', {
  valid: [
    { name: 'metadata alone', code: withPermissions('metadata: read') },
    {
      name: 'metadata with an account permission',
      code: withPermissions('metadata: read', 'gists: write'),
    },
    {
      name: 'metadata with an unknown permission',
      code: withPermissions('metadata: read', 'packages: read'),
    },
    { name: 'no metadata', code: withPermissions('contents: read') },
  ],
  invalid: [
    {
      name: 'metadata: read and contents',
      code: withPermissions('metadata: read', 'contents: read'),
      findings: [
        onKey(
          'metadata',
          'metadata: read comes with every repository permission (here contents): remove this line',
        ),
      ],
    },
    {
      name: 'metadata: read after issues',
      code: withPermissions('issues: write', 'metadata: read'),
      findings: [
        {
          ...onKey('metadata', '(here issues)'),
          line: 6,
          endLine: 6,
        },
      ],
    },
  ],
})

ruleTester('billing', 'notice', {
  valid: [
    { name: 'no costly permission', code: VALID },
    {
      name: 'copilot_messages (free)',
      code: withPermissions('copilot_messages: read'),
    },
  ],
  invalid: [
    {
      name: 'copilot_requests',
      code: withPermissions('copilot_requests: write'),
      findings: [
        onKey(
          'copilot_requests',
          "copilot_requests: Copilot requests made with this token count towards the user's premium request allowance",
        ),
      ],
    },
    {
      name: 'copilot_requests at a wrong level: both problems',
      code: withPermissions('copilot_requests: read'),
      findings: [
        onKey('copilot_requests', 'premium request allowance'),
        {
          ...onValue(
            'copilot_requests',
            'read',
            '"copilot_requests" supports only write',
          ),
          rule: 'unsupported-access-level',
          severity: 'error',
        },
      ],
    },
  ],
})

ruleTester('feature-gated-permission', 'notice', {
  valid: [{ name: 'a permission every GitHub has', code: VALID }],
  invalid: [
    {
      name: 'artifact_metadata',
      code: withPermissions('artifact_metadata: read'),
      findings: [
        onKey(
          'artifact_metadata',
          'artifact_metadata exists only where GitHub ships the artifact-metadata feature',
        ),
      ],
    },
  ],
})

ruleTester('undocumented-permission', 'warning', {
  valid: [
    { name: 'the documented copilot_requests', code: VALID },
    {
      name: 'copilot_requests: write',
      code: withPermissions('copilot_requests: write'),
    },
    {
      name: 'user_copilot_requests declared under extra_permissions',
      code: withPermissions('user_copilot_requests: read'),
      options: {
        catalog: new PermissionCatalog([
          {
            name: 'user_copilot_requests',
            displayName: 'Copilot requests',
            scope: 'account',
            levels: ['read'],
          },
        ]),
      },
    },
  ],
  invalid: [
    {
      name: "user_copilot_requests=read, as GitHub's example link has it: a warning, not unknown-permission",
      code: withPermissions('user_copilot_requests: read'),
      findings: [
        onKey(
          'user_copilot_requests',
          '"user_copilot_requests" is not in GitHub\'s permission tables: the later version of GitHub\'s token page uses user_copilot_requests=read in its "Make Copilot requests" example link, but its account permissions table lists only copilot_requests (write); the documented permission is copilot_requests: write',
        ),
        {
          ...onKey('user_copilot_requests', 'premium request allowance'),
          rule: 'billing',
          severity: 'notice',
        },
      ],
    },
    {
      name: 'user_copilot_requests at a level the example never uses',
      code: withPermissions('user_copilot_requests: write'),
      otherRules: 'ignore',
      findings: [onKey('user_copilot_requests', 'copilot_requests: write')],
    },
  ],
})

describe('user_copilot_requests in a link', () => {
  it('keeps user_copilot_requests=read as written', () => {
    expect(
      buildTokenUrl(
        toTokenTemplate({
          name: 'Copilot requests token',
          permissions: { user_copilot_requests: 'read' },
        }),
      ),
    ).toBe(
      'https://github.com/settings/personal-access-tokens/new?name=Copilot+requests+token&user_copilot_requests=read',
    )
  })
})
