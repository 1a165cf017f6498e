import { PermissionCatalog } from '../src/catalog/index.js'
import { Linter } from '../src/lint/engine.js'
import type { LinterOptions } from '../src/lint/engine.js'
import type { Finding, Severity } from '../src/lint/finding.js'
import { findRule } from '../src/rules/index.js'
import { unknownEndpointMessage } from '../src/rules/unknown-endpoint.js'
import { lookupEndpoint } from '../src/endpoints/index.js'

/**
 * The rules about `endpoints:` (missing-permission, excess-permission,
 * endpoint-not-supported, unknown-endpoint) on real endpoints of GitHub's
 * data, and permission-not-in-catalog. Each case lists the findings of the
 * rule under test, with their exact positions; `all: true` lists every
 * finding of any rule, to check a problem is reported once.
 */

const READ_FILE = 'GET /repos/{owner}/{repo}/contents/{path}'
const WRITE_FILE = 'PUT /repos/{owner}/{repo}/contents/{path}'
const LIST_PULLS = 'GET /repos/{owner}/{repo}/pulls'
const OPEN_PULL = 'POST /repos/{owner}/{repo}/pulls'
const MERGE_PULL = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge'
const DISPATCH =
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
const ORG_MEMBERS = 'GET /orgs/{org}/members'
const FORK = 'POST /repos/{owner}/{repo}/forks'
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CHECK_RUN = 'POST /repos/{owner}/{repo}/check-runs'
const ENTERPRISE = 'GET /enterprises/{enterprise}/dependabot/repository-access'

/** Lines 1 and 2; `endpoints:` is line 3, its items from line 4 on. */
const HEAD = 'name: Deploy\ndescription: Deploys the site\n'

interface Snippet {
  endpoints?: readonly string[]
  permissions?: readonly string[]
  /** Lines after the permissions, e.g. `target_name: octodemo`. */
  tail?: string
}

function template({ endpoints, permissions = [], tail = '' }: Snippet) {
  const list = endpoints
    ? `endpoints:\n${endpoints.map((e) => `  - ${e}\n`).join('')}`
    : ''
  const granted = permissions.length
    ? `permissions:\n${permissions.map((p) => `  ${p}\n`).join('')}`
    : ''
  return `${HEAD}${list}${granted}${tail}`
}

type Position = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>

/** Where item `index` of `endpoints` is: `  - <text>` on line 4 + index. */
const endpointAt = (index: number, text: string): Position => ({
  line: 4 + index,
  column: 5,
  endLine: 4 + index,
  endColumn: 5 + text.length,
})

/** The line of permission `index` after `count` endpoints. */
const permissionLine = (count: number, index: number) =>
  3 + (count > 0 ? count + 1 : 0) + 1 + index

/** The key of `  <key>: <level>`, permission `index` after `count` endpoints. */
const keyAt = (count: number, index: number, key: string): Position => ({
  line: permissionLine(count, index),
  column: 3,
  endLine: permissionLine(count, index),
  endColumn: 3 + key.length,
})

/** The level of `  <key>: <level>`. */
const levelAt = (
  count: number,
  index: number,
  key: string,
  level: string,
): Position => ({
  line: permissionLine(count, index),
  column: 5 + key.length,
  endLine: permissionLine(count, index),
  endColumn: 5 + key.length + level.length,
})

interface Expected extends Position {
  rule?: string
  severity?: Severity
  /** Fragments the message contains. */
  message: string | string[]
}

interface Case {
  name: string
  code: string
  options?: LinterOptions
  /** List every finding, of any rule. */
  all?: boolean
  findings: Expected[]
}

function lint(code: string, options?: LinterOptions): Finding[] {
  const linter = new Linter(options)
  linter.lintText('t.yml', code)
  return linter.finish().findings
}

function ruleTester(id: string, severity: Severity, cases: Case[]): void {
  describe(`rule ${id}`, () => {
    it(`is a registered rule with default severity ${severity}`, () => {
      expect(findRule(id)?.defaultSeverity).toBe(severity)
    })
    for (const { name, code, options, all, findings } of cases) {
      it(name, () => {
        const actual = lint(code, options)
          .filter((finding) => all || finding.rule === id)
          .map(({ file: _file, ...finding }) => finding)
        expect(actual).toEqual(
          findings.map(({ message, ...expected }) => ({
            ...expected,
            rule: expected.rule ?? id,
            severity: expected.severity ?? severity,
            message: expect.stringContaining([message].flat()[0]!),
          })),
        )
        // Every fragment, not only the first.
        findings.forEach((expected, i) => {
          for (const fragment of [expected.message].flat())
            expect(actual[i]?.message).toContain(fragment)
        })
      })
    }
  })
}

