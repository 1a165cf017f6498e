import { jest } from '@jest/globals'
import type * as Core from '@actions/core'
import type * as GitHub from '@actions/github'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  manyErrors,
  removeTemporaryFolders,
  summaryNotes,
  workspace,
} from './support/action-process.js'

// src/main.ts with @actions/core and @actions/github mocked: which steps
// run, what they return to the outputs and the job summary, what the debug
// log says, and that Octokit exists only once an API call is due.
// action-process.test.ts runs the real bundle.

const core = {
  getInput: jest.fn<typeof Core.getInput>(),
  setSecret: jest.fn<typeof Core.setSecret>(),
  setOutput: jest.fn<typeof Core.setOutput>(),
  setFailed: jest.fn<typeof Core.setFailed>(),
  debug: jest.fn<typeof Core.debug>(),
  info: jest.fn<typeof Core.info>(),
  notice: jest.fn<typeof Core.notice>(),
  warning: jest.fn<typeof Core.warning>(),
  error: jest.fn<typeof Core.error>(),
  startGroup: jest.fn<typeof Core.startGroup>(),
  endGroup: jest.fn<typeof Core.endGroup>(),
  summary: {
    addRaw: jest.fn<(text: string) => unknown>(),
    write: jest.fn<() => Promise<unknown>>(),
    emptyBuffer: jest.fn<() => unknown>(),
  },
}
const github = {
  /** Called when main imports @actions/github: the module loads. */
  loaded: jest.fn(),
  getOctokit: jest.fn<typeof GitHub.getOctokit>(),
}

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => {
  github.loaded()
  return { getOctokit: github.getOctokit }
})
const { run } = await import('../src/main.js')

afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'
const TOKEN = 'ghs_unit'

/** name: value pairs for core.getInput; the rest read as ''. */
let inputs: Record<string, string>

beforeEach(() => {
  jest.clearAllMocks()
  inputs = { templates: `${DIR}/*.yml`, token: TOKEN }
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
  core.summary.addRaw.mockReturnValue(core.summary)
  core.summary.write.mockResolvedValue(core.summary)
})

const template = (name: string, extra = '', permission = 'contents') =>
  `name: ${name}\ndescription: d\n${extra}expires_in: 30\npermissions:\n  ${permission}: read\n`

const envFor = (root: string, extra: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: root,
  GITHUB_REPOSITORY: 'octo/repo',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_EVENT_NAME: 'push',
  ...extra,
})

const outputs = () =>
  Object.fromEntries(
    core.setOutput.mock.calls.map(([name, value]) => [name, value]),
  )
const debugLines = () => core.debug.mock.calls.map(([message]) => message)
const summaryText = () =>
  core.summary.addRaw.mock.calls.map(([text]) => text).join('')

interface FakeOctokit {
  hook: { after: jest.Mock; error: jest.Mock }
  request: jest.Mock<(route: string, params: { username: string }) => unknown>
  paginate: jest.Mock<() => Promise<unknown[]>>
  rest: {
    pulls: { listFiles: object }
    checks: { create: jest.Mock; update: jest.Mock }
  }
}

/** Enough of an Octokit for the Action's three calls. */
function fakeOctokit(owners: Record<string, string>): FakeOctokit {
  return {
    hook: { after: jest.fn(), error: jest.fn() },
    request: jest.fn(async (_route: string, { username }) => {
      const type = owners[username]
      if (!type) throw Object.assign(new Error('Not Found'), { status: 404 })
      return { data: { login: username, type } }
    }),
    paginate: jest.fn(async () => [
      { filename: `${DIR}/many.yml`, status: 'added' },
    ]),
    rest: {
      pulls: { listFiles: {} },
      checks: {
        create: jest.fn(async () => ({
          data: { id: 1, html_url: 'https://github.com/octo/repo/runs/1' },
        })),
        update: jest.fn(async () => ({ data: { id: 1 } })),
      },
    },
  }
}

