/**
 * The GitHub API calls of common `gh` subcommands, read from gh's source
 * (cli/cli v2.60, `pkg/cmd/...`). Only the calls a script's token must
 * allow are listed: interactive prompts (choosing a tag, a workflow) are
 * left out, since a script passes its arguments.
 */
export interface GhFlagVariant {
  /** Any of these flags (`--delete-branch`, `-d`) selects the variant. */
  flags: readonly string[]
  /** Routes called as well as the row's. */
  add?: readonly string[]
  /** Routes called instead of the row's. */
  replace?: readonly string[]
}

export interface GhCommand {
  /** The subcommand words: `release create`. */
  command: string
  /** REST routes gh calls, as GitHub's docs write them. */
  rest?: readonly string[]
  /** When gh uses GraphQL: what it does with it. */
  graphql?: string
  /** Flags that change the routes; the first matching replacement wins. */
  flags?: readonly GhFlagVariant[]
}

const REPO = '/repos/{owner}/{repo}'
const RUN = `${REPO}/actions/runs/{run_id}`

/** On uploads.github.com: GitHub's permission data leaves it out; src/endpoints/supplement-endpoints.ts has it. */
export const UPLOAD_RELEASE_ASSET = `POST ${REPO}/releases/{release_id}/assets`
export const UNLISTED_NOTE = 'on uploads.github.com'

export const GH_COMMANDS: readonly GhCommand[] = [
  {
    command: 'pr create',
    graphql:
      'gh pr create uses GraphQL (createPullRequest); it calls POST /repos/{owner}/{repo}/forks only when it has to fork',
  },
  {
    command: 'pr merge',
    graphql: 'gh pr merge uses GraphQL (mergePullRequest)',
    flags: [
      {
        flags: ['--delete-branch', '-d'],
        add: [`DELETE ${REPO}/git/refs/{ref}`],
      },
    ],
  },
  { command: 'pr view', graphql: 'gh pr view uses GraphQL' },
  { command: 'pr list', graphql: 'gh pr list uses GraphQL' },
  {
    command: 'pr comment',
    graphql: 'gh pr comment uses GraphQL (addComment)',
  },
  {
    command: 'issue create',
    graphql: 'gh issue create uses GraphQL (createIssue)',
  },
  { command: 'issue list', graphql: 'gh issue list uses GraphQL' },
  {
    command: 'issue comment',
    graphql: 'gh issue comment uses GraphQL (addComment)',
  },
  {
    command: 'release create',
    rest: [`POST ${REPO}/releases`],
    flags: [
      {
        flags: ['--generate-notes'],
        add: [`POST ${REPO}/releases/generate-notes`],
      },
    ],
  },
  {
    command: 'release upload',
    rest: [`GET ${REPO}/releases/tags/{tag}`, UPLOAD_RELEASE_ASSET],
  },
  {
    command: 'repo view',
    graphql: 'gh repo view reads the repository with GraphQL',
    rest: [`GET ${REPO}/readme`],
  },
  {
    command: 'repo clone',
    graphql: 'gh repo clone reads the repository with GraphQL',
  },
  {
    command: 'run list',
    rest: [`GET ${REPO}/actions/runs`, `GET ${REPO}/actions/workflows`],
  },
  {
    command: 'run view',
    rest: [`GET ${RUN}`, `GET ${RUN}/jobs`, `GET ${RUN}/artifacts`],
    flags: [
      {
        flags: ['--log', '--log-failed'],
        replace: [`GET ${RUN}`, `GET ${RUN}/jobs`, `GET ${RUN}/logs`],
      },
    ],
  },
  {
    command: 'run rerun',
    rest: [`GET ${RUN}`, `POST ${RUN}/rerun`],
    flags: [
      {
        flags: ['--failed'],
        replace: [`GET ${RUN}`, `POST ${RUN}/rerun-failed-jobs`],
      },
      {
        flags: ['--job', '-j'],
        replace: [
          `GET ${REPO}/actions/jobs/{job_id}`,
          `POST ${REPO}/actions/jobs/{job_id}/rerun`,
        ],
      },
    ],
  },
  {
    command: 'workflow run',
    rest: [
      `GET ${REPO}/actions/workflows/{workflow_id}`,
      `POST ${REPO}/actions/workflows/{workflow_id}/dispatches`,
    ],
  },
  {
    command: 'secret set',
    rest: [
      `GET ${REPO}/actions/secrets/public-key`,
      `PUT ${REPO}/actions/secrets/{secret_name}`,
    ],
    flags: [
      {
        flags: ['--org', '-o'],
        replace: [
          'GET /orgs/{org}/actions/secrets/public-key',
          'PUT /orgs/{org}/actions/secrets/{secret_name}',
        ],
      },
      {
        flags: ['--env', '-e'],
        replace: [
          `GET ${REPO}/environments/{environment_name}/secrets/public-key`,
          `PUT ${REPO}/environments/{environment_name}/secrets/{secret_name}`,
        ],
      },
    ],
  },
  {
    command: 'label create',
    rest: [`POST ${REPO}/labels`],
    flags: [{ flags: ['--force', '-f'], add: [`PATCH ${REPO}/labels/{name}`] }],
  },
]

/** gh commands that work on the local machine or gh's own login: no API call to check. */
export const GH_LOCAL_COMMANDS: ReadonlySet<string> = new Set([
  'auth',
  'config',
  'alias',
  'help',
  'version',
  'completion',
])

/** gh commands grouping subcommands: their name is two words. */
export const GH_COMMAND_GROUPS: ReadonlySet<string> = new Set([
  'attestation',
  'cache',
  'codespace',
  'ext',
  'extension',
  'gist',
  'gpg-key',
  'issue',
  'label',
  'org',
  'pr',
  'project',
  'release',
  'repo',
  'ruleset',
  'run',
  'search',
  'secret',
  'ssh-key',
  'variable',
  'workflow',
])

/** The row for `release create`, or undefined. */
export function ghCommand(command: string): GhCommand | undefined {
  return GH_COMMANDS.find((row) => row.command === command)
}

/** The REST routes a row calls with these arguments; `via` names the flag that added or chose each. */
export function ghRoutes(
  row: GhCommand,
  args: readonly string[],
): { route: string; via?: string }[] {
  const given = (flag: string) =>
    args.some((arg) => arg === flag || arg.startsWith(`${flag}=`))
  let routes: { route: string; via?: string }[] = (row.rest ?? []).map(
    (route) => ({ route }),
  )
  const extra: { route: string; via?: string }[] = []
  let replaced = false
  for (const variant of row.flags ?? []) {
    const flag = variant.flags.find(given)
    if (flag === undefined) continue
    if (variant.replace && !replaced) {
      routes = variant.replace.map((route) => ({ route, via: flag }))
      replaced = true
    }
    for (const route of variant.add ?? []) extra.push({ route, via: flag })
  }
  return [...routes, ...extra]
}