ruleTester('missing-permission', 'error', [
  {
    name: 'valid: contents: read reads a file',
    code: template({ endpoints: [READ_FILE], permissions: ['contents: read'] }),
    all: true,
    findings: [],
  },
  {
    name: 'valid: contents: write reads and writes files',
    code: template({
      endpoints: [READ_FILE, WRITE_FILE],
      permissions: ['contents: write'],
    }),
    findings: [],
  },
  {
    name: 'writing a file with contents: read: raise it to write',
    code: template({
      endpoints: [READ_FILE, WRITE_FILE],
      permissions: ['contents: read'],
    }),
    findings: [
      {
        ...endpointAt(1, WRITE_FILE),
        message: [
          `"${WRITE_FILE}" needs contents: write, not just read: raise contents to write`,
          // Two sets in the data: contents, and contents with workflows.
          "GitHub's data is not exact for this endpoint",
          'some calls also need workflows: write',
        ],
      },
    ],
  },
  {
    name: 'a concrete path names its endpoint too',
    code: template({
      endpoints: ['PUT /repos/octo/hello/contents/docs/README.md'],
      permissions: ['issues: read'],
    }),
    findings: [
      {
        ...endpointAt(0, 'PUT /repos/octo/hello/contents/docs/README.md'),
        message: `"PUT /repos/octo/hello/contents/docs/README.md" (${WRITE_FILE}) needs contents: write: add it under permissions:`,
      },
    ],
  },
  {
    name: 'valid: listing, opening and merging pull requests',
    code: template({
      endpoints: [LIST_PULLS, OPEN_PULL, MERGE_PULL],
      permissions: ['contents: write', 'pull_requests: write'],
    }),
    all: true,
    findings: [],
  },
  {
    name: 'merging a pull request is a contents write, as GitHub says',
    code: template({
      endpoints: [LIST_PULLS, OPEN_PULL, MERGE_PULL],
      permissions: ['pull_requests: write'],
    }),
    findings: [
      {
        ...endpointAt(2, MERGE_PULL),
        message: `"${MERGE_PULL}" needs contents: write: add it under permissions:`,
      },
    ],
  },
  {
    name: 'dispatching a workflow with actions: read',
    code: template({ endpoints: [DISPATCH], permissions: ['actions: read'] }),
    findings: [
      {
        ...endpointAt(0, DISPATCH),
        message: `"${DISPATCH}" needs actions: write, not just read: raise actions to write`,
      },
    ],
  },
  {
    name: 'valid: listing organization members with members: read',
    code: template({
      endpoints: [ORG_MEMBERS],
      permissions: ['members: read'],
      tail: 'target_name: octodemo\n',
    }),
    all: true,
    findings: [],
  },
  {
    name: 'listing organization members without members',
    code: template({
      endpoints: [READ_FILE, ORG_MEMBERS],
      permissions: ['contents: read'],
    }),
    findings: [
      {
        ...endpointAt(1, ORG_MEMBERS),
        message: `"${ORG_MEMBERS}" needs members: read: add it under permissions:`,
      },
    ],
  },
  {
    name: 'forking needs two permissions together (assumed: the data is not exact)',
    code: template({ endpoints: [FORK], permissions: ['metadata: read'] }),
    findings: [
      {
        ...endpointAt(0, FORK),
        message: [
          `"${FORK}" needs administration: write and contents: read: add them under permissions:`,
          "GitHub's data is not exact for this endpoint: it does not say whether administration: write and contents: read are needed together or one is enough, so all are asked for",
        ],
      },
    ],
  },
  {
    name: 'forking with one of the two: names the other, and the level held low',
    code: template({
      endpoints: [FORK],
      permissions: ['administration: read'],
    }),
    findings: [
      {
        ...endpointAt(0, FORK),
        message: `needs administration: write and contents: read (administration is read here): add them under permissions:`,
      },
    ],
  },
  {
    name: 'commenting accepts issues or pull_requests: names both',
    code: template({ endpoints: [COMMENT], permissions: ['contents: read'] }),
    findings: [
      {
        ...endpointAt(0, COMMENT),
        message: [
          `"${COMMENT}" needs issues: write (or pull_requests: write): add it under permissions:`,
          "GitHub's data is not exact for this endpoint: its alternatives are inferred from it",
        ],
      },
    ],
  },
  {
    name: 'valid: commenting with pull_requests: write, one of the alternatives',
    code: template({
      endpoints: [COMMENT],
      permissions: ['pull_requests: write'],
    }),
    all: true,
    findings: [],
  },
  {
    name: 'commenting with pull_requests: read: raising it is the smallest fix',
    code: template({
      endpoints: [COMMENT],
      permissions: ['pull_requests: read'],
    }),
    findings: [
      {
        ...endpointAt(0, COMMENT),
        message:
          'needs pull_requests: write (or issues: write), not just read: raise pull_requests to write',
      },
    ],
  },
  {
    name: 'valid: metadata-only endpoints need nothing listed',
    code: template({
      endpoints: ['GET /repos/{owner}/{repo}', 'GET /repos/o/r/topics'],
      permissions: ['metadata: read'],
    }),
    all: true,
    findings: [],
  },
  {
    name: 'valid: an endpoint whose permissions GitHub does not publish',
    code: template({
      endpoints: [ENTERPRISE],
      permissions: ['contents: read'],
    }),
    findings: [],
  },
  {
    name: 'a level that is no level is unsupported-access-level’s alone',
    code: template({
      endpoints: [WRITE_FILE],
      permissions: ['contents: Write'],
    }),
    all: true,
    findings: [
      {
        rule: 'unsupported-access-level',
        ...levelAt(1, 0, 'contents', 'Write'),
        message: 'access levels are lowercase',
      },
    ],
  },
  {
    name: 'valid: no endpoints, nothing to check',
    code: template({ permissions: ['administration: write'] }),
    findings: [],
  },
])

