import { parseYamlFile } from '../common/yaml-file.js'
import type { PathSegment, YamlDocument } from '../common/yaml-file.js'
import type { ApiCall, EmbeddedAt } from './api-call.js'
import { findJsCalls } from './js-calls.js'
import type { JsSyntaxError } from './js-calls.js'
import { findShellCalls } from './shell-calls.js'
import {
  TOKEN_VARIABLES,
  handsTokenTo,
  mergedEnv,
  runCallCounts,
  runToken,
  tokenRefs,
} from './step-token.js'

/** The code a workflow or composite action runs: where it is, and in which language. */
interface EmbeddedCode {
  language: 'javascript' | 'shell'
  text: string
  at: EmbeddedAt
  /** False for a folded or multi-line flow scalar: its calls are placed at its start. */
  exact: boolean
  /** Whether a call is made with the template's token, not the workflow's own. */
  counts: (call: ApiCall) => boolean
  /** Whether any of its calls may be: else a syntax error in it hides none of them. */
  mayCount: boolean
}

export interface WorkflowCalls {
  calls: ApiCall[]
  /** The file is no YAML (its first problem), or a script in it does not parse. */
  syntaxErrors: JsSyntaxError[]
  /** `run:` steps in a shell that is not read (pwsh, python, cmd): where, and which shell. */
  skipped: Array<{ line: number; column: number; shell: string }>
  /** `uses:` steps handed the token: the action (`owner/name@ref`) and its place. */
  handedOff: Array<{ line: number; column: number; action: string }>
  /** Workflow steps whose calls use the workflow's own GITHUB_TOKEN: left out. */
  defaultTokenSteps: number
}

type Step = Readonly<Record<string, unknown>>

