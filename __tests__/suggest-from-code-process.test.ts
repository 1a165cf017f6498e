import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runCli, workspace } from './support/cli-process.js'

// `token-templates suggest --from-code` run as a process on real-shaped
// code (issue 19): an Action's TypeScript source, a workflow with
// actions/github-script and a secret token, a shell script with gh, a curl
// script. Each sample's calls, positions, unresolved calls and template
// are written out by hand from the fixture text below.

const SAMPLES = resolve('__tests__/fixtures/code/samples')

const ACTION = 'src/main.ts'
const WORKFLOW = '.github/workflows/release-notes.yml'
const GH_SCRIPT = 'scripts/publish.sh'
const CURL_SCRIPT = 'scripts/notify.sh'
const SAMPLE_FILES = [ACTION, WORKFLOW, GH_SCRIPT, CURL_SCRIPT]

/** The four samples, as files of a fresh workspace, with `extra` files. */
function sampleWorkspace(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {}
  for (const file of SAMPLE_FILES)
    files[file] = readFileSync(join(SAMPLES, file), 'utf8')
  return workspace({ ...files, ...extra }, 'tt-from-code-')
}

interface Call {
  file: string
  line: number
  column: number
  kind: 'rest' | 'graphql' | 'unresolved'
  route?: string
  reason?: string
  source: string
}

interface JsonOutput {
  calls: Call[]
  template: {
    name: string
    description: string
    endpoints: string[]
    permissions: Record<string, string>
  } | null
  reasons: Record<string, Array<{ route: string; calls: string[] }>>
  problems: string[]
  summary: Record<string, number>
}

/** An expected call: where, what, and how its quoted code starts. */
type Expected = Omit<Call, 'source'> & { code: string }

interface Sample {
  file: string
  calls: Expected[]
  endpoints: string[]
  permissions: Record<string, string>
  /** Permission → the routes the template says need it. */
  reasons: Record<string, string[]>
  /** Routes GitHub's data is not exact for: a note on stderr each. */
  notes: string[]
}

const REPO = '/repos/{owner}/{repo}'
const BUILT =
  'the path is built at run time: each ${...} in it is read as a parameter'