ruleTester('excess-permission', 'warning', [
  {
    name: 'contents: write where the listed endpoints only read: on the level',
    code: template({
      endpoints: [READ_FILE],
      permissions: ['contents: write'],
    }),
    findings: [
      {
        ...levelAt(1, 0, 'contents', 'write'),
        message:
          'the listed endpoints need only contents: read, not write: lower it to read',
      },
    ],
  },
  {
    name: 'a permission no listed endpoint needs: on the key',
    code: template({
      endpoints: [LIST_PULLS],
      permissions: ['pull_requests: read', 'issues: write'],
    }),
    findings: [
      {
        ...keyAt(1, 1, 'issues'),
        message:
          'none of the listed endpoints needs issues: remove it, or list the endpoint it is for under endpoints:',
      },
    ],
  },
  {
    name: 'both alternatives granted: the unused one is excess',
    code: template({
      endpoints: [COMMENT],
      permissions: ['issues: write', 'pull_requests: write'],
    }),
    findings: [
      {
        ...keyAt(1, 1, 'pull_requests'),
        message: 'none of the listed endpoints needs pull_requests',
      },
    ],
  },
  {
    name: 'valid: never metadata: read, never a permission the REST data lacks',
    code: template({
      endpoints: [READ_FILE],
      permissions: ['contents: read', 'metadata: read', 'discussions: write'],
    }),
    findings: [],
  },
  {
    name: 'a level the permission lacks is unsupported-access-level’s alone',
    code: template({
      endpoints: [READ_FILE],
      permissions: ['contents: admin'],
    }),
    all: true,
    findings: [
      {
        rule: 'unsupported-access-level',
        severity: 'error',
        ...levelAt(1, 0, 'contents', 'admin'),
        message: '"contents" supports read and write, not admin',
      },
    ],
  },
  {
    name: 'valid: nothing without endpoints',
    code: template({ permissions: ['contents: write', 'issues: write'] }),
    findings: [],
  },
  {
    name: 'nothing while an endpoint is unknown: it may need anything',
    code: template({
      endpoints: [READ_FILE, 'GET /repos/{owner}/{repo}/pull'],
      permissions: ['contents: write', 'pull_requests: read'],
    }),
    all: true,
    findings: [
      {
        rule: 'unknown-endpoint',
        severity: 'error',
        ...endpointAt(1, 'GET /repos/{owner}/{repo}/pull'),
        message: 'did you mean "GET /repos/{owner}/{repo}/pulls"?',
      },
    ],
  },
  {
    name: 'an endpoint GitHub publishes no permission for: says it may need it',
    code: template({
      endpoints: [READ_FILE, ENTERPRISE],
      permissions: ['contents: read', 'issues: read'],
    }),
    findings: [
      {
        ...keyAt(2, 1, 'issues'),
        message: `(GitHub's data names no permission for "${ENTERPRISE}", which may need it)`,
      },
    ],
  },
  {
    name: 'an empty list: every permission is excess',
    code: `${HEAD}endpoints: []\npermissions:\n  contents: read\n`,
    findings: [
      {
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 11,
        message: 'none of the listed endpoints needs contents',
      },
    ],
  },
])

