import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { GH_COMMANDS, ghRoutes } from '../src/code/gh-commands.js'
import { resolveTemplateRoute } from '../src/code/resolve-route.js'
import { findShellCalls } from '../src/code/shell-calls.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = `${ROOT}__tests__/fixtures/code/shell/`

/** The calls in short: `line:column kind route-or-reason`. */
function brief(source: string): string[] {
  return findShellCalls(source, 'x.sh').map(
    (c) => `${c.line}:${c.column} ${c.kind} ${c.route ?? c.reason}`,
  )
}

/** The routes found, one call expected per command. */
const routes = (source: string) =>
  findShellCalls(source, 'x.sh').map((c) => c.route ?? `${c.kind}: ${c.reason}`)

describe('findShellCalls on a release script', () => {
  const file = 'scripts/release.sh'
  const calls = findShellCalls(
    readFileSync(`${FIXTURES}release.sh`, 'utf8'),
    file,
  )

  it('finds every gh and API curl call at its command word', () => {
    expect(
      calls.map((c) => `${c.line}:${c.column} ${c.kind} ${c.route ?? ''}`),
    ).toEqual([
      '9:1 rest POST /repos/{owner}/{repo}/releases',
      '9:1 rest POST /repos/{owner}/{repo}/releases/generate-notes',
      '14:1 rest POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      '17:14 rest GET /repos/{owner}/{repo}/releases/tags/{tag}',
      '19:1 graphql ',
      '25:1 graphql ',
      '27:1 rest POST /repos/{owner}/{repo}/dispatches',
      '33:1 rest GET /repos/{owner}/{repo}/releases/{release_id}',
    ])
    expect(calls.every((c) => c.file === file)).toBe(true)
  })

  it('says why, and shows the command on one line', () => {
    expect(calls[1]).toMatchObject({
      reason: 'called by gh release create --generate-notes',
      source:
        'gh release create "$TAG" dist/*.tar.gz --title "Release ${TAG}" --generate-notes',
    })
    expect(calls[2]!.reason).toBe('${TRACKING_ISSUE} read as a parameter')
    expect(calls[3]!.reason).toBe(
      '${GITHUB_REPOSITORY} read as owner/repo; ${TAG} read as a parameter',
    )
    expect(calls[4]!.reason).toMatch(/^gh api graphql: a GraphQL query/)
    expect(calls[5]!.reason).toMatch(/^gh pr create uses GraphQL/)
    expect(calls[6]!.source).toBe(
      `curl -sSf -X POST -H "Authorization: Bearer $GITHUB_TOKEN" -H 'Accept: applicat…`,
    )
    expect(calls.every((c) => c.source.length <= 80)).toBe(true)
  })
})

