import { jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  CLI,
  runCli,
  workspace as cliWorkspace,
} from './support/cli-process.js'
import {
  ACTION,
  TRACE_MODULES,
  findingRows,
  removeTemporaryFolders,
  startRuns,
  workspace as actionWorkspace,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'

// `used_by:` end to end, in the bundles: the CLI's lint and the Action
// check a template against the GitHub API calls in the code it names.

jest.setTimeout(60_000)
afterAll(removeTemporaryFolders)

const TEMPLATE = '.github/token-templates/release.yml'
const CODE = 'src/main.ts'

// An Action's source: the createRelease call is at line 10, column 9.
const MAIN_TS = `import * as core from '@actions/core'
import * as github from '@actions/github'

export async function run(): Promise<void> {
  const token = core.getInput('release-token', { required: true })
  const octokit = github.getOctokit(token)
  const { owner, repo } = github.context.repo
  const tag = core.getInput('tag')
  core.info(\`releasing \${tag}\`)
  await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag })
}
`

const UNRESOLVED_TS = `import * as github from '@actions/github'

export async function call(token: string, method: string) {
  const octokit = github.getOctokit(token)
  return octokit.rest.repos[method]({ owner: 'o', repo: 'r' })
}
`

const template = (permissions: string) =>
  `name: Release\ndescription: Publishes a release\nexpires_in: 30\npermissions:\n${permissions}used_by:\n  - src/**/*.ts\n`

const CALL_MESSAGE =
  'POST /repos/{owner}/{repo}/releases (octokit.rest.repos.createRelease) needs contents: write; the token of "Release" (.github/token-templates/release.yml:1) grants contents: read'
const TEMPLATE_MESSAGE =
  'src/main.ts:10:9 calls POST /repos/{owner}/{repo}/releases, which needs contents: write: raise contents to write'

interface JsonFinding {
  file: string
  line: number
  column: number
  severity: string
  rule: string
  message: string
}

function lintJson(files: Record<string, string>) {
  const root = cliWorkspace(files)
  const run = runCli(['lint', '--format', 'json'], root)
  const json = JSON.parse(run.stdout) as {
    diagnostics: JsonFinding[]
    summary: Record<string, number>
  }
  return { ...run, root, ...json }
}

const places = (findings: readonly JsonFinding[]) =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`)

describe('lint with used_by (bundled CLI)', () => {
  it('passes a template that grants what its code calls', () => {
    const run = lintJson({
      [TEMPLATE]: template('  contents: write\n'),
      [CODE]: MAIN_TS,
    })
    expect(run.status).toBe(0)
    expect(run.diagnostics).toEqual([])
  })

  it('catches a permission removed from the template: at the call and at used_by', () => {
    const run = lintJson({
      [TEMPLATE]: template('  contents: read\n'),
      [CODE]: MAIN_TS,
    })
    expect(run.status).toBe(1)
    expect(places(run.diagnostics)).toEqual([
      `${TEMPLATE}:6:1 error missing-permission`,
      `${CODE}:10:9 error missing-permission`,
    ])
    expect(run.diagnostics.map((f) => f.message)).toEqual([
      TEMPLATE_MESSAGE,
      CALL_MESSAGE,
    ])
    expect(run.summary).toMatchObject({ errors: 2, warnings: 0, notices: 0 })
  })

  it('catches a permission added to the template that no call needs', () => {
    const run = lintJson({
      [TEMPLATE]: template('  contents: write\n  issues: write\n'),
      [CODE]: MAIN_TS,
    })
    expect(run.status).toBe(0)
    expect(places(run.diagnostics)).toEqual([
      `${TEMPLATE}:6:3 warning excess-permission`,
    ])
    expect(run.diagnostics[0]!.message).toBe(
      'none of the calls in used_by needs issues: remove it, or add the code that needs it to used_by',
    )
  })

  it('says the check is partial at an unresolved call and at used_by', () => {
    const run = lintJson({
      [TEMPLATE]: template('  contents: write\n'),
      [CODE]: MAIN_TS,
      'src/dynamic.ts': UNRESOLVED_TS,
    })
    expect(run.status).toBe(0)
    expect(places(run.diagnostics)).toEqual([
      `${TEMPLATE}:6:1 notice used-by-partial`,
      'src/dynamic.ts:5:10 notice used-by-partial',
    ])
  })

  it('shows the call in a code frame, and annotates it in the github format', () => {
    const files = {
      [TEMPLATE]: template('  contents: read\n'),
      [CODE]: MAIN_TS,
    }
    const root = cliWorkspace(files)
    const text = runCli(['lint'], root)
    expect(text.stdout).toContain(
      `${CODE}:10:9: error: ${CALL_MESSAGE} [missing-permission]\n  10 |   await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag })\n     |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n`,
    )
    const github = runCli(['lint', '--format', 'github'], root)
    expect(github.stdout).toContain(
      `::error file=${CODE},line=10,col=9,endLine=10,endColumn=41,title=missing-permission::`,
    )
    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif'], root).stdout)
    const locations = sarif.runs[0].results.map(
      (result: {
        locations: Array<{
          physicalLocation: {
            artifactLocation: { uri: string }
            region: { startLine: number }
          }
        }>
      }) =>
        `${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.locations[0]!.physicalLocation.region.startLine}`,
    )
    expect(locations).toEqual([`${TEMPLATE}:6`, `${CODE}:10`])
  })

  it('refuses a glob that could leave the repository at the item, without a crash', () => {
    const run = lintJson({
      [TEMPLATE]: `${template('  contents: write\n')}  - ../elsewhere/*.js\n`,
      [CODE]: MAIN_TS,
    })
    expect(run.status).toBe(1)
    expect(places(run.diagnostics)).toEqual([`${TEMPLATE}:8:5 error schema`])
    expect(run.stderr).toBe('')
  })
})

const WORKFLOW = '.github/workflows/triage.yml'

/** Two steps: one with the workflow's own token, one with the template's. */
const TRIAGE_YML = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            await github.rest.repos.createRelease({ ...context.repo, tag_name: 'v1' })
      - uses: actions/github-script@v7
        with:
          github-token: \${{ secrets.TRIAGE_TOKEN }}
          script: |
            await github.rest.issues.addLabels({ ...context.repo, issue_number: 1, labels: ['x'] })
      - run: |
          gh api repos/{owner}/{repo}/releases
        env:
          GH_TOKEN: \${{ github.token }}