const useOctokit = (octokit: FakeOctokit) =>
  github.getOctokit.mockReturnValue(
    octokit as unknown as ReturnType<typeof GitHub.getOctokit>,
  )

// First in the file: once any test imports @actions/github, the module
// registry keeps it.
describe('a run with a token and no API call to make', () => {
  // No target_name, a push event, and fewer than 11 findings of a level.
  const runIdle = () =>
    run(
      envFor(
        workspace({
          [`${DIR}/a.yml`]: template('A'),
          [`${DIR}/b.yml`]: manyErrors(3),
        }),
      ),
    )

  it('never loads @actions/github nor makes an Octokit', async () => {
    await runIdle()
    expect(github.loaded).not.toHaveBeenCalled()
    expect(github.getOctokit).not.toHaveBeenCalled()
  })

  it('masks the token and still lints, annotates and sets every output', async () => {
    await runIdle()
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
    expect(core.error).toHaveBeenCalledTimes(3)
    expect(outputs()).toEqual({
      errors: 3,
      warnings: 0,
      templates: 4,
      links: 0,
      'readme-changed': false,
    })
    expect(core.setFailed).toHaveBeenCalledWith(
      'token templates have findings at or above the fail-on level (error)',
    )
  })

  it('says in the debug log what it read, matched, linted and skipped', async () => {
    await runIdle()
    expect(debugLines()).toEqual([
      expect.stringMatching(/^inputs: .*"failOn":"error".*"token":"set"/),
      'config: defaults (no .github/token-templates.config.yml)',
      'event push: not a pull request',
      `template patterns: ["${DIR}/*.yml"] (templates input)`,
      `template files matched: 2 (${DIR}/a.yml, ${DIR}/b.yml)`,
      'templates linted: 4 in 2 files: 3 errors, 0 warnings, 0 notices',
      'owner lookups: skipped, no template has a target_name',
      'pull request files: skipped, not a pull request',
      'annotations: 3 errors, 0 warnings, 0 notices',
      'check run: not needed, every annotation shows',
      'docs: off',
      expect.stringMatching(/^job summary: \d+ bytes written$/),
    ])
    expect(debugLines().join('\n')).not.toContain(TOKEN)
  })
})

describe('owner lookups', () => {
  it('makes one Octokit, on the first lookup, and counts its findings with the lint findings', async () => {
    const octokit = fakeOctokit({
      'octo-user': 'User',
      'octo-org': 'Organization',
    })
    useOctokit(octokit)
    const root = workspace({
      // members is an organization permission: an error on a user.
      [`${DIR}/user.yml`]: template(
        'On a user',
        'target_name: octo-user\n',
        'members',
      ),
      [`${DIR}/org.yml`]: template(
        'On an org',
        'target_name: octo-org\n',
        'members',
      ),
      [`${DIR}/broken.yml`]: manyErrors(1),
    })
    await run(envFor(root))

    expect(github.getOctokit).toHaveBeenCalledTimes(1)
    expect(github.getOctokit).toHaveBeenCalledWith(TOKEN)
    expect(
      octokit.request.mock.calls.map(([, p]) => p.username).sort(),
    ).toEqual(['octo-org', 'octo-user'])
    expect(outputs()).toMatchObject({ errors: 2, templates: 3 })
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/^"octo-user" is a user/),
      expect.objectContaining({
        title: 'target-owner-type',
        file: `${DIR}/user.yml`,
      }),
    )
    // The summary counts it, and its template gets no token link.
    expect(summaryText()).toContain('**3 templates** in 3 files: 2 errors')
    expect(summaryText()).toContain('name=On+an+org')
    expect(summaryText()).not.toContain('name=On+a+user')
    expect(debugLines()).toEqual(
      expect.arrayContaining([
        'GitHub API: first call, loading the client',
        'owner octo-user: User',
        'owner octo-org: Organization',
        'owner lookups: 1 finding, 0 failed',
      ]),
    )
  })

  it('turns a client that cannot start into notes on the calls that needed it, and does not fail the run', async () => {
    github.getOctokit.mockImplementation(() => {
      throw new Error('no Octokit here')
    })
    const root = workspace({
      [`${DIR}/user.yml`]: template(
        'On a user',
        'target_name: octo-user\n',
        'members',
      ),
    })
    await run(envFor(root))

    expect(core.notice).toHaveBeenCalledWith(
      'token-templates could not look up the owner "octo-user" (the GitHub API client could not start: no Octokit here); target-owner-type was not checked for it',
    )
    expect(summaryNotes(summaryText())).toEqual([
      'Owner lookup: could not look up the owner "octo-user" (the GitHub API client could not start: no Octokit here); target-owner-type was not checked for it.',
    ])
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ errors: 0 })
  })

  it('notes the owners it could not look up without a token, and makes no client', async () => {
    inputs.token = ''
    const root = workspace({
      [`${DIR}/user.yml`]: template('On a user', 'target_name: octo-user\n'),
    })
    await run(envFor(root))

    expect(core.setSecret).not.toHaveBeenCalled()
    expect(github.getOctokit).not.toHaveBeenCalled()
    expect(debugLines()).toContain('owner lookups: skipped, no token')
    expect(summaryNotes(summaryText())).toEqual([
      'No token: target_name owners were not looked up (organization vs user), so target-owner-type was not checked.',
    ])
  })
})