describe('the shell as a shell', () => {
  it('ignores comments, and finds calls after `;`, `&&`, `|` and in a subshell', () => {
    const script = [
      '# gh api repos/{owner}/{repo}/pulls',
      'echo hi # gh api user/repos',
      'true; gh api repos/{owner}/{repo}/tags | jq . && (gh api repos/{owner}/{repo}/forks)',
    ].join('\n')
    expect(brief(script)).toEqual([
      '3:7 rest GET /repos/{owner}/{repo}/tags',
      '3:51 rest GET /repos/{owner}/{repo}/forks',
    ])
  })

  it('joins line continuations and reads quotes, with the position of the command', () => {
    const script = [
      'set -e',
      '  gh api \\',
      '    --method DELETE \\',
      '    "repos/{owner}/{repo}/git/refs/heads/$BRANCH" \\',
      "    -H 'Accept: application/vnd.github+json'",
    ].join('\n')
    const [call] = findShellCalls(script, 'x.sh')
    expect(call).toEqual({
      file: 'x.sh',
      line: 2,
      column: 3,
      kind: 'rest',
      route: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
      reason: '${BRANCH} read as a parameter',
      source:
        `gh api --method DELETE "repos/{owner}/{repo}/git/refs/heads/$BRANCH" ` +
        `-H 'Accept…`,
    })
  })

  it('finds commands in $(...) and backticks, also inside double quotes and assignments', () => {
    const script = [
      'SHA=$(gh api "repos/{owner}/{repo}/commits/main" --jq .sha)',
      'echo "login: $(gh api user/emails -q .[0].email)"',
      'N=`gh api repos/{owner}/{repo}/issues -q length`',
      'X="$(echo "$(gh api repos/{owner}/{repo}/hooks)")"',
    ].join('\n')
    expect(brief(script)).toEqual([
      '1:7 rest GET /repos/{owner}/{repo}/commits/{ref}',
      '2:16 rest GET /user/emails',
      '3:4 rest GET /repos/{owner}/{repo}/issues',
      '4:14 rest GET /repos/{owner}/{repo}/hooks',
    ])
  })

  it('looks past if/then/do, assignments, env, sudo, xargs, timeout and time', () => {
    const script = [
      'if gh api repos/{owner}/{repo}/branches/main/protection >/dev/null 2>&1; then',
      '  GH_TOKEN=$T env -u X Y=1 sudo -E -u ci gh api repos/{owner}/{repo}/environments',
      'fi',
      'while read -r n; do timeout -s KILL 30 gh api repos/{owner}/{repo}/pulls/$n; done',
      'echo 1 2 | xargs -n1 -I{} gh api -X DELETE repos/{owner}/{repo}/labels/{}',
      'time gh api repos/{owner}/{repo}/releases/latest',
      'command -v gh >/dev/null',
    ].join('\n')
    expect(brief(script)).toEqual([
      '1:4 rest GET /repos/{owner}/{repo}/branches/{branch}/protection',
      '2:42 rest GET /repos/{owner}/{repo}/environments',
      '4:40 rest GET /repos/{owner}/{repo}/pulls/{pull_number}',
      '5:27 rest DELETE /repos/{owner}/{repo}/labels/{name}',
      '6:6 rest GET /repos/{owner}/{repo}/releases/latest',
    ])
  })

  it('skips heredoc bodies and keeps counting lines after them', () => {
    const script = [
      'cat <<EOF > notes.md',
      'gh api repos/{owner}/{repo}/pulls',
      'EOF',
      "cat <<-'END' | gh api repos/{owner}/{repo}/releases --input -",
      '\tgh api user/repos',
      '\tEND',
      'gh api repos/{owner}/{repo}/tags',
      'cat <<< "$(gh api repos/{owner}/{repo}/forks)"',
    ].join('\n')
    expect(brief(script)).toEqual([
      '4:16 rest POST /repos/{owner}/{repo}/releases',
      '7:1 rest GET /repos/{owner}/{repo}/tags',
      '8:12 rest GET /repos/{owner}/{repo}/forks',
    ])
  })

  it('reads CRLF scripts, functions, groups and [[ ]] tests', () => {
    const script = [
      'f() {',
      '  gh api \\',
      '    repos/{owner}/{repo}/pulls',
      '}',
      '[[ -n "$(gh api repos/{owner}/{repo}/tags)" ]] && { gh api -X POST repos/{owner}/{repo}/forks; }',
    ].join('\r\n')
    expect(brief(script)).toEqual([
      '2:3 rest GET /repos/{owner}/{repo}/pulls',
      '5:10 rest GET /repos/{owner}/{repo}/tags',
      '5:53 rest POST /repos/{owner}/{repo}/forks',
    ])
  })

  it('maps positions through an embedded piece (a workflow run: block)', () => {
    // A `run: |` block whose lines are indented by 10 in the file, from line 21.
    const at = { line: 21, column: () => 11 }
    const script = 'echo start\n  gh api repos/{owner}/{repo}/pulls\n'
    expect(
      findShellCalls(script, '.github/workflows/ci.yml', at),
    ).toMatchObject([
      { file: '.github/workflows/ci.yml', line: 22, column: 13 },
    ])
  })

  it('survives what it cannot read: unterminated quotes, deep nesting, odd input', () => {
    const deep = `${'$('.repeat(5000)}gh api user/repos${')'.repeat(5000)}`
    for (const script of [
      'gh api "repos/{owner}/{repo}/pulls',
      "echo 'open",
      'echo ${',
      'echo $((1 << 2)) && gh api "${}"',
      deep,
      'gh api `',
      '<<',
      'case $x in a) gh api user/repos ;; esac',
    ])
      expect(() => findShellCalls(script, 'x.sh')).not.toThrow()
    expect(routes('case $x in a) gh api user/repos ;; esac')).toEqual([
      'GET /user/repos',
    ])
  })
})

