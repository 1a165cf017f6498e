import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ApiCall, EmbeddedAt } from '../src/code/api-call.js'
import { findJsCalls, maskExpressions } from '../src/code/js-calls.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = `${ROOT}__tests__/fixtures/code/js/`

const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8')

/** A call on one line: `line:column kind route | source | reason`. */
const row = (c: ApiCall) =>
  [`${c.line}:${c.column} ${c.kind} ${c.route ?? '-'}`, c.source, c.reason]
    .filter((part) => part !== undefined)
    .join(' | ')

const rows = (source: string, file = 'x.js', options = {}) =>
  findJsCalls(source, file, undefined, options).calls.map(row)

const GRAPHQL = 'GraphQL: its permissions depend on the query'
const BUILT =
  'the path is built at run time: each ${...} in it is read as a parameter'

describe("findJsCalls on an Action's TypeScript source", () => {
  const file = 'src/main.ts'
  const found = findJsCalls(fixture('action/src/main.ts'), file)

  it('finds each call through paginate, casts, optional chaining and a class field, with its position', () => {
    expect(found.syntaxError).toBeUndefined()
    expect(found.calls.every((c) => c.file === file)).toBe(true)
    expect(found.calls.map(row)).toEqual([
      '13:24 rest GET /repos/{owner}/{repo}/issues | octokit.paginate(octokit.rest.issues.listForRepo)',
      '29:25 rest POST /repos/{owner}/{repo}/releases | octokit.rest.repos.createRelease',
      '35:22 rest GET /repos/{owner}/{repo}/pulls/{pull_number} | octokit.rest.pulls?.get',
      '39:11 rest POST /repos/{owner}/{repo}/issues/{issue_number}/comments | (octokit as Client).rest.issues.createComment',
      "45:28 rest GET /repos/{owner}/{repo}/releases | octokit.paginate.iterator('GET /repos/{owner}/{repo}/releases')",
      '57:11 rest POST /repos/{owner}/{repo}/issues/{issue_number}/labels | this.client.rest.issues.addLabels',
    ])
  })

  it('reads the older form on a parameter typed as a client, through a type alias', () => {
    const source = [
      'type Kit = ReturnType<typeof github.getOctokit>',
      'async function f(kit: Kit, other: Map<string, unknown>) {',
      '  await kit.issues.get({ owner, repo, issue_number: 1 })',
      '  other.issues.get()',
      '}',
    ].join('\n')
    expect(rows(source, 'a.ts')).toEqual([
      '3:9 rest GET /repos/{owner}/{repo}/issues/{issue_number} | kit.issues.get',
    ])
  })
})

/** The `script: |` block of a workflow: its text and where it sits. */
function scriptBlock(workflow: string): { body: string; at: EmbeddedAt } {
  const lines = workflow.split('\n')
  const start = lines.findIndex((line) => line.trim() === 'script: |') + 1
  const indent = /^ */.exec(lines[start]!)![0].length
  const body = lines
    .slice(start)
    .map((line) => line.slice(indent))
    .join('\n')
  return { body, at: { line: start + 1, column: () => indent + 1 } }
}

