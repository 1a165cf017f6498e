import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'

// Runs the bundled Action (dist/index.js) as a GitHub runner does: a child
// process whose inputs are INPUT_* variables, with GITHUB_* variables, an
// empty GITHUB_STEP_SUMMARY and GITHUB_OUTPUT file, and an event payload.

export const ACTION = resolve('dist/index.js')
export const FIXTURES = resolve('__tests__/fixtures/action')

export const REPOSITORY = 'octo/repo'
export const SERVER_URL = 'https://github.example.test'
/** GITHUB_SHA: on pull_request events, the merge commit (not the head). */
export const MERGE_SHA = 'f'.repeat(40)
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567'
export const PR_NUMBER = 7
export const TOKEN = 'ghs_secrettoken123'
/** Nothing listens here: an unexpected API call fails fast, never leaves. */
export const NO_API = 'http://127.0.0.1:9'

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** The line as printed. */
  raw: string
}

export interface ActionResult {
  code: number | null
  stdout: string
  stderr: string
  /** The GITHUB_STEP_SUMMARY file's text; undefined when it was not set. */
  summary: string | undefined
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>
  /** GITHUB_OUTPUT as written. */
  outputFile: string
  /**
   * With `traceModules`: the files Node loaded from dist/ (the bundle and
   * any chunk it imports on demand), relative to dist/, in load order.
   */
  modules: string[]
  /** The workflow commands (`::cmd props::message`) on stdout, in order. */
  commands: WorkflowCommand[]
  /** The annotations (error, warning, notice commands) with a file. */
  annotations: WorkflowCommand[]
  ms: number
}

export interface EventOptions {
  name?: string
  /** Written to a file as JSON; a string is written as is. */
  payload?: unknown
  /** GITHUB_EVENT_PATH as given (e.g. a missing file); no file is written. */
  path?: string
}

export interface RunOptions {
  workspace: string
  /** GITHUB_REPOSITORY, and the base of the default pull_request payload. */
  repository?: string
  /** Action inputs by their action.yml names; the rest get their defaults. */
  inputs?: Record<string, string>
  /** Extra environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
  event?: EventOptions
  /** Kill the child after this long (a hung Action must not hang Jest). */
  killAfterMs?: number
  /** Record which files of dist/ the run loads (see `modules`). */
  traceModules?: boolean
}

const temporary: string[] = []

/** A new temporary folder, removed by `removeTemporaryFolders`. */
function temporaryFolder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix))
  temporary.push(path)
  return path
}

/** Removes every workspace and runner folder made so far (for afterAll). */
export function removeTemporaryFolders(): void {
  for (const path of temporary.splice(0))
    rmSync(path, { recursive: true, force: true })
}

/** A temporary workspace holding `files` (path -> text). */
export function workspace(files: Record<string, string> = {}): string {
  const root = temporaryFolder('tt-action-ws-')
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  return root
}

/** A temporary workspace with a copy of a fixture folder, plus `files`. */
export function fixtureWorkspace(
  fixture: string,
  files: Record<string, string> = {},
): string {
  const root = workspace(files)
  cpSync(join(FIXTURES, fixture), root, { recursive: true })
  return root
}

/** A pull_request payload with the fields the Action reads. */
export function pullRequestPayload(
  options: {
    number?: number
    headSha?: string
    /** owner/name of the base repository (GITHUB_REPOSITORY). */
    repository?: string
    /** owner/name the head branch lives in: another one for a fork. */
    headRepo?: string
  } = {},
): unknown {
  const repository = options.repository ?? REPOSITORY
  return {
    action: 'synchronize',
    number: options.number ?? PR_NUMBER,
    pull_request: {
      number: options.number ?? PR_NUMBER,
      head: {
        sha: options.headSha ?? HEAD_SHA,
        repo: { full_name: options.headRepo ?? repository },
      },
      base: { sha: 'b'.repeat(40), repo: { full_name: repository } },
    },
    repository: { full_name: repository },
  }
}