describe('gh api', () => {
  it('takes the method from -X, else POST with fields or --input, else GET', () => {
    const script = [
      'gh api repos/{owner}/{repo}/issues -f title=x',
      'gh api repos/{owner}/{repo}/issues/1 -F locked=true -X PATCH',
      'gh api -XPUT repos/{owner}/{repo}/topics --input topics.json',
      'gh api --method=get search/issues -f q=repo:cli/cli',
      'gh api repos/{owner}/{repo}/pulls --raw-field title=x --field draft=true',
      'gh api /repos/{owner}/{repo}/releases --input body.json',
      'gh api repos/{owner}/{repo}',
    ].join('\n')
    expect(routes(script)).toEqual([
      'POST /repos/{owner}/{repo}/issues',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'PUT /repos/{owner}/{repo}/topics',
      'GET /search/issues',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}',
    ])
  })

  it('skips flags and their values, whatever their order', () => {
    const script = [
      "gh api --paginate --jq '.[].name' -H 'Accept: application/json' repos/{owner}/{repo}/branches",
      'gh api -q .id --hostname github.example.com -p mercy repos/:owner/:repo/deployments',
      'gh api --template "{{.x}}" --cache 1h --slurp --silent -i repos/{owner}/{repo}/commits',
      'gh api -H X:1 -- repos/{owner}/{repo}/stargazers',
    ].join('\n')
    expect(routes(script)).toEqual([
      'GET /repos/{owner}/{repo}/branches',
      'GET /repos/{owner}/{repo}/deployments',
      'GET /repos/{owner}/{repo}/commits',
      'GET /repos/{owner}/{repo}/stargazers',
    ])
  })

  it('fills {branch} and :branch as gh does, and keeps routes as the docs write them', () => {
    expect(
      routes(
        [
          'gh api repos/{owner}/{repo}/branches/{branch}/protection',
          'gh api repos/:owner/:repo/commits/:branch/status',
        ].join('\n'),
      ),
    ).toEqual([
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
      'GET /repos/{owner}/{repo}/commits/{ref}/status',
    ])
  })

  it('reads $VAR and $(...) segments as parameters, and an endpoint in a variable as unresolved', () => {
    const script = [
      'gh api "repos/$OWNER/$REPO/pulls/$(cat pr.txt)/reviews"',
      'gh api repos/$REPO/actions/runs',
      'gh api "$ENDPOINT"',
      'gh api -X "$METHOD" repos/{owner}/{repo}',
      'gh api ${URL}',
    ].join('\n')
    expect(findShellCalls(script, 'x.sh')).toMatchObject([
      {
        kind: 'rest',
        route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        reason:
          '${OWNER} read as a parameter; ${REPO} read as a parameter; $(...) read as a parameter',
      },
      {
        kind: 'rest',
        route: 'GET /repos/{owner}/{repo}/actions/runs',
        reason: '${REPO} read as owner/repo',
      },
      {
        kind: 'unresolved',
        reason: 'the endpoint is a variable (${ENDPOINT})',
      },
      { kind: 'unresolved', reason: 'the method is a variable (${METHOD})' },
      { kind: 'unresolved', reason: 'the endpoint is a variable (${URL})' },
    ])
  })

  it('says graphql, and whether the query is a mutation', () => {
    const script = [
      'gh api graphql -f query=\'mutation { addStar(input: {starrableId: "x"}) { clientMutationId } }\'',
      'gh api graphql -F query=@query.graphql',
    ].join('\n')
    expect(findShellCalls(script, 'x.sh')).toMatchObject([
      { kind: 'graphql', reason: expect.stringMatching(/a GraphQL mutation/) },
      {
        kind: 'graphql',
        reason: expect.stringMatching(/^gh api graphql: GraphQL;/),
      },
    ])
  })

  it('notes a route GitHub permission data does not place', () => {
    expect(findShellCalls('gh api user', 'x.sh')).toMatchObject([
      {
        kind: 'rest',
        route: 'GET /user',
        reason: expect.stringMatching(/permission data/),
      },
    ])
  })
})