`

const triageTemplate = (usedBy: string) =>
  `name: Triage\ndescription: Labels issues\nexpires_in: 30\npermissions:\n  issues: write\nused_by: ${usedBy}\n`

describe("used_by and the workflow's own token (bundled CLI)", () => {
  it('counts only the steps given another token', () => {
    const run = lintJson({
      [TEMPLATE]: triageTemplate(`[${WORKFLOW}]`),
      [WORKFLOW]: TRIAGE_YML,
    })
    // createRelease (contents: write) is the workflow token's: not reported.
    expect(run.status).toBe(0)
    expect(run.diagnostics).toEqual([])
  })

  it('makes the check partial at a step that hands the token to an action', () => {
    const handing = TRIAGE_YML.replace(
      '    steps:\n',
      '    steps:\n      - uses: actions/checkout@v4\n        with:\n          token: ${{ secrets.TRIAGE_TOKEN }}\n',
    )
    const run = lintJson({
      [TEMPLATE]: triageTemplate(`[${WORKFLOW}]`),
      [WORKFLOW]: handing,
    })
    expect(run.status).toBe(0)
    expect(places(run.diagnostics)).toEqual([
      `${TEMPLATE}:6:1 notice used-by-partial`,
      `${WORKFLOW}:6:15 notice used-by-partial`,
    ])
    expect(run.diagnostics.map((f) => f.message)).toEqual([
      `the used_by check is partial: 1 step hands the token to an action not read (${WORKFLOW}:6: the token goes to actions/checkout@v4); excess-permission is not checked while it is`,
      'the token goes to actions/checkout@v4: what it calls is not checked',
    ])
  })

  it('suggest --from-code leaves those steps out, and says so once', () => {
    const root = cliWorkspace({ [WORKFLOW]: TRIAGE_YML })
    const json = runCli(['suggest', '--from-code', '--format', 'json'], root)
    expect(json.status).toBe(0)
    const out = JSON.parse(json.stdout) as {
      calls: Array<{ source: string }>
      summary: Record<string, number>
    }
    expect(out.calls.map((call) => call.source)).toEqual([
      'github.rest.issues.addLabels',
    ])
    expect(out.summary).toMatchObject({ calls: 1, default_token_steps: 2 })
    const text = runCli(['suggest', '--from-code'], root)
    expect(
      text.stderr.split('\n').filter((line) => line.includes('GITHUB_TOKEN')),
    ).toEqual([
      "token-templates: note: 2 steps use the workflow's own GITHUB_TOKEN: their calls are not counted",
    ])
  })
})

describe('used_by lists (bundled CLI)', () => {
  it('may not be empty', () => {
    const run = lintJson({
      [TEMPLATE]: triageTemplate('[]'),
      [WORKFLOW]: TRIAGE_YML,
    })
    expect(run.status).toBe(1)
    expect(places(run.diagnostics)).toEqual([`${TEMPLATE}:6:10 error schema`])
    expect(run.diagnostics[0]!.message).toMatch(/^"used_by" is an empty list: /)
  })

  it('leave out what a negated glob names, and never call it unmatched', () => {
    const run = lintJson({
      [TEMPLATE]: `${template('  contents: write\n')}  - '!src/dynamic.ts'\n  - '!src/gone/**'\n`,
      [CODE]: MAIN_TS,
      'src/dynamic.ts': UNRESOLVED_TS,
    })
    expect(run.status).toBe(0)
    expect(run.diagnostics).toEqual([])
  })
})

/** The files of a bundle's folder that hold the code parser (@babel/parser). */
function parserChunks(dist = dirname(ACTION)): string[] {
  return readdirSync(dist).filter(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(join(dist, file), 'utf8').includes('potentialArrowAt'),
  )
}

/** The files of dist/cli/ a CLI run loads. */
function cliModules(args: string[], cwd: string): string[] {
  const log = join(cwd, '.modules.log')
  writeFileSync(log, '')
  const run = spawnSync(
    process.execPath,
    ['--import', TRACE_MODULES, CLI, ...args],
    { cwd, env: { PATH: process.env.PATH, TT_MODULE_LOG: log } },
  )
  expect(run.status).not.toBe(2)
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1))
}

describe('the CLI loads the code parser only for used_by', () => {
  it('not for a template without used_by, but for one with it', () => {
    const chunks = parserChunks(dirname(CLI))
    expect(chunks).not.toEqual([])
    expect(chunks).not.toContain('index.js')
    const plain = cliWorkspace({
      [TEMPLATE]:
        'name: Release\ndescription: Publishes a release\nexpires_in: 30\npermissions:\n  contents: write\n',
      [CODE]: MAIN_TS,
    })
    const loaded = cliModules(['lint'], plain)
    expect(loaded).toContain('index.js')
    expect(loaded.filter((m) => chunks.includes(m))).toEqual([])
    const withCode = cliWorkspace({
      [TEMPLATE]: template('  contents: write\n'),
      [CODE]: MAIN_TS,
    })
    expect(cliModules(['lint'], withCode)).toEqual(
      expect.arrayContaining(chunks),
    )
  })
})

describe('the Action with used_by', () => {
  let runs: Record<'removed' | 'plain', Promise<ActionResult>>
  beforeAll(() => {
    runs = startRuns({
      removed: () => ({
        workspace: actionWorkspace({
          [TEMPLATE]: template('  contents: read\n'),
          [CODE]: MAIN_TS,
        }),
        traceModules: true,
      }),
      plain: () => ({
        workspace: actionWorkspace({
          [TEMPLATE]:
            'name: Release\ndescription: Publishes a release\nexpires_in: 30\npermissions:\n  contents: write\n',
          [CODE]: MAIN_TS,
        }),
        traceModules: true,
      }),
    })
  })

  it('annotates the call site and the template, and fails', async () => {
    const result = await runs.removed
    expect(result.code).toBe(1)
    expect(
      result.annotations.map((a) => ({
        command: a.command,
        file: a.properties.file,
        line: a.properties.line,
        col: a.properties.col,
        message: a.message,
      })),
    ).toEqual([
      {
        command: 'error',
        file: TEMPLATE,
        line: '6',
        col: '1',
        message: TEMPLATE_MESSAGE,
      },
      {
        command: 'error',
        file: CODE,
        line: '10',
        col: '9',
        message: CALL_MESSAGE,
      },
    ])
    expect(result.outputs.errors).toBe('2')
    expect(findingRows(result.summary!).map((row) => row.slice(0, 2))).toEqual([
      ['❌ error', '`missing-permission`'],
      ['❌ error', '`missing-permission`'],
    ])
    // The check loads the parser on demand.
    expect(result.modules).toEqual(expect.arrayContaining(parserChunks()))
  })

  it('never loads the code parser without used_by', async () => {
    const chunks = parserChunks()
    expect(chunks).not.toEqual([])
    expect(chunks).not.toContain('index.js')
    const result = await runs.plain
    expect(result.code).toBe(0)
    expect(result.modules).toContain('index.js')
    expect(result.modules.filter((m) => chunks.includes(m))).toEqual([])
  })
})

describe('docs/endpoints.md: used_by', () => {
  const page = readFileSync('docs/endpoints.md', 'utf8')
  const block = (start: string) =>
    new RegExp(
      `\`\`\`[a-z]*\\n(${start.replace(/[.$]/g, '\\$&')}\\n[^]*?)\`\`\``,
    ).exec(page)?.[1]

  it('prints what the page shows for the template with contents lowered', () => {
    const workflow = block('# .github/workflows/release.yml')
    const template = block('# .github/token-templates/release.yml')
    const output = block('$ token-templates lint')
    expect([workflow, template, output]).not.toContain(undefined)
    const changed = template!.replace(
      '  contents: write\n  pull_requests: write\n',
      '  contents: read\n  pull_requests: write\n  issues: write\n',
    )
    expect(changed).not.toBe(template)
    const root = cliWorkspace({
      '.github/workflows/release.yml': workflow!,
      [TEMPLATE]: changed,
    })
    const run = runCli(['lint'], root)
    expect(run.status).toBe(1)
    expect(run.stdout).toBe(output!.slice('$ token-templates lint\n'.length))
  })
})
