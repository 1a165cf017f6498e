import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { findCodeCalls } from '../src/code/find-calls.js'
import { findWorkflowCalls } from '../src/code/workflow-calls.js'

// Which token a workflow step's calls use: only those made with a token
// other than the workflow's own GITHUB_TOKEN are the template's.

const FILE = '.github/workflows/release.yml'

/** A workflow with one job whose steps are `steps` (YAML, indented 6). */
const workflow = (steps: string, env = '', jobEnv = '') =>
  `on: push\n${env}jobs:\n  release:\n    runs-on: ubuntu-latest\n${jobEnv}    steps:\n${steps}`

const script = (token?: string) =>
  `      - uses: actions/github-script@v7\n        with:\n${token === undefined ? '' : `          github-token: ${token}\n`}          script: |\n            await github.rest.repos.createRelease({ ...context.repo, tag_name: 'v1' })\n`

const run = (command: string, env?: Record<string, string>) =>
  `      - run: |\n          ${command}\n${
    env
      ? `        env:\n${Object.entries(env)
          .map(([name, value]) => `          ${name}: ${value}\n`)
          .join('')}`
      : ''
  }`

const GH = 'gh api repos/{owner}/{repo}/releases'
const CURL =
  'curl -H "Authorization: Bearer $PAT" https://api.github.com/repos/o/r/releases'

const found = (yaml: string) => {
  const result = findWorkflowCalls(yaml, FILE)
  return {
    calls: result.calls.map((call) => call.source.split(' ')[0]),
    defaultTokenSteps: result.defaultTokenSteps,
  }
}

describe('findWorkflowCalls: github-script steps', () => {
  it.each([
    ['no github-token (the default)', undefined],
    ['secrets.GITHUB_TOKEN', '${{ secrets.GITHUB_TOKEN }}'],
    ['github.token', '${{github.token}}'],
    ["secrets['github_token']", "${{ secrets['github_token'] }}"],
  ])('leave out the calls of a step with %s', (_, token) => {
    expect(found(workflow(script(token)))).toEqual({
      calls: [],
      defaultTokenSteps: 1,
    })
  })

  it.each([
    ['another secret', '${{ secrets.RELEASE_TOKEN }}'],
    ['an App token', '${{ steps.app.outputs.token }}'],
    ['a fallback', '${{ secrets.PAT || github.token }}'],
  ])('count the calls of a step given %s', (_, token) => {
    expect(found(workflow(script(token)))).toEqual({
      calls: ['github.rest.repos.createRelease'],
      defaultTokenSteps: 0,
    })
  })

  it("say nothing of a script the workflow's own token runs that does not parse", () => {
    const broken = workflow(
      `      - uses: actions/github-script@v7\n        with:\n          script: |\n            const x = = 1\n`,
    )
    expect(findWorkflowCalls(broken, FILE).syntaxErrors).toEqual([])
    const given = broken.replace(
      'with:\n',
      'with:\n          github-token: ${{ secrets.PAT }}\n',
    )
    expect(findWorkflowCalls(given, FILE).syntaxErrors).toHaveLength(1)
  })
})

