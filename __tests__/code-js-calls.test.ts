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