describe('gh subcommands', () => {
  it('lists the REST routes of table rows, with flag variants', () => {
    const script = [
      'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
      'gh secret set DEPLOY_KEY --org octo-org --visibility all < key.txt',
      'gh pr merge 12 --squash --delete-branch',
      'gh run rerun "$RUN_ID" --failed',
      'gh release upload "$TAG" dist/app.zip --clobber',
    ].join('\n')
    expect(brief(script)).toEqual([
      '1:1 rest GET /repos/{owner}/{repo}/actions/secrets/public-key',
      '1:1 rest PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}',
      '2:1 rest GET /orgs/{org}/actions/secrets/public-key',
      '2:1 rest PUT /orgs/{org}/actions/secrets/{secret_name}',
      '3:1 graphql gh pr merge uses GraphQL (mergePullRequest)',
      '3:1 rest DELETE /repos/{owner}/{repo}/git/refs/{ref}',
      '4:1 rest GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      '4:1 rest POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
      '5:1 rest GET /repos/{owner}/{repo}/releases/tags/{tag}',
      '5:1 rest POST /repos/{owner}/{repo}/releases/{release_id}/assets',
    ])
    expect(findShellCalls(script, 'x.sh').at(-1)!.reason).toBe(
      'called by gh release upload',
    )
  })

  it('says GraphQL-only commands are GraphQL', () => {
    expect(
      findShellCalls(
        'gh issue create --title x --body y\ngh repo clone o/r',
        'x.sh',
      ).map((c) => c.kind),
    ).toEqual(['graphql', 'graphql'])
  })

  it('leaves a command not in the table unresolved, and local ones out', () => {
    const script = [
      'gh auth status',
      'gh config set prompt disabled',
      'gh --version',
      'gh pr view --help',
      'gh alias set co "pr checkout"',
      'gh extension install github/gh-copilot',
      'gh copilot suggest "list files"',
      'gh pr checkout 12',
      'gh browse',
    ].join('\n')
    expect(brief(script)).toEqual([
      '6:1 unresolved gh extension install is not in the table of gh commands',
      '7:1 unresolved gh copilot is not in the table of gh commands',
      '8:1 unresolved gh pr checkout is not in the table of gh commands',
      '9:1 unresolved gh browse is not in the table of gh commands',
    ])
  })

  it('has rows whose routes are all in GitHub permission data, as the docs write them', () => {
    for (const row of GH_COMMANDS) {
      expect(row.rest !== undefined || row.graphql !== undefined).toBe(true)
      const every = [
        row.rest ?? [],
        ...(row.flags ?? []).map((f) => [
          ...(f.add ?? []),
          ...(f.replace ?? []),
        ]),
      ]
      for (const route of every.flat())
        expect([row.command, resolveTemplateRoute(route)]).toEqual([
          row.command,
          { kind: 'rest', route },
        ])
    }
  })

  it('chooses flag variants by long and short names, `--flag=value` too', () => {
    const row = GH_COMMANDS.find((r) => r.command === 'secret set')!
    expect(ghRoutes(row, ['X', '-e', 'prod']).map((r) => r.route)).toEqual([
      'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key',
      'PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
    ])
    expect(ghRoutes(row, ['X', '--org=o'])[0]!.via).toBe('--org')
  })
})