describe('findWorkflowCalls: run steps', () => {
  it('leave out a step without a token, or with the workflow’s own', () => {
    expect(found(workflow(run(GH)))).toEqual({
      calls: [],
      defaultTokenSteps: 1,
    })
    expect(
      found(workflow(run(GH, { GH_TOKEN: '${{ github.token }}' }))),
    ).toEqual({ calls: [], defaultTokenSteps: 1 })
  })

  it('count a step whose GH_TOKEN (or GITHUB_TOKEN, GH_ENTERPRISE_TOKEN) is another token', () => {
    for (const name of ['GH_TOKEN', 'GITHUB_TOKEN', 'GH_ENTERPRISE_TOKEN'])
      expect(
        found(workflow(run(GH, { [name]: '${{ secrets.PAT }}' }))),
      ).toEqual({ calls: ['gh'], defaultTokenSteps: 0 })
  })

  it('read the env of the job and the workflow, the nearest winning', () => {
    const pat = '  GH_TOKEN: ${{ secrets.PAT }}\n'
    expect(found(workflow(run(GH), `env:\n${pat}`)).calls).toEqual(['gh'])
    expect(found(workflow(run(GH), '', `    env:\n    ${pat}`)).calls).toEqual([
      'gh',
    ])
    const own = run(GH, { GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}' })
    expect(found(workflow(own, `env:\n${pat}`)).calls).toEqual([])
  })

  it('count curl with any secret in the env, gh only by its variables', () => {
    const steps = run(`${CURL}\n          ${GH}`, { PAT: '${{ secrets.PAT }}' })
    expect(found(workflow(steps))).toEqual({
      calls: ['curl'],
      defaultTokenSteps: 1,
    })
    expect(
      found(workflow(run(CURL, { NUMBER: '${{ github.event.number }}' }))),
    ).toEqual({ calls: [], defaultTokenSteps: 1 })
  })

  it('count a step whose script names another secret itself', () => {
    expect(
      found(workflow(run(`GH_TOKEN=\${{ secrets.PAT }} ${GH}`))).calls,
    ).toEqual(['gh'])
  })

  it("report a pwsh step as not read only when it gets the template's token", () => {
    const pwsh = (env?: Record<string, string>) =>
      workflow(
        `${run('Invoke-RestMethod https://api.github.com/user', env)}        shell: pwsh\n`,
      )
    expect(findWorkflowCalls(pwsh(), FILE).skipped).toEqual([])
    expect(
      findWorkflowCalls(pwsh({ GH_TOKEN: '${{ secrets.PAT }}' }), FILE).skipped,
    ).toEqual([{ line: 7, column: 11, shell: 'pwsh' }])
  })
})

describe('findWorkflowCalls: a composite action', () => {
  it('counts every call: its token comes from its inputs', () => {
    const action = `name: Release\nruns:\n  using: composite\n  steps:\n    - uses: actions/github-script@v7\n      with:\n        script: |\n          await github.rest.repos.createRelease({ ...context.repo, tag_name: 'v1' })\n    - run: ${GH}\n      shell: bash\n`
    const result = findWorkflowCalls(action, 'action.yml')
    expect(result.calls.map((call) => call.source.split(' ')[0])).toEqual([
      'github.rest.repos.createRelease',
      'gh',
    ])
    expect(result.defaultTokenSteps).toBe(0)
  })

  it('says where it hands its token input on', () => {
    const action = `runs:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n      with:\n        token: \${{ inputs.token }}\n`
    expect(findWorkflowCalls(action, 'action.yml').handedOff).toEqual([
      { line: 4, column: 13, action: 'actions/checkout@v4' },
    ])
  })
})

describe('findWorkflowCalls: steps handed the token', () => {
  const handed = (yaml: string) =>
    findWorkflowCalls(yaml, FILE).handedOff.map(
      ({ line, column, action }) => `${line}:${column} ${action}`,
    )

  it('are uses: steps given another token as a token input or variable', () => {
    const steps = [
      '      - uses: actions/checkout@v4\n        with:\n          token: ${{ secrets.PAT }}\n',
      '      - uses: peter-evans/create-pull-request@v7\n        with:\n          token: ${{ steps.app.outputs.token }}\n',
      '      - uses: some/action@v1\n        env:\n          GITHUB_TOKEN: ${{ secrets.PAT }}\n',
    ].join('')
    expect(handed(workflow(steps))).toEqual([
      '6:15 actions/checkout@v4',
      '9:15 peter-evans/create-pull-request@v7',
      '12:15 some/action@v1',
    ])
  })

  it('are any input naming the token a counted step uses', () => {
    const steps = `${script('${{ secrets.RELEASE_TOKEN }}')}      - uses: some/publish@v2\n        with:\n          password: \${{ secrets.RELEASE_TOKEN }}\n`
    expect(handed(workflow(steps))).toEqual(['11:15 some/publish@v2'])
  })

  it("are not the workflow's own token, other secrets, nor github-script", () => {
    const steps = [
      '      - uses: actions/checkout@v4\n        with:\n          token: ${{ github.token }}\n',
      '      - uses: JS-DevTools/npm-publish@v3\n        with:\n          npm-token: ${{ secrets.NPM_TOKEN }}\n',
      script('${{ secrets.PAT }}'),
    ].join('')
    expect(handed(workflow(steps))).toEqual([])
  })
})

describe('findCodeCalls: negated patterns', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tt-negated-'))
    const files: Record<string, string> = {
      'scripts/release.sh': `${GH}\n`,
      'scripts/skip.sh': 'gh api user\n',
      'scripts/vendor/a.sh': 'gh api user\n',
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), text)
    }
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('leave out the files they name, a directory leaving out what is below it', () => {
    const scan = findCodeCalls(root, [
      'scripts',
      '!scripts/skip.sh',
      '!scripts/vendor',
    ])
    expect(scan.files).toEqual(['scripts/release.sh'])
    expect(scan.unmatched).toEqual([])
  })

  it('are never reported as matching no file', () => {
    const scan = findCodeCalls(root, ['scripts/*.sh', '!scripts/missing/**'])
    expect(scan.files).toEqual(['scripts/release.sh', 'scripts/skip.sh'])
    expect(scan.unmatched).toEqual([])
    expect(
      findCodeCalls(root, ['scripts/nothing/*.sh', '!x']).unmatched,
    ).toEqual(['scripts/nothing/*.sh'])
  })
})