describe('findJsCalls on an actions/github-script body', () => {
  const workflow = fixture('release-notes.yml')
  const { body, at } = scriptBlock(workflow)
  const found = findJsCalls(body, '.github/workflows/release-notes.yml', at, {
    githubScript: true,
  })

  it('finds github.rest, the older github.x.y, request and graphql at their place in the workflow', () => {
    expect(found.syntaxError).toBeUndefined()
    expect(found.calls.map(row)).toEqual([
      '18:42 rest GET /repos/{owner}/{repo}/pulls/{pull_number} | github.rest.pulls.get',
      '22:19 rest POST /repos/{owner}/{repo}/issues/{issue_number}/comments | github.rest.issues.createComment',
      '27:99 rest PUT /repos/{owner}/{repo}/issues/{issue_number}/lock | github.rest.issues.lock',
      '28:19 rest POST /repos/{owner}/{repo}/issues/{issue_number}/labels | github.issues.addLabels',
      "29:19 rest GET /repos/{owner}/{repo}/commits/{ref}/check-runs | github.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs') | fine-grained tokens cannot call it",
      `33:34 graphql - | github.graphql | ${GRAPHQL}`,
    ])
  })

  it('points at the call itself in the file, after a masked ${{ }} on the same line', () => {
    const lines = workflow.split('\n')
    for (const call of found.calls) {
      const text = call.source.replace(/\(.*$/s, '')
      expect(
        lines[call.line - 1]!.slice(call.column - 1).startsWith(text),
      ).toBe(true)
    }
  })

  it('needs the github-script option for top-level return and a bare github', () => {
    const script =
      'if (!ok) return\nawait github.issues.lock({ ...context.repo })'
    expect(rows(script, 'x.js', { githubScript: true })).toEqual([
      '2:7 rest PUT /repos/{owner}/{repo}/issues/{issue_number}/lock | github.issues.lock',
    ])
    // Outside github-script, `github` is usually @actions/github itself.
    expect(rows(script)).toEqual([])
  })
})

describe('maskExpressions', () => {
  it('keeps every offset and line break, and a quoted }} inside the expression', () => {
    const text =
      "const n = ${{ github.event.number }}\nconst t = '${{ format('{0}}', x) }}'\n${{ a\n}} + 1"
    const masked = maskExpressions(text)
    const blank = (expression: string) => '_'.repeat(expression.length)
    expect(masked).toBe(
      `const n = ${blank('${{ github.event.number }}')}\n` +
        `const t = '${blank("${{ format('{0}}', x) }}")}'\n` +
        '_____\n__ + 1',
    )
    expect(masked).toHaveLength(text.length)
  })
})

describe('findJsCalls on a JavaScript maintenance script', () => {
  it('resolves request strings, templates, fetch to the API host; leaves the rest unresolved', () => {
    expect(rows(fixture('client.js'))).toEqual([
      "10:9 rest POST /repos/{owner}/{repo}/issues | octokit.request('POST /repos/{owner}/{repo}/issues')",
      `15:9 rest GET /repos/{owner}/{repo}/pulls/{pull_number}/files | octokit.request(\`GET /repos/\${owner}/\${repo}/pulls/\${kind}/files\`) | ${BUILT}`,
      '16:9 unresolved - | octokit.request(route) | the route is computed at run time',
      '17:9 unresolved - | octokit.rest.issues[kind] | the method name is computed at run time',
      '18:9 unresolved - | octokit.rest.issues.createComent | Octokit has no method issues.createComent (did you mean issues.createComment?)',
      `19:28 graphql - | octokit.graphql | ${GRAPHQL}`,
      `20:9 graphql - | octokit.request('POST /graphql') | ${GRAPHQL}`,
      "21:9 rest POST /repos/{owner}/{repo}/dispatches | fetch('https://api.github.com/repos/octo-org/hello-world/dispatches')",
      '26:9 rest GET /repos/{owner}/{repo}/releases/latest | fetch(`${API}/repos/${owner}/${repo}/releases/latest`)',
      '28:9 unresolved - | fetch(`https://api.github.com${path}`) | the path is computed at run time',
      "29:23 rest GET /repos/{owner}/{repo}/pulls | octokit.paginate('GET /repos/{owner}/{repo}/pulls')",
    ])
  })

  it('reads the older form only on names bound to a client', () => {
    expect(rows(fixture('bindings.js'))).toEqual([
      '16:11 rest PATCH /repos/{owner}/{repo}/releases/{release_id} | this.gh.repos.updateRelease',
      '21:9 rest POST /repos/{owner}/{repo}/issues/{issue_number}/comments | context.octokit.issues.createComment',
      '22:9 rest POST /repos/{owner}/{repo}/pulls | kit.pulls.create',
      '23:9 rest PUT /repos/{owner}/{repo}/issues/{issue_number}/lock | rest.issues.lock',
    ])
  })

  it('finds nothing in look-alikes', () => {
    expect(rows(fixture('look-alikes.js'))).toEqual([])
  })

  it('reads @octokit/request, the GraphQL paginator, endpoint.merge, the object form, renamed methods and misspelt scopes', () => {
    const source = [
      "import { request } from '@octokit/request'",
      "import { graphql as gql } from '@octokit/graphql'",
      "await request('GET /user/repos')",
      "await gql('{ viewer { login } }')",
      'const octokit = new Octokit()',
      'octokit.rest[scope][method]()',
      "octokit.graphql.paginate.iterator('query')",
      'octokit.paginate(octokit.rest.issues.listForRepo.endpoint.merge({}))',
      "octokit.request({ method: 'PATCH', url: '/repos/{owner}/{repo}' })",
      'octokit.rest.actions.getRepoPermissions()',
      'octokit.rest.isues.create()',
      'octokit.paginate(query)',
    ].join('\n')
    expect(rows(source, 'x.mjs')).toEqual([
      "3:7 rest GET /user/repos | request('GET /user/repos')",
      `4:7 graphql - | gql | ${GRAPHQL}`,
      '6:1 unresolved - | octokit.rest[scope][method] | the method name is computed at run time',
      `7:1 graphql - | octokit.graphql.paginate.iterator | ${GRAPHQL}`,
      '8:1 rest GET /repos/{owner}/{repo}/issues | octokit.paginate(octokit.rest.issues.listForRepo.endpoint.merge({}))',
      "9:1 rest PATCH /repos/{owner}/{repo} | octokit.request({ method: 'PATCH', url: '/repos/{owner}/{repo}' })",
      '10:1 rest GET /repos/{owner}/{repo}/actions/permissions | octokit.rest.actions.getRepoPermissions | renamed to actions.getGithubActionsPermissionsRepository',
      '11:1 unresolved - | octokit.rest.isues.create | Octokit has no scope isues (did you mean issues.create?)',
      '12:1 unresolved - | octokit.paginate(query) | the route is computed at run time',
    ])
  })

  it('parses type annotations in a .js file through the TypeScript grammar, and JSX', () => {
    expect(rows('const a: number = 1\noctokit.rest.repos.get()')).toEqual([
      '2:1 rest GET /repos/{owner}/{repo} | octokit.rest.repos.get',
    ])
    expect(
      rows('const v = <b>{octokit.rest.repos.get()}</b>', 'v.jsx'),
    ).toEqual(['1:15 rest GET /repos/{owner}/{repo} | octokit.rest.repos.get'])
  })

  it('cuts a long source to 80 characters and joins a chain split over lines', () => {
    const [call] = findJsCalls(
      `octokit.request('GET /repos/{owner}/{repo}/${'x/'.repeat(40)}')\nawait github\n  .rest.issues.get()`,
      'x.js',
    ).calls
    expect(call!.source).toHaveLength(80)
    expect(call!.source.endsWith('…')).toBe(true)
    expect(rows('await github\n  .rest.issues.get()')).toEqual([
      '1:7 rest GET /repos/{owner}/{repo}/issues/{issue_number} | github.rest.issues.get',
    ])
  })
})

const TAKEN = (into: string) =>
  `the client's methods are taken into ${into}: calls through it are not followed`
const OLDER = (method: string, route: string) =>
  `looks like Octokit's older X.scope.method form on a value not known to be a client (${method} is ${route})`
const CAUTIOUS = { cautious: true }

describe('findJsCalls through parts of a client taken into names', () => {
  const source = fixture('aliases.js')
  const resolved = [
    '13:9 rest POST /repos/{owner}/{repo}/releases | rest.repos.createRelease',
    '14:9 rest DELETE /repos/{owner}/{repo} | repos.delete',
    '15:9 rest POST /repos/{owner}/{repo}/issues | issues.create',
    '16:9 rest PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge | api.merge',
    '17:9 rest POST /repos/{owner}/{repo}/releases | createRelease',
    '18:9 rest POST /repos/{owner}/{repo}/git/refs | git.createRef',
    '19:9 rest GET /repos/{owner}/{repo} | octokit.rest.repos.get.call',
    '20:9 rest GET /repos/{owner}/{repo}/actions/workflows | octokit.rest.actions.listRepoWorkflows.apply',
    '21:9 rest POST /repos/{owner}/{repo}/check-runs | octokit.rest.checks.create.bind(octokit) | fine-grained tokens cannot call it',
    "22:9 rest GET /repos/{owner}/{repo}/branches | request('GET /repos/{owner}/{repo}/branches')",
    '23:10 rest GET /repos/{owner}/{repo}/issues | octokit.paginate(issues.listForRepo)',
    '30:11 rest PATCH /repos/{owner}/{repo}/releases/{release_id} | this.releases.updateRelease',
    '31:11 rest POST /repos/{owner}/{repo}/releases/{release_id}/assets | kit.repos.uploadReleaseAsset | on uploads.github.com',
  ]

  it('resolves { rest }, { repos } of .rest, a scope, a method, nested patterns, call/apply/bind, a class field and a default', () => {
    expect(rows(source)).toEqual(resolved)
  })

  it('resolves the same when cautious, with nothing left unresolved', () => {
    expect(rows(source, 'x.js', CAUTIOUS)).toEqual(resolved)
  })

  it('follows a part of github in a github-script body, and .bind kept in a name', () => {
    const script = [
      'const { repos, issues } = github.rest',
      'const lock = github.rest.issues.lock.bind(github)',
      'await repos.createRelease({ ...context.repo, tag_name: tag })',
      'await lock({ ...context.repo, issue_number: 1 })',
      "const { rest } = github; await rest.git.deleteRef({ ...context.repo, ref: 'tags/x' })",
    ].join('\n')
    expect(rows(script, 'x.js', { githubScript: true })).toEqual([
      '3:7 rest POST /repos/{owner}/{repo}/releases | repos.createRelease',
      '4:7 rest PUT /repos/{owner}/{repo}/issues/{issue_number}/lock | lock',
      '5:32 rest DELETE /repos/{owner}/{repo}/git/refs/{ref} | rest.git.deleteRef',
    ])
  })
})

describe('findJsCalls where parts of a client go where they are not followed', () => {
  const source = fixture('unfollowed.js')
  const unfollowed = [
    `5:22 unresolved - | octokit.rest | ${TAKEN('the property "api"')}`,
    `6:9 unresolved - | octokit.rest.repos | ${TAKEN('an argument of publish()')}`,
    `7:9 unresolved - | [process.env.SCOPE]: chosen | ${TAKEN('"chosen"')}`,
    `8:7 unresolved - | [first] | ${TAKEN('"[first]"')}`,
    `9:26 unresolved - | octokit.rest.repos.get | ${TAKEN('an export')}`,
    `10:22 unresolved - | octokit.rest.pulls | ${TAKEN('an export "pulls"')}`,
    `11:21 unresolved - | octokit.rest.git | ${TAKEN('a return value')}`,
  ]
  const ambiguous =
    '"api" holds different parts of the client in different places: calls through it are not followed'

  it('reports each as unresolved, never the client itself going to a function or an object; a name given two parts is not read as either', () => {
    expect(rows(source)).toEqual([
      ...unfollowed,
      `19:10 unresolved - | api.get | ${ambiguous}`,
      `24:10 unresolved - | api.get | ${ambiguous}`,
    ])
  })

  it('when cautious, also reports the older form on an untyped parameter', () => {
    expect(rows(source, 'x.js', CAUTIOUS)).toEqual([
      ...unfollowed,
      `14:10 unresolved - | client.repos.createRelease | ${OLDER('repos.createRelease', 'POST /repos/{owner}/{repo}/releases')}`,
      `19:10 unresolved - | api.get | ${ambiguous}`,
      `24:10 unresolved - | api.get | ${ambiguous}`,
    ])
  })

  it('reports an export list and a spread, not a re-export from elsewhere nor a test of the value', () => {
    const source = [
      'const octokit = new Octokit()',
      'const api = octokit.rest.repos',
      'export { api }',
      "export { x } from './y.js'",
      'const all = { ...octokit.rest }',
      'if (api && typeof octokit.rest.repos.get === "function") api.get()',
    ].join('\n')
    expect(rows(source, 'x.mjs')).toEqual([
      `3:10 unresolved - | api | ${TAKEN('an export')}`,
      `5:18 unresolved - | octokit.rest | ${TAKEN('a spread')}`,
      '6:58 rest GET /repos/{owner}/{repo} | api.get',
    ])
  })
})

describe('findJsCalls, cautious', () => {
  it('reports look-alikes of the older form on an unbound name, never on a module or a known client', () => {
    expect(rows(fixture('look-alikes.js'), 'x.js', CAUTIOUS)).toEqual([
      `14:3 unresolved - | octokit.issues.create | ${OLDER('issues.create', 'POST /repos/{owner}/{repo}/issues')}`,
    ])
    expect(rows(fixture('bindings.js'), 'x.js', CAUTIOUS)).toEqual(
      rows(fixture('bindings.js')),
    )
  })

  it('reads only exact methods of the older form: a scope alone or a method Octokit lacks is no call', () => {
    const source = [
      'function f(octokit, cache) {',
      '  octokit.repos.createRelese()',
      '  cache.users.list()',
      '  cache.size.get()',
      '}',
    ].join('\n')
    expect(rows(source, 'x.js', CAUTIOUS)).toEqual([
      `3:3 unresolved - | cache.users.list | ${OLDER('users.list', 'GET /users')}`,
    ])
    expect(rows(source)).toEqual([])
  })

  it('reports a local script a github-script body runs, not a package', () => {
    const script = [
      "const run = require('./scripts/label.js')",
      'await run({ github, context })',
      "const { default: tag } = await import('../tag.mjs')",
      "const fs = require('fs'), core2 = require('@actions/core')",
      'require(`${process.env.GITHUB_WORKSPACE}/ci/notify.js`)({ github })',
      "await require('node:child_process')",
    ].join('\n')
    const both = { githubScript: true, cautious: true }
    expect(rows(script, 'x.js', both)).toEqual([
      "1:13 unresolved - | require('./scripts/label.js') | the script runs ./scripts/label.js: its calls are not followed",
      "3:32 unresolved - | import('../tag.mjs') | the script runs ../tag.mjs: its calls are not followed",
      '5:1 unresolved - | require(`${process.env.GITHUB_WORKSPACE}/ci/notify.js`) | the script runs ${process.env.GITHUB_WORKSPACE}/ci/notify.js: its calls are not followed',
    ])
    expect(rows(script, 'x.js', { githubScript: true })).toEqual([])
    // Outside github-script, a local module is the code's own: the glob names it.
    expect(rows(script, 'x.js', CAUTIOUS)).toEqual([])
  })
})

describe('findJsCalls on a file that does not parse', () => {
  it('keeps the calls on both sides of a broken line and reports the error', () => {
    const found = findJsCalls(fixture('broken.js'), 'broken.js')
    expect(found.syntaxError).toEqual({
      line: 9,
      column: 29,
      message: 'Unexpected token, expected ","',
    })
    expect(found.calls.map(row)).toEqual([
      '5:9 rest POST /repos/{owner}/{repo}/issues | octokit.rest.issues.create',
      '10:9 rest PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge | octokit.rest.pulls.merge',
      '14:9 rest DELETE /repos/{owner}/{repo} | octokit.rest.repos.delete',
    ])
  })

  it('closes what is left open at the end to keep the calls before it', () => {
    const found = findJsCalls(fixture('unclosed.js'), 'unclosed.js')
    expect(found.syntaxError).toEqual({
      line: 8,
      column: 1,
      message: 'Unexpected token, expected ","',
    })
    expect(found.calls.map(row)).toEqual([
      '4:9 rest POST /repos/{owner}/{repo}/issues | octokit.rest.issues.create',
      '6:11 rest GET /repos/{owner}/{repo}/pulls | octokit.rest.pulls.list',
    ])
  })

  it('never reads commented-out code as calls, and maps the error through the embedding', () => {
    const at: EmbeddedAt = { line: 10, column: () => 5 }
    const found = findJsCalls(
      'octokit.rest.issues.get()\n/* open comment\noctokit.rest.repos.delete()',
      'w.yml',
      at,
      { githubScript: true },
    )
    expect(found.calls.map(row)).toEqual([
      '10:5 rest GET /repos/{owner}/{repo}/issues/{issue_number} | octokit.rest.issues.get',
    ])
    expect(found.syntaxError).toEqual({
      line: 11,
      column: 5,
      message: 'Unterminated comment',
    })
  })
})
