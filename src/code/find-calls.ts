import { statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import picomatch from 'picomatch'
import { escapePath, isDynamicPattern } from 'tinyglobby'
import { discoverTemplateFiles } from '../lint/discover.js'
import { readTemplateFile } from '../lint/read-template-file.js'
import type { ApiCall } from './api-call.js'
import { findJsCalls } from './js-calls.js'
import { findShellCalls } from './shell-calls.js'
import { findWorkflowCalls } from './workflow-calls.js'

/** What `--from-code` reads without paths: workflows, actions, scripts and sources. */
export const DEFAULT_CODE_GLOBS = [
  '.github/workflows/*.{yml,yaml}',
  '**/action.{yml,yaml}',
  '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,sh,bash}',
] as const

/** Below a directory argument: the same kinds of file. */
const CODE_GLOB = '**/*.{yml,yaml,js,mjs,cjs,jsx,ts,mts,cts,tsx,sh,bash}'

/** Code files are larger than templates: a bundle is not, and is skipped. */
const MAX_CODE_FILE_BYTES = 2 * 1024 * 1024

/** Build output repeats the sources (and bundles Octokit): read only when named. */
const BUILD_OUTPUT = /(^|\/)(dist|build|out|coverage)\//

type Language = 'javascript' | 'shell' | 'workflow'

function languageOf(file: string): Language | undefined {
  if (/\.(m|c)?[jt]sx?$/.test(file)) return 'javascript'
  if (/\.(sh|bash)$/.test(file)) return 'shell'
  if (/\.ya?ml$/.test(file)) return 'workflow'
  return undefined
}

/** A script without an extension, by its `#!` line. */
function languageOfScript(text: string): Language | undefined {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text)
  if (!shebang) return undefined
  const program = basename(
    shebang[1]!.endsWith('/env') ? (shebang[2] ?? '') : shebang[1]!,
  )
  if (/^(ba|da|z|k)?sh$/.test(program)) return 'shell'
  if (/^(node|deno|bun|tsx|ts-node)$/.test(program)) return 'javascript'
  return undefined
}

export interface CodeProblem {
  file: string
  line: number
  column: number
  message: string
}

export interface CodeScan {
  /** The files read, relative to the root. */
  files: string[]
  calls: ApiCall[]
  /** Files, or scripts in them, that do not parse: their calls may be missing. */
  syntaxErrors: CodeProblem[]
  /** Files that were not read, and why. */
  unread: Array<{ file: string; reason: string }>
  /**
   * Code whose calls are missing: a run: step in pwsh (`shell`), or an
   * action a step hands the token to (`action`).
   */
  skipped: Array<CodeProblem & { kind: 'shell' | 'action' }>
  /** Paths or globs that matched nothing (never a negated one). */
  unmatched: string[]
  /** Workflow steps whose calls use the workflow's own GITHUB_TOKEN: not in `calls`. */
  defaultTokenSteps: number
}

export interface CodeScanOptions {
  /** Report what only looks like a call as unresolved (see JsCallOptions): for the used_by check, which must not miss one. */
  cautious?: boolean
}

/** A directory argument means the code files below it. */
function expandCodePattern(pattern: string, root: string): string {
  if (isDynamicPattern(pattern)) return pattern
  try {
    if (statSync(resolve(root, pattern)).isDirectory())
      return `${escapePath(pattern.replace(/\\/g, '/')).replace(/\/+$/, '')}/${CODE_GLOB}`
  } catch {
    // Not there: discovery reports it unmatched.
  }
  return pattern
}

/** A leading `!` leaves out what the rest names, as in `.gitignore`. */
const NEGATED = /^!+/

/**
 * The patterns to search, and whether a file is left out by a negated
 * one (`!scripts/skip.js`, `!vendor/**`, `!vendor`: a directory leaves
 * out the files below it).
 */