describe('on a pull request with hidden annotations', () => {
  it('lists the files, publishes a check run with one client, and logs each outcome', async () => {
    const octokit = fakeOctokit({})
    useOctokit(octokit)
    const root = workspace({ [`${DIR}/many.yml`]: manyErrors(12) })
    const eventPath = join(root, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { sha: 'a'.repeat(40), repo: { full_name: 'octo/repo' } },
          base: { repo: { full_name: 'octo/repo' } },
        },
      }),
    )
    inputs['fail-on'] = 'never'
    await run(
      envFor(root, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
      }),
    )

    expect(github.getOctokit).toHaveBeenCalledTimes(1)
    expect(octokit.paginate).toHaveBeenCalledTimes(1)
    expect(octokit.rest.checks.create).toHaveBeenCalledWith(
      expect.objectContaining({
        head_sha: 'a'.repeat(40),
        status: 'in_progress',
      }),
    )
    expect(octokit.rest.checks.update).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'completed', conclusion: 'neutral' }),
    )
    expect(debugLines()).toEqual(
      expect.arrayContaining([
        `event pull_request: pull request #7 on octo/repo, head ${'a'.repeat(40)}`,
        'pull request files: 1 added, 0 modified',
        'annotations: 12 errors, 0 warnings, 0 notices; GitHub shows only 10 of each level',
        `check run: 12 findings published on octo/repo@${'a'.repeat(40)} (neutral): https://github.com/octo/repo/runs/1`,
      ]),
    )
    expect(summaryText()).toContain(
      'all 12 findings are annotated in the [check run](https://github.com/octo/repo/runs/1)',
    )
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

describe('failures', () => {
  it('fails the step with the message of any error, listing the valid values of a bad input', async () => {
    inputs.docs = 'sometimes'
    await run(envFor(workspace()))
    expect(core.setFailed).toHaveBeenCalledWith(
      'input docs must be one of off, check, write, not "sometimes"',
    )
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  it('fails the step on a config file that is not there', async () => {
    inputs.config = 'missing.yml'
    await run(envFor(workspace()))
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^missing\.yml: cannot read the config file/),
    )
  })

  it('warns when the job summary cannot be written, and still sets the outputs', async () => {
    core.summary.write.mockRejectedValue(
      new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY.',
      ),
    )
    await run(envFor(workspace({ [`${DIR}/a.yml`]: template('A') })))
    expect(core.warning).toHaveBeenCalledWith(
      'the job summary could not be written (Unable to find environment variable for $GITHUB_STEP_SUMMARY.)',
    )
    expect(core.summary.emptyBuffer).toHaveBeenCalled()
    expect(outputs()).toMatchObject({ errors: 0, templates: 1 })
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})