/** The environment GitHub's runner gives every input: action.yml defaults. */
function defaultInputs(env: Record<string, string>): Record<string, string> {
  const action = parseYaml(readFileSync(resolve('action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const inputs: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = String(input.default ?? '')
      .replace('${{ github.server_url }}', env.GITHUB_SERVER_URL ?? '')
      // Tests opt in to a token: without one the Action makes no API call.
      .replace('${{ github.token }}', '')
  }
  return inputs
}

/** `INPUT_FAIL-ON`: core.getInput upper-cases and keeps the hyphen. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` (or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    let name: string
    let value: string
    if (heredoc) {
      const [, key, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end === -1) throw new Error(`output ${key}: no closing ${delimiter}`)
      name = key
      value = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      name = line.slice(0, line.indexOf('='))
      value = line.slice(line.indexOf('=') + 1)
    } else {
      throw new Error(`GITHUB_OUTPUT line is neither form: ${line}`)
    }
    if (name in outputs) throw new Error(`output ${name} is set twice`)
    outputs[name] = value
  }
  return outputs
}

const unescapeData = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

const unescapeProperty = (text: string) =>
  unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))

/** The workflow commands on stdout, as the runner reads them. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw.trimStart())
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of match[2] ? match[2].split(',') : []) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({
      command: match[1]!,
      properties,
      message: unescapeData(match[3]!),
      raw,
    })
  }
  return commands
}

const LEVELS = new Set(['error', 'warning', 'notice'])

/**
 * `node --import` of this registers a loader hook that appends the URL of
 * every file module loaded to the file TT_MODULE_LOG names: ncc's chunks
 * are separate files, imported only when the code needs them.
 */
export const TRACE_MODULES = (() => {
  const hooks = `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.TT_MODULE_LOG, url + '\\n')
  return next(url, context)
}`
  const register = `import { register } from 'node:module'
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`
  return `data:text/javascript,${encodeURIComponent(register)}`
})()

/** The files of dist/ that hold Octokit (by its user agent string). */
export function octokitChunks(): string[] {
  const dist = dirname(ACTION)
  return readdirSync(dist).filter(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(join(dist, file), 'utf8').includes('octokit-core.js/'),
  )
}

/** Runs dist/index.js with the runner's environment; resolves on exit. */
export async function runAction(options: RunOptions): Promise<ActionResult> {
  const runnerTemp = temporaryFolder('tt-action-run-')
  const summaryPath = join(runnerTemp, 'step_summary')
  const outputPath = join(runnerTemp, 'output')
  // The runner creates both files, empty, before the step starts.
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')
  const base: Record<string, string> = {
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_API_URL: NO_API,
    GITHUB_REPOSITORY: options.repository ?? REPOSITORY,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: runnerTemp,
  }
  if (options.event) {
    base.GITHUB_EVENT_NAME = options.event.name ?? 'pull_request'
    if (options.event.path !== undefined) {
      base.GITHUB_EVENT_PATH = options.event.path
    } else {
      const eventPath = join(runnerTemp, 'event.json')
      const payload =
        options.event.payload ??
        pullRequestPayload({ repository: options.repository })
      writeFileSync(
        eventPath,
        typeof payload === 'string' ? payload : JSON.stringify(payload),
      )
      base.GITHUB_EVENT_PATH = eventPath
    }
  }
  const inputs = { ...defaultInputs(base), ...options.inputs }
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...base }
  for (const [name, value] of Object.entries(inputs))
    env[inputVariable(name)] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  const moduleLog = join(runnerTemp, 'modules')
  if (options.traceModules) {
    writeFileSync(moduleLog, '')
    env.TT_MODULE_LOG = moduleLog
  }
  const nodeArgs = options.traceModules ? ['--import', TRACE_MODULES] : []

  const started = Date.now()
  const { code, stdout, stderr } = await new Promise<{
    code: number | null
    stdout: string
    stderr: string
  }>((done, fail) => {
    const child = spawn(process.execPath, [...nodeArgs, ACTION], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk
    })
    const killer = setTimeout(
      () => child.kill('SIGKILL'),
      options.killAfterMs ?? 15_000,
    )
    child.on('error', fail)
    child.on('close', (exitCode) => {
      clearTimeout(killer)
      done({ code: exitCode, stdout: out, stderr: err })
    })
  })
  const commands = parseCommands(stdout)
  const outputFile = readFileSync(outputPath, 'utf8')
  const dist = pathToFileURL(dirname(ACTION)).href + '/'
  return {
    code,
    stdout,
    stderr,
    summary:
      env.GITHUB_STEP_SUMMARY && existsSync(env.GITHUB_STEP_SUMMARY)
        ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')
        : undefined,
    outputs: parseOutputFile(outputFile),
    outputFile,
    modules: options.traceModules
      ? readFileSync(moduleLog, 'utf8')
          .split('\n')
          .filter((url) => url.startsWith(dist))
          .map((url) => url.slice(dist.length))
      : [],
    commands,
    annotations: commands.filter(
      (command) => LEVELS.has(command.command) && 'file' in command.properties,
    ),
    ms: Date.now() - started,
  }
}

/** Markdown text with its backslash escapes removed, to read it as shown. */
export function shownText(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]|~:.@{}()#+!<>-])/g, '$1')
}

/** The `> note` lines of a job summary, as shown. */
export function summaryNotes(summary: string): string[] {
  return summary
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => shownText(line.slice(2)))
}

/** The rows of the summary's Findings table, split into their cells. */
export function findingRows(summary: string): string[][] {
  const start = summary.indexOf('### Findings')
  if (start === -1) return []
  const rows: string[][] = []
  for (const line of summary.slice(start).split('\n').slice(4)) {
    if (!line.startsWith('| ')) break
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.trim()),
    )
  }
  return rows
}

/**
 * Starts every run at once (they are processes: on a machine with cores to
 * spare they overlap) and hands back their results by name. Call it in
 * beforeAll; a test awaits the run it reads.
 */
export function startRuns<K extends string>(
  specs: Record<K, () => RunOptions>,
): Record<K, Promise<ActionResult>> {
  const runs = {} as Record<K, Promise<ActionResult>>
  for (const name of Object.keys(specs) as K[]) {
    runs[name] = runAction(specs[name]())
    // Awaited by the tests; this only keeps a failure from going unhandled
    // in the meantime.
    runs[name].catch(() => undefined)
  }
  return runs
}

/** `count` templates, one error each: unknown permissions bogus_0, bogus_1… */
export function manyErrors(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `name: Token ${i}\ndescription: number ${i}\nexpires_in: 30\npermissions:\n  bogus_${i}: read\n`,
  ).join('---\n')
}
