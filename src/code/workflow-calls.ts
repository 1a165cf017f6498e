import { parseYamlFile } from '../common/yaml-file.js'
import type { PathSegment, YamlDocument } from '../common/yaml-file.js'
import type { ApiCall, EmbeddedAt } from './api-call.js'
import { findJsCalls } from './js-calls.js'
import type { JsSyntaxError } from './js-calls.js'
import { findShellCalls } from './shell-calls.js'

/** The code a workflow or composite action runs: where it is, and in which language. */
interface EmbeddedCode {
  language: 'javascript' | 'shell'
  text: string
  at: EmbeddedAt
  /** False for a folded or multi-line flow scalar: its calls are placed at its start. */
  exact: boolean
}

export interface WorkflowCalls {
  calls: ApiCall[]
  /** The file is no YAML (its first problem), or a script in it does not parse. */
  syntaxErrors: JsSyntaxError[]
  /** `run:` steps in a shell that is not read (pwsh, python, cmd): where, and which shell. */
  skipped: Array<{ line: number; column: number; shell: string }>
}

type Step = Readonly<Record<string, unknown>>

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
 * (`runs.steps`), each with its path and the shell its `run:` uses.
 */
function stepsOf(
  root: unknown,
): Array<{ step: Step; path: PathSegment[]; shell?: string }> {
  if (!isObject(root)) return []
  const found: Array<{ step: Step; path: PathSegment[]; shell?: string }> = []
  const add = (steps: unknown, path: PathSegment[], shell?: string) => {
    if (!Array.isArray(steps)) return
    steps.forEach((step, index) => {
      if (isObject(step)) found.push({ step, path: [...path, index], shell })
    })
  }
  if (isObject(root.jobs))
    for (const [id, job] of Object.entries(root.jobs))
      if (isObject(job))
        add(
          job.steps,
          ['jobs', id, 'steps'],
          defaultShell(job) ?? defaultShell(root),
        )
  if (isObject(root.runs)) add(root.runs.steps, ['runs', 'steps'])
  return found
}

/** `actions/github-script@v7` (any ref), the step that runs `script:` as JavaScript. */
const isGithubScript = (uses: unknown) =>
  typeof uses === 'string' && /^actions\/github-script@/i.test(uses.trim())

function embeddedCode(
  document: YamlDocument,
  skipped: WorkflowCalls['skipped'],
): EmbeddedCode[] {
  const code: EmbeddedCode[] = []
  for (const { step, path, shell } of stepsOf(document.value)) {
    const place = (key: PathSegment[]) => document.scalarText([...path, ...key])
    if (isGithubScript(step.uses)) {
      const script = place(['with', 'script'])
      if (script)
        code.push({
          language: 'javascript',
          text: script.text,
          at: { line: script.line, column: script.column },
          exact: script.exact,
        })
    }
    const stepShell = typeof step.shell === 'string' ? step.shell : shell
    const run = place(['run'])
    if (!run) continue
    if (stepShell !== undefined && !SHELLS.test(stepShell)) {
      skipped.push({ line: run.line, column: run.column(0), shell: stepShell })
      continue
    }
    code.push({
      language: 'shell',
      text: run.text,
      at: { line: run.line, column: run.column },
      exact: run.exact,
    })
  }
  return code
}

/**
 * The API calls in a workflow or composite action: `actions/github-script`
 * scripts read as JavaScript, `run:` steps as shell scripts, each call at
 * its own line and column in the YAML file.
 */
export function findWorkflowCalls(source: string, file: string): WorkflowCalls {
  const parsed = parseYamlFile(source)
  const result: WorkflowCalls = { calls: [], syntaxErrors: [], skipped: [] }
  const problem = parsed.problems[0]
  if (problem)
    result.syntaxErrors.push({
      line: problem.at.line,
      column: problem.at.column,
      message: problem.message,
    })
  for (const document of parsed.documents)
    for (const code of embeddedCode(document, result.skipped)) {
      const found =
        code.language === 'shell'
          ? { calls: findShellCalls(code.text, file, code.at) }
          : findJsCalls(code.text, file, code.at, { githubScript: true })
      // Lines of a folded scalar are not the file's: each call at its start.
      const start = { line: code.at.line, column: code.at.column(0) }
      result.calls.push(
        ...(code.exact
          ? found.calls
          : found.calls.map((call) => ({ ...call, ...start }))),
      )
      if ('syntaxError' in found && found.syntaxError)
        result.syntaxErrors.push(found.syntaxError)
    }
  return result
}