const SAMPLES_EXPECTED: Sample[] = [
  {
    file: ACTION,
    calls: [
      {
        file: ACTION,
        line: 11,
        column: 35,
        kind: 'rest',
        route: `POST ${REPO}/releases`,
        code: 'octokit.rest.repos.createRelease',
      },
      {
        file: ACTION,
        line: 19,
        column: 23,
        kind: 'rest',
        route: `GET ${REPO}/pulls`,
        code: 'octokit.paginate(octokit.rest.pulls.list)',
      },
      {
        file: ACTION,
        line: 25,
        column: 11,
        kind: 'rest',
        route: `POST ${REPO}/issues/{issue_number}/comments`,
        code: 'octokit.rest.issues.createComment',
      },
      {
        file: ACTION,
        line: 33,
        column: 9,
        kind: 'rest',
        route: `GET ${REPO}/environments/{environment_name}`,
        reason: BUILT,
        code: 'octokit.request(`GET /repos/{owner}/{repo}/environments/${environment}`)',
      },
      {
        file: ACTION,
        line: 39,
        column: 9,
        kind: 'unresolved',
        reason: 'the method name is computed at run time',
        code: 'octokit.rest.issues[lock]',
      },
    ],
    endpoints: [
      `POST ${REPO}/releases`,
      `GET ${REPO}/pulls`,
      `POST ${REPO}/issues/{issue_number}/comments`,
      `GET ${REPO}/environments/{environment_name}`,
    ],
    permissions: {
      actions: 'read',
      contents: 'write',
      pull_requests: 'write',
    },
    reasons: {
      actions: [`GET ${REPO}/environments/{environment_name}`],
      contents: [`POST ${REPO}/releases`],
      pull_requests: [
        `GET ${REPO}/pulls`,
        `POST ${REPO}/issues/{issue_number}/comments`,
      ],
    },
    notes: [
      `POST ${REPO}/releases`,
      `POST ${REPO}/issues/{issue_number}/comments`,
    ],
  },
  {
    file: WORKFLOW,
    calls: [
      {
        file: WORKFLOW,
        line: 17,
        column: 45,
        kind: 'rest',
        route: `GET ${REPO}/releases/tags/{tag}`,
        code: 'github.rest.repos.getReleaseByTag',
      },
      {
        file: WORKFLOW,
        line: 21,
        column: 42,
        kind: 'graphql',
        reason: 'GraphQL: its permissions depend on the query',
        code: 'github.graphql',
      },
      {
        file: WORKFLOW,
        line: 28,
        column: 19,
        kind: 'rest',
        route: `PATCH ${REPO}/releases/{release_id}`,
        code: 'github.rest.repos.updateRelease',
      },
      {
        file: WORKFLOW,
        line: 34,
        column: 11,
        kind: 'rest',
        route: `POST ${REPO}/labels`,
        code: 'gh api --method POST repos/{owner}/{repo}/labels -f',
      },
    ],
    endpoints: [
      `GET ${REPO}/releases/tags/{tag}`,
      `PATCH ${REPO}/releases/{release_id}`,
      `POST ${REPO}/labels`,
    ],
    permissions: { contents: 'write', issues: 'write' },
    reasons: {
      contents: [
        `GET ${REPO}/releases/tags/{tag}`,
        `PATCH ${REPO}/releases/{release_id}`,
      ],
      issues: [`POST ${REPO}/labels`],
    },
    notes: [`PATCH ${REPO}/releases/{release_id}`, `POST ${REPO}/labels`],
  },
  {
    file: GH_SCRIPT,
    calls: [
      {
        file: GH_SCRIPT,
        line: 8,
        column: 1,
        kind: 'rest',
        route: `PUT ${REPO}/topics`,
        code: 'gh api -X PUT "repos/{owner}/{repo}/topics"',
      },
      {
        file: GH_SCRIPT,
        line: 9,
        column: 14,
        kind: 'rest',
        route: `GET ${REPO}/milestones`,
        code: 'gh api --paginate repos/{owner}/{repo}/milestones',
      },
      {
        file: GH_SCRIPT,
        line: 10,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/issues/{issue_number}/comments`,
        reason: '${ISSUE} read as a parameter',
        code: 'gh api repos/{owner}/{repo}/issues/"$ISSUE"/comments -f body=',
      },
      {
        file: GH_SCRIPT,
        line: 12,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/releases`,
        reason: 'called by gh release create',
        code: 'gh release create "$TAG"',
      },
      {
        file: GH_SCRIPT,
        line: 13,
        column: 1,
        kind: 'graphql',
        reason:
          'gh pr create uses GraphQL (createPullRequest); it calls POST /repos/{owner}/{repo}/forks only when it has to fork',
        code: 'gh pr create --base main',
      },
      {
        file: GH_SCRIPT,
        line: 14,
        column: 22,
        kind: 'rest',
        route: `GET ${REPO}/environments/{environment_name}/secrets/public-key`,
        reason: 'called by gh secret set --env',
        code: 'gh secret set DEPLOY_KEY --env production',
      },
      {
        file: GH_SCRIPT,
        line: 14,
        column: 22,
        kind: 'rest',
        route: `PUT ${REPO}/environments/{environment_name}/secrets/{secret_name}`,
        reason: 'called by gh secret set --env',
        code: 'gh secret set DEPLOY_KEY --env production',
      },
    ],
    endpoints: [
      `PUT ${REPO}/topics`,
      `GET ${REPO}/milestones`,
      `POST ${REPO}/issues/{issue_number}/comments`,
      `POST ${REPO}/releases`,
      `GET ${REPO}/environments/{environment_name}/secrets/public-key`,
      `PUT ${REPO}/environments/{environment_name}/secrets/{secret_name}`,
    ],
    permissions: {
      administration: 'write',
      contents: 'write',
      environments: 'write',
      issues: 'write',
    },
    reasons: {
      administration: [`PUT ${REPO}/topics`],
      contents: [`POST ${REPO}/releases`],
      environments: [
        `GET ${REPO}/environments/{environment_name}/secrets/public-key`,
        `PUT ${REPO}/environments/{environment_name}/secrets/{secret_name}`,
      ],
      issues: [
        `GET ${REPO}/milestones`,
        `POST ${REPO}/issues/{issue_number}/comments`,
      ],
    },
    notes: [
      `GET ${REPO}/milestones`,
      `POST ${REPO}/issues/{issue_number}/comments`,
      `POST ${REPO}/releases`,
    ],
  },
  {
    file: CURL_SCRIPT,
    calls: [
      {
        file: CURL_SCRIPT,
        line: 5,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/dispatches`,
        code: 'curl -sSf -X POST -H "Authorization: Bearer ${GITHUB_TOKEN}" -d',
      },
      {
        file: CURL_SCRIPT,
        line: 10,
        column: 1,
        kind: 'rest',
        route: `GET ${REPO}/releases/latest`,
        reason: '${GITHUB_REPOSITORY} read as owner/repo',
        code: 'curl -s -H "Authorization: Bearer ${GITHUB_TOKEN}" "${GITHUB_API_URL}/repos/',
      },
      {
        file: CURL_SCRIPT,
        line: 12,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/issues/{issue_number}/comments`,
        reason:
          '${GITHUB_REPOSITORY} read as owner/repo; ${ISSUE} read as a parameter',
        code: 'curl -s --data ',
      },
      // Line 14 posts to hooks.slack.com: not GitHub's API, not a call.
    ],
    endpoints: [
      `POST ${REPO}/dispatches`,
      `GET ${REPO}/releases/latest`,
      `POST ${REPO}/issues/{issue_number}/comments`,
    ],
    permissions: { contents: 'write', issues: 'write' },
    reasons: {
      contents: [`POST ${REPO}/dispatches`, `GET ${REPO}/releases/latest`],
      issues: [`POST ${REPO}/issues/{issue_number}/comments`],
    },
    notes: [`POST ${REPO}/issues/{issue_number}/comments`],
  },
]

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