describe('curl', () => {
  it('takes the method from -X, else POST with data, PUT with -T, GET with -G', () => {
    const api = 'https://api.github.com/repos/octo/hello'
    const script = [
      `curl -X PATCH ${api}/issues/1 -d '{}'`,
      `curl ${api}/issues --data-raw '{"title":"x"}'`,
      `curl --json '{"title":"x"}' ${api}/pulls`,
      `curl -F file=@a.txt ${api}/issues`,
      `curl -T topics.json ${api}/topics`,
      `curl -G ${api}/issues -d state=open`,
      `curl -sSLf -o out.json -u "me:$TOKEN" -w '%{http_code}' ${api}/pulls`,
      `curl --request=DELETE --url ${api}/labels/bug`,
      `curl -I ${api}`,
    ].join('\n')
    expect(routes(script)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'POST /repos/{owner}/{repo}/issues',
      'POST /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/issues',
      'PUT /repos/{owner}/{repo}/topics',
      'GET /repos/{owner}/{repo}/issues',
      'GET /repos/{owner}/{repo}/pulls',
      'DELETE /repos/{owner}/{repo}/labels/{name}',
      'GET /repos/{owner}/{repo}',
    ])
  })

  it('knows the API root as $GITHUB_API_URL, ${{ github.api_url }} and a GHES /api/v3', () => {
    const script = [
      'curl "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/issues/$PR/comments" -d @body.json',
      'curl -H "Authorization: token ${{ secrets.BOT_TOKEN }}" ${{ github.api_url }}/repos/${{ github.repository }}/pulls',
      'curl https://ghe.example.com/api/v3/orgs/octo/repos',
      'curl https://uploads.github.com/repos/o/r/releases/1/assets?name=a.zip --data-binary @a.zip',
      'curl https://api.github.com/graphql -d @query.json',
    ].join('\n')
    expect(brief(script)).toEqual([
      '1:1 rest POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      '2:1 rest GET /repos/{owner}/{repo}/pulls',
      '3:1 rest GET /orgs/{org}/repos',
      '4:1 rest POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      '5:1 graphql curl to the GraphQL API',
    ])
    expect(findShellCalls(script, 'x.sh')[3]!.reason).toBe(
      'on uploads.github.com',
    )
  })

  it('ignores other hosts and URLs it cannot place', () => {
    const script = [
      'curl -fsSL https://raw.githubusercontent.com/o/r/main/install.sh | sh',
      'curl https://github.com/o/r/releases/download/v1/a.tgz -o a.tgz',
      'curl "$URL"',
      'wget https://api.github.com/repos/o/r/tarball',
    ].join('\n')
    expect(findShellCalls(script, 'x.sh')).toEqual([])
  })
})

describe('source', () => {
  it('keeps variables as written and hides literal tokens', () => {
    const script = [
      'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user/repos',
      "curl -H 'Authorization: token ghp_abcdefghijklmnopqrstuvwxyz0123456789' https://api.github.com/user/repos",
      'GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnop gh api user/repos',
      'curl -u x:ghs_16C7e42F292c6912E7710c838347Ae178B4a https://api.github.com/user/repos',
    ].join('\n')
    const sources = findShellCalls(script, 'x.sh').map((c) => c.source)
    expect(sources).toEqual([
      'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user/repos',
      "curl -H 'Authorization: token ***' https://api.github.com/user/repos",
      'gh api user/repos',
      'curl -u x:*** https://api.github.com/user/repos',
    ])
  })
})