ruleTester('endpoint-not-supported', 'error', [
  {
    name: 'creating a check run: the Checks API, with what to use instead',
    code: template({
      endpoints: [CHECK_RUN, 'GET /repos/octo/hello/commits/main/check-runs'],
      permissions: ['statuses: write'],
    }),
    all: true,
    findings: [
      {
        ...endpointAt(0, CHECK_RUN),
        message: [
          `fine-grained tokens cannot call the Checks API ("${CHECK_RUN}"), whatever the permissions`,
          'use a GitHub App with the checks permission',
          'then remove it from this template',
        ],
      },
      {
        ...endpointAt(1, 'GET /repos/octo/hello/commits/main/check-runs'),
        message: 'fine-grained tokens cannot call the Checks API',
      },
      // statuses is no help for the Checks API, and says so.
      {
        rule: 'excess-permission',
        severity: 'warning',
        ...keyAt(2, 0, 'statuses'),
        message: 'none of the listed endpoints needs statuses',
      },
    ],
  },
  {
    name: 'packages of a user',
    code: template({
      endpoints: ['GET /user/packages/npm/left-pad'],
      permissions: ['contents: read'],
    }),
    findings: [
      {
        ...endpointAt(0, 'GET /user/packages/npm/left-pad'),
        message: [
          'fine-grained tokens cannot access GitHub Packages',
          'read:packages',
        ],
      },
    ],
  },
])

ruleTester('unknown-endpoint', 'error', [
  {
    name: 'a misspelt path: did you mean',
    code: template({
      endpoints: ['GET /repos/{owner}/{repo}/pull/{pull_number}'],
      permissions: ['pull_requests: read'],
    }),
    all: true,
    findings: [
      {
        ...endpointAt(0, 'GET /repos/{owner}/{repo}/pull/{pull_number}'),
        message:
          'unknown endpoint "GET /repos/{owner}/{repo}/pull/{pull_number}": did you mean "GET /repos/{owner}/{repo}/pulls/{pull_number}"?',
      },
    ],
  },
  {
    name: 'a path with the wrong verb: the verbs it takes',
    code: template({
      endpoints: ['DELETE /repos/octo/hello/pulls'],
      permissions: ['pull_requests: write'],
    }),
    findings: [
      {
        ...endpointAt(0, 'DELETE /repos/octo/hello/pulls'),
        message: `unknown endpoint "DELETE /repos/octo/hello/pulls": GitHub's data has this path only as GET and POST: check the verb`,
      },
    ],
  },
  {
    name: 'not VERB /path at all',
    code: template({
      endpoints: ['FETCH /repos/o/r', '/repos/o/r'],
      permissions: ['contents: read'],
    }),
    findings: [
      {
        ...endpointAt(0, 'FETCH /repos/o/r'),
        message:
          '"FETCH /repos/o/r" is not an endpoint: unknown HTTP verb "FETCH" (expected GET, POST, PUT, PATCH, DELETE)',
      },
      {
        ...endpointAt(1, '/repos/o/r'),
        message: '"/repos/o/r" is not an endpoint: expected "VERB /path"',
      },
    ],
  },
  {
    name: 'valid: any verb case, a full URL, a GHES API root',
    code: template({
      endpoints: [
        'get /repos/o/r/contents/a/b.txt',
        'GET https://api.github.com/repos/o/r/contents/x?ref=main',
        'GET https://ghe.example.com/api/v3/repos/o/r/contents/x',
      ],
      permissions: ['contents: read'],
    }),
    all: true,
    findings: [],
  },
  {
    name: 'an item that is no text is the schema rule’s',
    code: template({
      endpoints: ['42', '{}'],
      permissions: ['contents: read'],
    }),
    all: true,
    findings: [
      {
        rule: 'schema',
        ...endpointAt(0, '42'),
        message:
          'item 1 of "endpoints" must be an HTTP verb and a path, such as GET /repos/{owner}/{repo}/contents/{path}; got the number 42',
      },
      {
        rule: 'schema',
        ...endpointAt(1, '{}'),
        message: 'item 2 of "endpoints" must be an HTTP verb and a path',
      },
    ],
  },
  {
    name: 'an empty item is the schema rule’s; a blank one is no endpoint',
    code: template({
      endpoints: ['""', '"  "'],
      permissions: ['contents: read'],
    }),
    all: true,
    findings: [
      {
        rule: 'schema',
        ...endpointAt(0, '""'),
        message: 'item 1 of "endpoints" is empty',
      },
      {
        ...endpointAt(1, '"  "'),
        message: '"" is not an endpoint: expected "VERB /path"',
      },
    ],
  },
  {
    name: 'endpoints that is not a list is the schema rule’s',
    code: `${HEAD}endpoints: ${READ_FILE}\npermissions:\n  contents: read\n`,
    all: true,
    findings: [
      {
        rule: 'schema',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 12 + READ_FILE.length,
        message:
          '"endpoints" must be a list of REST endpoints the token calls, such as GET /repos/{owner}/{repo}/contents/{path}; got "GET',
      },
    ],
  },
  {
    name: 'a misspelt endpoints key: did you mean',
    code: `${HEAD}endpoint:\n  - ${READ_FILE}\npermissions:\n  contents: read\n`,
    all: true,
    findings: [
      {
        rule: 'schema',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 9,
        message: 'unknown key "endpoint": did you mean "endpoints"?',
      },
    ],
  },
])