/** No line of the output may be read by the runner as a workflow command. */
function expectNoWorkflowCommands(result: {
  stdout: string
  stderr: string
}): void {
  const commands = [
    ...result.stdout.split(/\r?\n|\r/),
    ...result.stderr.split(/\r?\n|\r/),
  ].filter((line) => line.trimStart().startsWith('::'))
  expect(commands).toEqual([])
}

/** A call as compared: its quoted code checked separately. */
const withoutSource = ({ source: _source, ...call }: Call) => call
const expectedCall = ({ code: _code, ...call }: Expected) => call

function expectCalls(calls: Call[], expected: Expected[]): void {
  expect(calls.map(withoutSource)).toEqual(expected.map(expectedCall))
  calls.forEach((call, i) =>
    expect(call.source.startsWith(expected[i]!.code)).toBe(true),
  )
}

const notedRoutes = (stderr: string) =>
  lines(stderr).flatMap(
    (line) =>
      /^token-templates: note: (\S+ \S+): GitHub's data is not exact/.exec(
        line,
      )?.[1] ?? [],
  )

describe('suggest --from-code on real-shaped code (json)', () => {
  const root = sampleWorkspace()

  it.each(SAMPLES_EXPECTED.map((sample) => [sample.file, sample] as const))(
    '%s: the calls at their places, the unresolved ones, and the template',
    (file, sample) => {
      const result = runCli(
        ['suggest', '--from-code', file, '--format', 'json'],
        root,
      )
      expect(result.status).toBe(0)
      const out = JSON.parse(result.stdout) as JsonOutput
      expectCalls(out.calls, sample.calls)
      expect(out.template).toEqual({
        name: 'API token',
        description: expect.stringMatching(/^Calls the .* REST APIs?$/),
        endpoints: sample.endpoints,
        permissions: sample.permissions,
      })
      expect(
        Object.fromEntries(
          Object.entries(out.reasons).map(([permission, reasons]) => [
            permission,
            reasons.map((r) => r.route),
          ]),
        ),
      ).toEqual(sample.reasons)
      // Each reason names the places of the calls that need the route.
      for (const reasons of Object.values(out.reasons))
        for (const { route, calls } of reasons)
          expect(calls).toEqual(
            sample.calls
              .filter((call) => call.route === route)
              .map((call) => `${call.file}:${call.line}:${call.column}`),
          )
      expect(out.problems).toEqual([])
      const count = (kind: string) =>
        sample.calls.filter((call) => call.kind === kind).length
      expect(out.summary).toEqual({
        files: 1,
        calls: sample.calls.length,
        rest: count('rest'),
        graphql: count('graphql'),
        unresolved: count('unresolved'),
        syntax_errors: 0,
        default_token_steps: 0,
      })
      expect(notedRoutes(result.stderr)).toEqual(sample.notes)
      expect(
        lines(result.stderr).every((line) =>
          line.startsWith('token-templates: note: '),
        ),
      ).toBe(true)
      expectNoWorkflowCommands(result)
    },
  )
})