interface PlacedStep {
  step: Step
  path: PathSegment[]
  shell?: string
  /** The workflow's and the job's `env:`; a composite action's steps have none. */
  env: unknown[]
  /** A workflow's step (its own GITHUB_TOKEN is not the template's), not an action's. */
  inWorkflow: boolean
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Shells whose `run:` is read as a shell script; pwsh, python and cmd are not. */
const SHELLS = /^(bash|sh)\b/

/** `defaults.run.shell` of a workflow or job, if set. */
function defaultShell(owner: unknown): string | undefined {
  const shell = isObject(owner)
    ? (owner.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell
    : undefined
  return typeof shell === 'string' ? shell : undefined
}

/**
 * The steps of a workflow (`jobs.*.steps`) or a composite action
 * (`runs.steps`), each with its path, the shell its `run:` uses and the
 * env it inherits.
 */
function stepsOf(root: unknown): PlacedStep[] {
  if (!isObject(root)) return []
  const found: PlacedStep[] = []
  const add = (steps: unknown, placed: Omit<PlacedStep, 'step'>) => {
    if (!Array.isArray(steps)) return
    steps.forEach((step, index) => {
      if (isObject(step))
        found.push({ ...placed, step, path: [...placed.path, index] })
    })
  }
  if (isObject(root.jobs))
    for (const [id, job] of Object.entries(root.jobs))
      if (isObject(job))
        add(job.steps, {
          path: ['jobs', id, 'steps'],
          shell: defaultShell(job) ?? defaultShell(root),
          env: [root.env, job.env],
          inWorkflow: true,
        })
  if (isObject(root.runs))
    add(root.runs.steps, {
      path: ['runs', 'steps'],
      env: [],
      inWorkflow: false,
    })
  return found
}

/** `actions/github-script@v7` (any ref), the step that runs `script:` as JavaScript. */
const isGithubScript = (uses: unknown) =>
  typeof uses === 'string' && /^actions\/github-script@/i.test(uses.trim())

/** github-script uses `github-token:`, by default the workflow's own. */
function scriptCounts({ step, inWorkflow }: PlacedStep): boolean {
  if (!inWorkflow) return true
  const given = isObject(step.with) ? step.with['github-token'] : undefined
  return tokenRefs(given).length > 0
}

/** The tokens the template's steps are given: a `uses:` step given one gets it too. */
function countedTokenRefs(steps: readonly PlacedStep[]): Set<string> {
  const refs = new Set<string>()
  for (const placed of steps) {
    const { step } = placed
    if (isGithubScript(step.uses) && isObject(step.with))
      for (const ref of tokenRefs(step.with['github-token'])) refs.add(ref)
    if (typeof step.run !== 'string') continue
    const env = mergedEnv([...placed.env, step.env])
    for (const name of TOKEN_VARIABLES)
      for (const ref of tokenRefs(env[name])) refs.add(ref)
  }
  return refs
}

function embeddedCode(
  document: YamlDocument,
  result: WorkflowCalls,
): EmbeddedCode[] {
  const code: EmbeddedCode[] = []
  const steps = stepsOf(document.value)
  const refs = countedTokenRefs(steps)
  for (const placed of steps) {
    const { step, path, shell } = placed
    const place = (key: PathSegment[]) => document.scalarText([...path, ...key])
    if (isGithubScript(step.uses)) {
      const script = place(['with', 'script'])
      const counted = scriptCounts(placed)
      if (script)
        code.push({
          language: 'javascript',
          text: script.text,
          at: { line: script.line, column: script.column },
          exact: script.exact,
          counts: () => counted,
          mayCount: counted,
        })
    } else if (typeof step.uses === 'string' && handsTokenTo(step, refs)) {
      const at = document.locate([...path, 'uses'])
      result.handedOff.push({
        line: at.line,
        column: at.column,
        action: step.uses.trim(),
      })
    }
    const stepShell = typeof step.shell === 'string' ? step.shell : shell
    const run = place(['run'])
    if (!run) continue
    const token = runToken(mergedEnv([...placed.env, step.env]), run.text)
    const mayCount = !placed.inWorkflow || token.any.length > 0
    if (stepShell !== undefined && !SHELLS.test(stepShell)) {
      // Code the workflow's own token runs is not the template's.
      if (mayCount)
        result.skipped.push({
          line: run.line,
          column: run.column(0),
          shell: stepShell,
        })
      continue
    }
    code.push({
      language: 'shell',
      text: run.text,
      at: { line: run.line, column: run.column },
      exact: run.exact,
      counts: (call) => !placed.inWorkflow || runCallCounts(call, token),
      mayCount,
    })
  }
  return code
}

/** The calls in one piece of code, at their places in the file. */
function readCode(code: EmbeddedCode, file: string, cautious: boolean) {
  const found =
    code.language === 'shell'
      ? { calls: findShellCalls(code.text, file, code.at) }
      : findJsCalls(code.text, file, code.at, { githubScript: true, cautious })
  // Lines of a folded scalar are not the file's: each call at its start.
  const start = { line: code.at.line, column: code.at.column(0) }
  const calls = code.exact
    ? found.calls
    : found.calls.map((call) => ({ ...call, ...start }))
  const syntaxError = 'syntaxError' in found ? found.syntaxError : undefined
  return { calls, syntaxError }
}

/**
 * The API calls in a workflow or composite action: `actions/github-script`
 * scripts read as JavaScript, `run:` steps as shell scripts, each call at
 * its own line and column in the YAML file. A workflow's steps that use
 * its own GITHUB_TOKEN are counted, not read into `calls`.
 */
export function findWorkflowCalls(
  source: string,
  file: string,
  options: { cautious?: boolean } = {},
): WorkflowCalls {
  const parsed = parseYamlFile(source)
  const result: WorkflowCalls = {
    calls: [],
    syntaxErrors: [],
    skipped: [],
    handedOff: [],
    defaultTokenSteps: 0,
  }
  const problem = parsed.problems[0]
  if (problem)
    result.syntaxErrors.push({
      line: problem.at.line,
      column: problem.at.column,
      message: problem.message,
    })
  for (const document of parsed.documents)
    for (const code of embeddedCode(document, result)) {
      const { calls, syntaxError } = readCode(
        code,
        file,
        options.cautious ?? false,
      )
      const counted = calls.filter(code.counts)
      result.calls.push(...counted)
      if (counted.length < calls.length) result.defaultTokenSteps++
      // A script the workflow's own token runs hides none of the template's calls.
      if (syntaxError && code.mayCount) result.syntaxErrors.push(syntaxError)
    }
  return result
}