ruleTester('permission-not-in-catalog', 'warning', [
  {
    name: 'a permission of GitHub’s API data the catalog lacks: a warning, not unknown-permission',
    code: template({
      endpoints: ['GET /repos/{owner}/{repo}/agents/secrets'],
      permissions: ['agent_secrets: read'],
    }),
    all: true,
    findings: [
      {
        ...keyAt(1, 0, 'agent_secrets'),
        message: `"agent_secrets" is not in the catalog yet; GitHub's API data lists it as Agent secrets, repository permission: check it exists on your GitHub, or declare it under extra_permissions`,
      },
    ],
  },
  {
    name: 'valid: code_quality, in the catalog since the later page lists it',
    code: template({
      endpoints: ['GET /repos/{owner}/{repo}/code-quality/findings'],
      permissions: ['code_quality: read'],
    }),
    all: true,
    findings: [],
  },
  {
    name: 'an organization one, without endpoints',
    code: template({
      permissions: ['issue_fields: write'],
      tail: 'target_name: octodemo\n',
    }),
    findings: [
      {
        ...keyAt(0, 0, 'issue_fields'),
        message: 'lists it as Issue Fields, organization permission',
      },
    ],
  },
  {
    name: 'valid: declared under extra_permissions',
    code: template({ permissions: ['agent_secrets: read'] }),
    options: {
      catalog: new PermissionCatalog([
        {
          name: 'agent_secrets',
          displayName: 'Agent secrets',
          scope: 'repository',
          levels: ['read', 'write'],
        },
      ]),
    },
    all: true,
    findings: [],
  },
  {
    name: 'a name no data knows stays unknown-permission',
    code: template({ permissions: ['code_qualty: read'] }),
    all: true,
    findings: [
      {
        rule: 'unknown-permission',
        severity: 'error',
        ...keyAt(0, 0, 'code_qualty'),
        message: 'unknown permission "code_qualty"',
      },
    ],
  },
  {
    name: 'a name only Enterprise Server’s data knows: platform-availability says where',
    code: template({ permissions: ['repository_pre_receive_hooks: read'] }),
    all: true,
    findings: [
      {
        rule: 'platform-availability',
        severity: 'warning',
        ...keyAt(0, 0, 'repository_pre_receive_hooks'),
        message:
          "is not in GitHub's API data for GitHub.com (only for GitHub Enterprise Server 3.20): the token form there most likely lacks it; remove it, or if the tokens are for that GitHub, set platform: ghes-3.20 in the config",
      },
    ],
  },
])

describe('unknown-endpoint on a file of many typos', () => {
  it('skips the costly did-you-mean when asked (past 100 in a template)', () => {
    const text = 'GET /repos/{owner}/{repo}/pull/{pull_number}'
    expect(unknownEndpointMessage(text, lookupEndpoint(text), false)).toBe(
      `unknown endpoint "${text}": GitHub's data lists no such endpoint for fine-grained tokens; check the verb and path in the REST API docs, or remove the endpoint if it needs no permission (such as GET /rate_limit)`,
    )
  })

  it('reports each, and shows the first 100 with their did-you-mean', () => {
    const typo = 'GET /repos/{owner}/{repo}/pull/{pull_number}'
    const findings = lint(
      template({
        endpoints: Array.from({ length: 150 }, () => typo),
        permissions: ['pull_requests: read'],
      }),
    )
    // The engine's cap: 100 findings and one line for the rest.
    expect(findings).toHaveLength(101)
    for (const finding of findings.slice(0, 100))
      expect(finding.message).toContain('did you mean')
    expect(findings[100]!.message).toMatch(/^and 50 more findings/)
  })
})