describe('suggest --from-code on real-shaped code (text)', () => {
  const root = sampleWorkspace()

  it.each(SAMPLES_EXPECTED.map((sample) => [sample.file, sample] as const))(
    '%s: a template to save as it is, the calls above it, each permission with its routes',
    (file, sample) => {
      const result = runCli(['suggest', '--from-code', file], root)
      expect(result.status).toBe(0)
      const template = parseYaml(result.stdout) as Record<string, unknown>
      expect(template).toEqual({
        name: 'API token',
        description: expect.stringMatching(/^Calls the .* REST APIs?$/),
        endpoints: sample.endpoints,
        permissions: sample.permissions,
      })
      const out = lines(result.stdout)
      expect(out[0]).toMatch(/^# yaml-language-server: \$schema=/)
      expect(out[1]).toBe(
        '# From the GitHub API calls in 1 file (token-templates suggest --from-code):',
      )
      // The calls, one comment each, in order, before the template.
      const header = out.slice(2, 2 + sample.calls.length)
      expect(header).toHaveLength(sample.calls.length)
      sample.calls.forEach((call, i) => {
        const place = `${call.file}:${call.line}:${call.column}`
        const what =
          call.kind === 'rest'
            ? `${call.route}${call.reason ? ` (${call.reason})` : ''}`
            : `${call.kind}: ${call.reason}`
        expect(header[i]).toBe(
          `#   ${place}: ${what} <- ${header[i]!.split(' <- ')[1]}`,
        )
        expect(header[i]!.split(' <- ')[1]!.startsWith(call.code)).toBe(true)
      })
      expect(out[2 + sample.calls.length]).toBe('name: API token')
      // Every permission line says which routes need it.
      const at = out.indexOf('permissions:')
      const permissionLines = out.slice(at + 1)
      expect(permissionLines).toEqual(
        Object.entries(sample.permissions).map(
          ([permission, access]) =>
            `  ${permission}: ${access} # ${sample.reasons[permission]!.join(', ')}`,
        ),
      )
      expect(notedRoutes(result.stderr)).toEqual(sample.notes)
      expect(
        lines(result.stderr).every((line) =>
          line.startsWith('token-templates: note: '),
        ),
      ).toBe(true)
      expectNoWorkflowCommands(result)
    },
  )
})

describe('suggest --from-code without paths', () => {
  it('reads the workflows, scripts and sources, never node_modules/ or dist/', () => {
    const decoy = [
      "const { Octokit } = require('@octokit/rest')",
      'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN })',
      "octokit.rest.repos.delete({ owner: 'octo', repo: 'hello' })",
      "octokit.request('PUT /repos/{owner}/{repo}/collaborators/{username}')",
      '',
    ].join('\n')
    const root = sampleWorkspace({
      'node_modules/@octokit/decoy/index.js': decoy,
      'node_modules/.bin/release.sh': 'gh api -X DELETE repos/o/r\n',
      'dist/index.js': decoy,
      'dist/release.sh': 'gh api -X DELETE repos/o/r\n',
    })
    const result = runCli(['suggest', '--from-code', '--format', 'json'], root)
    expect(result.status).toBe(0)
    const out = JSON.parse(result.stdout) as JsonOutput
    // Files in path order; each file's calls as when it is named alone.
    const inOrder = [WORKFLOW, CURL_SCRIPT, GH_SCRIPT, ACTION].map((file) =>
      SAMPLES_EXPECTED.find((sample) => sample.file === file)!,
    )
    expectCalls(
      out.calls,
      inOrder.flatMap((sample) => sample.calls),
    )
    expect(out.summary).toEqual({
      files: 4,
      calls: 19,
      rest: 16,
      graphql: 2,
      unresolved: 1,
      syntax_errors: 0,
      default_token_steps: 0,
    })
    expect(out.template?.endpoints).toEqual([
      ...new Set(inOrder.flatMap((sample) => sample.endpoints)),
    ])
    expect(out.template?.endpoints).not.toContain(
      'DELETE /repos/{owner}/{repo}',
    )
    expect(out.template?.permissions).toEqual({
      actions: 'read',
      administration: 'write',
      contents: 'write',
      environments: 'write',
      pull_requests: 'write',
    })
    // One route called from three files: each place is a reason.
    expect(
      out.reasons.pull_requests?.find(
        (r) => r.route === `POST ${REPO}/issues/{issue_number}/comments`,
      )?.calls,
    ).toEqual([`${CURL_SCRIPT}:12:1`, `${GH_SCRIPT}:10:1`, `${ACTION}:25:11`])
    expect(result.stdout).not.toMatch(/node_modules|dist\//)
    expect(result.stderr).not.toMatch(/node_modules|dist\//)
    expectNoWorkflowCommands(result)

    const text = runCli(['suggest', '--from-code'], root)
    expect(text.status).toBe(0)
    expect(lines(text.stdout)[1]).toBe(
      '# From the GitHub API calls in 4 files (token-templates suggest --from-code):',
    )
    expect(parseYaml(text.stdout)).toEqual(out.template)
    expectNoWorkflowCommands(text)
  })
})

describe('suggest --from-code: what it cannot read', () => {
  it('warns about a path or glob that matches nothing, and reads the rest', () => {
    const root = sampleWorkspace()
    const result = runCli(
      [
        'suggest',
        '--from-code',
        'scripts/missing.sh',
        CURL_SCRIPT,
        'tools/**/*.ts',
        '--format',
        'json',
      ],
      root,
    )
    expect(result.status).toBe(0)
    const out = JSON.parse(result.stdout) as JsonOutput
    expectCalls(out.calls, SAMPLES_EXPECTED[3]!.calls)
    expect(lines(result.stderr).slice(0, 2)).toEqual([
      'token-templates: warning: scripts/missing.sh matches no file',
      'token-templates: warning: tools/**/*.ts matches no file',
    ])
    expectNoWorkflowCommands(result)
  })

  it('fails as lint does when nothing it names exists: exit 2, one line', () => {
    const root = sampleWorkspace()
    const result = runCli(['suggest', '--from-code', 'scripts/*.py'], root)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(lines(result.stderr)).toEqual([
      'token-templates: no code files found: nothing matches "scripts/*.py"',
    ])
  })

  it('reports the syntax error with file:line:column as an error, and still lists the calls before it', () => {
    const root = workspace(
      {
        '.github/workflows/triage.yml': [
          'on: issues',
          'jobs:',
          '  triage:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/github-script@v7',
          '        with:',
          '          github-token: ${{ secrets.TRIAGE_TOKEN }}',
          '          script: |',
          "            await github.rest.issues.addLabels({ ...context.repo, issue_number: context.issue.number, labels: ['triage'] })",
          '            const body = `Thanks!`)',
          '            await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body })',
          '',
        ].join('\n'),
        'scripts/nightly.mjs': [
          "import { Octokit } from '@octokit/rest'",
          '',
          'const octokit = new Octokit({ auth: process.env.GH_TOKEN })',
          "await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: 'Nightly failed' })",
          'const failed = = process.env.FAILED',
          "await octokit.rest.issues.lock({ owner: 'o', repo: 'r', issue_number: 1 })",
          '',
        ].join('\n'),
      },
      'tt-from-code-',
    )
    const result = runCli(['suggest', '--from-code', '--format', 'json'], root)
    const out = JSON.parse(result.stdout) as JsonOutput
    const before = out.calls.map((call) => ({
      place: `${call.file}:${call.line}:${call.column}`,
      route: call.route,
    }))
    // Before each error: the call on the line above it (the workflow's script
    // starts on line 10, indented 12).
    expect(before).toContainEqual({
      place: '.github/workflows/triage.yml:10:19',
      route: `POST ${REPO}/issues/{issue_number}/labels`,
    })
    expect(before).toContainEqual({
      place: 'scripts/nightly.mjs:4:7',
      route: `POST ${REPO}/issues`,
    })
    // Nothing is placed on or inside a broken line.
    expect(before.map((call) => call.place)).not.toContainEqual(
      expect.stringMatching(/triage\.yml:11:|nightly\.mjs:5:/),
    )
    expect(out.summary.syntax_errors).toBe(2)
    expect(lines(result.stderr)).toEqual(
      expect.arrayContaining([
        'token-templates: error: .github/workflows/triage.yml:11:35: Unexpected token; calls near it may be missing from the template',
        'token-templates: error: scripts/nightly.mjs:5:16: Unexpected token; calls near it may be missing from the template',
      ]),
    )
    // As lint: a file it cannot read whole is an error (exit 1).
    expect(result.status).toBe(1)
    expectNoWorkflowCommands(result)
  })
})

describe('suggest --from-code: a call no fine-grained token can make', () => {
  const root = workspace(
    {
      'scripts/ci-status.sh': [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'SHA=$(git rev-parse HEAD)',
        'gh api repos/{owner}/{repo}/statuses/"$SHA" -f state=pending -f context=lint',
        'gh api -X POST repos/{owner}/{repo}/check-runs -f name=lint -f head_sha="$SHA"',
        '',
      ].join('\n'),
    },
    'tt-from-code-',
  )
  const error =
    'token-templates: error: scripts/ci-status.sh:5:1: fine-grained tokens cannot call the Checks API ("POST /repos/{owner}/{repo}/check-runs")'

  it('text: exits 1, the error names the call, the template holds the rest', () => {
    const result = runCli(['suggest', '--from-code'], root)
    expect(result.status).toBe(1)
    expect(parseYaml(result.stdout)).toMatchObject({
      endpoints: [`POST ${REPO}/statuses/{sha}`],
      permissions: { statuses: 'write' },
    })
    expect(result.stdout).toContain(
      `#   scripts/ci-status.sh:5:1: POST ${REPO}/check-runs (fine-grained tokens cannot call it) <- gh api -X POST`,
    )
    expect(
      lines(result.stderr).filter((line) => line.startsWith(error)),
    ).toHaveLength(1)
    expectNoWorkflowCommands(result)
  })

  it('json: exits 1, the call is listed, the problem names its place', () => {
    const result = runCli(['suggest', '--from-code', '--format', 'json'], root)
    expect(result.status).toBe(1)
    const out = JSON.parse(result.stdout) as JsonOutput
    expect(out.calls.map(withoutSource)).toEqual([
      {
        file: 'scripts/ci-status.sh',
        line: 4,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/statuses/{sha}`,
        reason: '${SHA} read as a parameter',
      },
      {
        file: 'scripts/ci-status.sh',
        line: 5,
        column: 1,
        kind: 'rest',
        route: `POST ${REPO}/check-runs`,
        reason: 'fine-grained tokens cannot call it',
      },
    ])
    expect(out.template?.permissions).toEqual({ statuses: 'write' })
    expect(out.problems).toEqual([
      expect.stringMatching(
        /^scripts\/ci-status\.sh:5:1: fine-grained tokens cannot call the Checks API/,
      ),
    ])
    expect(
      lines(result.stderr).filter((line) => line.startsWith(error)),
    ).toHaveLength(1)
  })
})

describe('suggest --from-code: workflow commands in the code stay text', () => {
  it('never starts an output line with ::, whatever the code, paths and routes hold', () => {
    const root = workspace(
      {
        'src/report.ts': [
          "import { Octokit } from '@octokit/rest'",
          '',
          '// ::error::a comment that looks like a workflow command',
          'const octokit = new Octokit()',
          'await octokit.request(`GET /repos/{owner}/{repo}/issues',
          '::error::file=x`)',
          "await octokit.rest.issues.create({ owner: 'o', repo: 'r', title: '::error::t' })",
          "await fetch('https://api.github.com/repos/o/r/x\\n::error::y', { method: 'POST' })",
          '',
        ].join('\n'),
        'scripts/report.sh': [
          '# ::error::in a comment',
          'echo "::error::in a string"',
          'gh api "repos/{owner}/{repo}/',
          '::error::title=gh"',
          'curl -X POST "https://api.github.com/repos/o/r/not-a-route"',
          'gh "::error::sub" create',
          'curl -X "::error::" https://api.github.com/user',
          '',
        ].join('\n'),
        '::error::named.sh': 'gh api -X POST "repos/o/r/::error::x"\n',
      },
      'tt-from-code-',
    )
    const patterns = [
      'src',
      'scripts',
      '::error::named.sh',
      'missing\n::error::title=pattern',
    ]
    for (const format of ['text', 'json']) {
      const result = runCli(
        ['suggest', '--from-code', ...patterns, '--format', format],
        root,
      )
      expect(result.status).toBe(0)
      // The hostile text is there, only never at a line's start.
      expect(`${result.stdout}${result.stderr}`).toContain('::error::')
      expect(result.stderr).toContain('matches no file')
      expect(result.stderr).toContain('is left out of the template')
      expectNoWorkflowCommands(result)
    }
  })
})
