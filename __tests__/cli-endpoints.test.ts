import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { runCli } from '../src/cli/main.js'
import type { CliIo } from '../src/cli/io.js'
import {
  joinEndpointArguments,
  suggestTemplate,
} from '../src/cli/suggest-command.js'
import { explainPermission } from '../src/cli/explain-command.js'
import { allEndpoints } from '../src/endpoints/index.js'
import { Linter } from '../src/lint/engine.js'
import { toTokenTemplate } from '../src/links/from-fields.js'
import { importedTemplateYaml } from '../src/links/import-url.js'

// `suggest` and `explain` through runCli, with the outside world in memory
// (the bundled CLI is run as a process in cli-endpoints-process.test.ts).

/** A folder with no config: the defaults apply. */
const EMPTY = mkdtempSync(join(tmpdir(), 'tt-cli-endpoints-'))

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd: EMPTY,
    env: {},
    color: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

function lint(yaml: string) {
  const linter = new Linter()
  linter.lintText('suggested.yml', yaml)
  return linter.finish()
}

const MODELINE =
  '# yaml-language-server: $schema=https://github.com/token-templates/token-templates/raw/main/schemas/token-template.schema.json'

describe('token-templates suggest', () => {
  it('prints the least-privilege template for the endpoints', async () => {
    const result = await run(
      'suggest',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/octo/hello/pulls',
      'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
    )
    expect(result).toEqual({
      code: 0,
      stdout: [
        MODELINE,
        'name: API token',
        'description: Calls the repos and pulls REST APIs',
        'endpoints:',
        '  - GET /repos/{owner}/{repo}/contents/{path}',
        '  - POST /repos/{owner}/{repo}/pulls',
        '  - PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
        'permissions:',
        '  contents: write',
        '  pull_requests: write',
        '',
      ].join('\n'),
      stderr: '',
    })
    expect(lint(result.stdout).findings).toEqual([])
  })

  it('takes --name, --description and --target, and VERB and path as two words', async () => {
    const result = await run(
      'suggest',
      'GET',
      '/orgs/{org}/members',
      '--name',
      'Member list',
      '--target',
      'octodemo',
      '--description',
      'Lists the members',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        MODELINE,
        'name: Member list',
        'description: Lists the members',
        'target_name: octodemo',
        'endpoints:',
        '  - GET /orgs/{org}/members',
        'permissions:',
        '  members: read',
        '',
      ].join('\n'),
    )
    expect(result.stderr).toBe('')
  })

  it('picks one of alternative sets and says where the data is not exact', async () => {
    const result = await run(
      'suggest',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/forks',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'permissions:\n  administration: write\n  contents: read\n  issues: write\n',
    )
    expect(result.stderr).toBe(
      [
        "token-templates: note: POST /repos/{owner}/{repo}/issues/{issue_number}/comments: GitHub's data is not exact for this endpoint: its alternatives are inferred from it",
        "token-templates: note: POST /repos/{owner}/{repo}/forks: GitHub's data is not exact for this endpoint: it does not say whether administration: write and contents: read are needed together or one is enough, so all are asked for",
        '',
      ].join('\n'),
    )
  })

  it('asks for metadata: read when the endpoints need only repository access', async () => {
    const result = await run('suggest', 'GET /repos/octo/hello')
    expect(result.stdout).toContain('permissions:\n  metadata: read\n')
    expect(lint(result.stdout).findings).toEqual([])
  })

  it('passes lint its own output, and shows what lint says on stderr', async () => {
    const result = await run('suggest', 'GET /orgs/{org}/members')
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'warning: organization permissions (members) work only when the resource owner is an organization: add target_name: <organization> [org-permission-needs-org-target]',
    )
  })

  it('exits 1 with one line per endpoint it cannot use, and no template', async () => {
    const result = await run(
      'suggest',
      'POST /repos/{owner}/{repo}/check-runs',
      'GET /repos/{owner}/{repo}/pull/{pull_number}',
      'DELETE /repos/o/r/pulls',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'FETCH /x',
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')).toEqual([
      'token-templates: fine-grained tokens cannot call the Checks API ("POST /repos/{owner}/{repo}/check-runs"), whatever the permissions: use a GitHub App with the checks permission, or GITHUB_TOKEN (checks: write) inside GitHub Actions; commit statuses work with the `statuses` permission',
      'token-templates: unknown endpoint "GET /repos/{owner}/{repo}/pull/{pull_number}": did you mean "GET /repos/{owner}/{repo}/pulls/{pull_number}"?',
      'token-templates: unknown endpoint "DELETE /repos/o/r/pulls": GitHub\'s data has this path only as GET and POST: check the verb, or remove the endpoint if it needs no permission (GitHub\'s data lists only endpoints that need one)',
      'token-templates: "FETCH /x" is not an endpoint: unknown HTTP verb "FETCH" (expected GET, POST, PUT, PATCH, DELETE)',
      '',
    ])
  })

  it('exits 1 when one token cannot hold what the endpoints need', async () => {
    const result = await run(
      'suggest',
      'GET /user/emails',
      'GET /orgs/{org}/members',
    )
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'token-templates: these endpoints need account permissions (emails) and organization permissions (members), which one token cannot hold: run suggest once for the endpoints of each\n',
    })
  })

  it.each([
    [[], 'suggest needs at least one endpoint'],
    [['GET /repos/o/r', '--name', 'n'.repeat(41)], '--name must be 1 to 40'],
    [['GET /repos/o/r', '--target', 'not a slug'], '--target must be a user'],
    [
      ['GET /repos/o/r', '--colour'],
      'token-templates suggest: unknown option --colour; see token-templates suggest --help',
    ],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await run('suggest', ...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
  })

  it('joins a verb and the path after it, and leaves the rest', async () => {
    expect(
      joinEndpointArguments([
        'get',
        '/repos/o/r',
        'POST /x',
        'GET',
        'https://api.github.com/user/emails',
        'PUT',
      ]),
    ).toEqual([
      'get /repos/o/r',
      'POST /x',
      'GET https://api.github.com/user/emails',
      'PUT',
    ])
  })

  it('holds for any few endpoints: its template lints with no missing or excess permission', async () => {
    const callable = allEndpoints().filter(
      (endpoint) => endpoint.sets.length > 0,
    )
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: callable.length - 1 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (indexes) => {
          const texts = indexes.map((i) => callable[i]!.id)
          const suggestion = suggestTemplate(texts, { target: 'octodemo' })
          if (!suggestion.ok) {
            // Only account and organization permissions together refuse.
            expect(suggestion.problems).toEqual([
              expect.stringContaining('which one token cannot hold'),
            ])
            return
          }
          const findings = lint(
            importedTemplateYaml(suggestion.fields),
          ).findings
          expect(
            findings.filter((f) =>
              [
                'missing-permission',
                'excess-permission',
                'unknown-endpoint',
                'endpoint-not-supported',
                'schema',
                'unknown-permission',
                'unsupported-access-level',
              ].includes(f.rule),
            ),
          ).toEqual([])
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('token-templates explain', () => {
  it('lists what a permission opens, by API category', async () => {
    const result = await run('explain', 'workflows')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        'workflows: Workflows (repository permission; level write)',
        "On GitHub.com, GitHub Enterprise Cloud and GitHub Enterprise Server 3.20, per GitHub's API data.",
        '',
        '6 REST endpoints on GitHub.com, by API category (endpoint, level it needs):',
        '',
        'git',
        '  POST /repos/{owner}/{repo}/git/refs  write (with contents: write) *',
        '  PATCH /repos/{owner}/{repo}/git/refs/{ref}  write (with contents: write) *',
        '',
        'releases',
        '  POST /repos/{owner}/{repo}/releases  write (with contents: write) *',
        '  PATCH /repos/{owner}/{repo}/releases/{release_id}  write (with contents: write) *',
        '',
        'repos',
        '  PUT /repos/{owner}/{repo}/contents/{path}  write (with contents: write) *',
        '  DELETE /repos/{owner}/{repo}/contents/{path}  write (with contents: write) *',
        '',
        "* GitHub's data is not exact for these endpoints: it marks their permissions as 'additional' without saying which are alternatives and which are needed together, so that part is inferred or assumed.",
        '',
      ].join('\n'),
    )
  })

  it('gives each endpoint the level it needs', async () => {
    const text = explainPermission('actions')
    expect(text).toContain(
      '\nactions\n  GET /repos/{owner}/{repo}/actions/artifacts  read\n',
    )
    expect(text).toContain(
      '  POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches  write\n',
    )
  })

  it('explains a permission of the API data that the catalog lacks', async () => {
    expect(explainPermission('agent_secrets')).toBe(
      [
        'agent_secrets: Agent secrets (repository permission; not in the catalog yet: declare it under extra_permissions in the config to use it)',
        "On GitHub.com and GitHub Enterprise Cloud, per GitHub's API data.",
        '',
        '6 REST endpoints on GitHub.com, by API category (endpoint, level it needs):',
        '',
        'agents',
        '  GET /repos/{owner}/{repo}/agents/organization-secrets  read',
        '  GET /repos/{owner}/{repo}/agents/secrets  read',
        '  GET /repos/{owner}/{repo}/agents/secrets/public-key  read',
        '  GET /repos/{owner}/{repo}/agents/secrets/{secret_name}  read',
        '  PUT /repos/{owner}/{repo}/agents/secrets/{secret_name}  write',
        '  DELETE /repos/{owner}/{repo}/agents/secrets/{secret_name}  write',
        '',
      ].join('\n'),
    )
  })

  it('explains code_quality from the catalog, now that the page lists it', async () => {
    expect(explainPermission('code_quality').split('\n')[0]).toBe(
      'code_quality: Code quality (repository permission; levels read, write)',
    )
  })

  it('says when the REST data lists no endpoint for a permission', async () => {
    expect(explainPermission('discussions')).toBe(
      [
        'discussions: Discussions (repository permission; levels read, write)',
        "GitHub's REST API data lists no endpoint for it: it serves other APIs (such as GraphQL) only.",
        '',
      ].join('\n'),
    )
  })

  it.each([
    [
      'pull_request',
      'unknown permission "pull_request": did you mean "pull_requests"?',
    ],
    ['checks', 'fine-grained tokens cannot call the Checks API'],
    ['repo', 'is a scope of classic tokens'],
  ])('exits 2 for %s', async (name, message) => {
    const result = await run('explain', name)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith('token-templates: ')).toBe(true)
    expect(result.stderr).toContain(message)
  })

  it('exits 2 without exactly one permission', async () => {
    expect((await run('explain')).code).toBe(2)
    expect((await run('explain', 'contents', 'issues')).code).toBe(2)
  })
})

describe('the usage text', () => {
  it('names suggest and explain', async () => {
    const { stdout } = await run('--help')
    expect(stdout).toContain('suggest ENDPOINT...')
    expect(stdout).toContain('explain PERMISSION')
  })
})

describe('toTokenTemplate', () => {
  it('keeps the endpoints that are text, for the docs table', async () => {
    expect(
      toTokenTemplate({ name: 'x', endpoints: ['GET /repos/o/r', 42, null] })
        .endpoints,
    ).toEqual(['GET /repos/o/r'])
    expect(toTokenTemplate({ name: 'x' }).endpoints).toBeUndefined()
  })
})