function splitNegated(patterns: readonly string[], root: string) {
  const kept = patterns.filter((pattern) => !NEGATED.test(pattern))
  const negated = patterns
    .filter((pattern) => NEGATED.test(pattern))
    .map((pattern) =>
      expandCodePattern(pattern.replace(NEGATED, ''), root).replace(
        /^\.\/|\/+$/g,
        '',
      ),
    )
    .filter((pattern) => pattern !== '')
  if (negated.length === 0) return { kept, excluded: () => false }
  const isMatch = picomatch(
    negated.flatMap((pattern) => [pattern, `${pattern}/**`]),
    { dot: true },
  )
  return { kept, excluded: (file: string) => isMatch(file) }
}

/** YAML that is a workflow or an action: other YAML (templates, configs) has no steps. */
const isWorkflowFile = (file: string) =>
  /(^|\/)\.github\/workflows\//.test(file) ||
  /^action\.ya?ml$/.test(basename(file))

function scanFile(
  file: string,
  text: string,
  named: boolean,
  scan: CodeScan,
  options: CodeScanOptions,
) {
  const language = languageOf(file) ?? languageOfScript(text)
  if (language === 'javascript') {
    const found = findJsCalls(text, file, undefined, {
      cautious: options.cautious === true,
    })
    scan.calls.push(...found.calls)
    if (found.syntaxError)
      scan.syntaxErrors.push({ file, ...found.syntaxError })
  } else if (language === 'shell') {
    scan.calls.push(...findShellCalls(text, file))
  } else if (language === 'workflow' && (named || isWorkflowFile(file))) {
    const found = findWorkflowCalls(text, file, options)
    scan.calls.push(...found.calls)
    for (const error of found.syntaxErrors)
      scan.syntaxErrors.push({ file, ...error })
    for (const { line, column, shell } of found.skipped)
      scan.skipped.push({
        file,
        line,
        column,
        kind: 'shell',
        message: `a run: step in ${shell} is not read`,
      })
    for (const { line, column, action } of found.handedOff)
      scan.skipped.push({
        file,
        line,
        column,
        kind: 'action',
        message: `the token goes to ${action}`,
      })
    scan.defaultTokenSteps += found.defaultTokenSteps
  }
}

/**
 * Finds the files the paths or globs name (without any: DEFAULT_CODE_GLOBS)
 * inside `root`, and the GitHub API calls in each, in file order.
 */
export function findCodeCalls(
  root: string,
  patterns: readonly string[],
  options: CodeScanOptions = {},
): CodeScan {
  const { kept, excluded } = splitNegated(patterns, root)
  const named = kept.length > 0
  const searched = named
    ? kept.map((pattern) => expandCodePattern(pattern, root))
    : [...DEFAULT_CODE_GLOBS]
  const discovery = discoverTemplateFiles(searched, root)
  const files = discovery.files.filter(
    (file) => !excluded(file) && (named || !BUILD_OUTPUT.test(file)),
  )
  const scan: CodeScan = {
    files: [],
    calls: [],
    syntaxErrors: [],
    skipped: [],
    unread: discovery.refused
      .filter(({ file }) => !excluded(file))
      .map(({ file, reason }) => ({ file, reason })),
    unmatched: named
      ? discovery.unmatched.map(
          (pattern) => kept[searched.indexOf(pattern)] ?? pattern,
        )
      : [],
    defaultTokenSteps: 0,
  }
  for (const file of files) {
    if (languageOf(file) === undefined && !named) continue
    const read = readTemplateFile(
      resolve(root, file),
      MAX_CODE_FILE_BYTES,
      'a file searched for API calls (a bundle is left out)',
    )
    if (typeof read === 'string') {
      scan.unread.push({ file, reason: read })
      continue
    }
    scan.files.push(file)
    // Editors count columns after a byte order mark, not from it.
    const text = read.toString('utf8').replace(/^\uFEFF/, '')
    try {
      scanFile(file, text, named, scan, options)
    } catch (error) {
      // The parser recurses: code nested thousands deep overflows it. One
      // such file must not stop the others being read.
      if (!(error instanceof RangeError)) throw error
      scan.syntaxErrors.push({
        file,
        line: 1,
        column: 1,
        message: 'nested too deeply to read',
      })
    }
  }
  return scan
}
