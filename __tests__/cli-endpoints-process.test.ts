import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  runCli as cli,
  workspace as tempWorkspace,
} from './support/cli-process.js'

// The bundled CLI (dist/cli/index.js, from `npm run build`) as a user runs
// it: `suggest` writes a template that `lint` then passes clean.

function workspace(): string {
  const root = tempWorkspace({}, 'tt-cli-suggest-')
  mkdirSync(join(root, '.github/token-templates'), { recursive: true })
  return root
}

describe('dist/cli/index.js suggest', () => {
  it.each([
    [
      'contents, pull requests and a workflow dispatch',
      [
        'GET /repos/{owner}/{repo}/contents/{path}',
        'PUT /repos/{owner}/{repo}/contents/{path}',
        'GET',
        '/repos/octo/hello/pulls',
        'POST /repos/{owner}/{repo}/pulls',
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      ],
    ],
    [
      'organization members, for an organization',
      ['GET /orgs/{org}/members', '--target', 'octodemo', '--name', 'Members'],
    ],
  ])(
    'writes a template for %s that lints clean, with no excess permission',
    (_case, args) => {
      const root = workspace()
      const suggested = cli(['suggest', ...args], root)
      expect(suggested.status).toBe(0)
      expect(suggested.stdout).toMatch(/^# yaml-language-server: \$schema=/)
      writeFileSync(
        join(root, '.github/token-templates/suggested.yml'),
        suggested.stdout,
      )
      const linted = cli(['lint', '--format', 'json'], root)
      expect(linted.stderr).toBe('')
      expect(JSON.parse(linted.stdout)).toEqual({
        diagnostics: [],
        summary: {
          files: 1,
          templates: 1,
          errors: 0,
          warnings: 0,
          notices: 0,
        },
      })
      expect(linted.status).toBe(0)
    },
  )

  it('writes the least grant: one alternative, the higher level only', () => {
    const root = workspace()
    const { stdout } = cli(
      [
        'suggest',
        'GET /repos/{owner}/{repo}/contents/{path}',
        'PUT /repos/{owner}/{repo}/contents/{path}',
        'POST /repos/{owner}/{repo}/pulls',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      ],
      root,
    )
    // pull_requests: write also allows commenting: no issues permission.
    expect(stdout).toContain(
      'permissions:\n  contents: write\n  pull_requests: write\n',
    )
  })

  it('exits 1 for an endpoint fine-grained tokens cannot call', () => {
    const result = cli(
      ['suggest', 'POST /repos/{owner}/{repo}/check-runs'],
      workspace(),
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      'token-templates: fine-grained tokens cannot call the Checks API',
    )
  })

  it('explains a permission', () => {
    const result = cli(['explain', 'members'], workspace())
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /^members: Members \(organization permission; levels read, write\)\n/,
    )
    expect(result.stdout).toContain('\norgs\n')
    expect(result.stdout).toContain('\n  GET /orgs/{org}/members  read\n')
  })
})
