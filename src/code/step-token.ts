import type { ApiCall } from './api-call.js'

// Which token a workflow step's calls use. A template describes one token;
// a workflow's calls made with its own GITHUB_TOKEN are not that token's.

/** `${{ secrets.GITHUB_TOKEN }}` or `${{ github.token }}`, alone: the workflow's own token. */
const OWN_TOKEN =
  /^\$\{\{\s*(?:secrets\s*\.\s*GITHUB_TOKEN|secrets\s*\[\s*['"]GITHUB_TOKEN['"]\s*\]|github\s*\.\s*token)\s*\}\}$/i

/** The `${{ ... }}` expressions in a text. */
const EXPRESSION = /\$\{\{([^]*?)\}\}/g

/** `secrets.NAME` or `secrets['NAME']` in an expression. */
const SECRET =
  /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/gi

/** The variables gh (and most tools) read the token from. */
export const TOKEN_VARIABLES = [
  'GH_TOKEN',
  'GITHUB_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
] as const

/** Input names actions take a GitHub token in: `token`, `github-token`, `repo-token`. */
const TOKEN_INPUT = /^(?:github[-_]?|gh[-_]?|repo[-_]?)?token$/i

/** The secrets (other than GITHUB_TOKEN) a text's expressions name, as `secrets.NAME`. */
export function otherSecrets(text: string): string[] {
  const found: string[] = []
  for (const [, expression] of text.matchAll(EXPRESSION))
    for (const match of expression!.matchAll(SECRET)) {
      const name = (match[1] ?? match[2]!).toUpperCase()
      if (name !== 'GITHUB_TOKEN') found.push(`secrets.${name}`)
    }
  return found
}

/**
 * What a value given as a token refers to, or nothing for the workflow's
 * own token (or none): the secrets it names, else the value itself (a
 * step output of actions/create-github-app-token, an input, a literal).
 */
export function tokenRefs(value: unknown): string[] {
  if (typeof value !== 'string') return []
  const text = value.trim()
  if (text === '' || OWN_TOKEN.test(text)) return []
  const secrets = otherSecrets(text)
  return secrets.length > 0 ? secrets : [text.replace(/\s+/g, '')]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A step's env: the workflow's, the job's and its own, the nearest winning. */
export function mergedEnv(levels: readonly unknown[]): Record<string, unknown> {
  const env: Record<string, unknown> = {}
  for (const level of levels) if (isObject(level)) Object.assign(env, level)
  return env
}

/** The token a `run:` step's calls use: gh's (by variable), and any other's (curl). */
export interface RunToken {
  /** What gh's variables (or a secret in the script) give it. */
  gh: string[]
  /** Also any secret in the env: a curl header may use any variable. */
  any: string[]
}

/** The token of a `run:` step with this env and script. */
export function runToken(
  env: Readonly<Record<string, unknown>>,
  run: string,
): RunToken {
  // An inline `GH_TOKEN=${{ secrets.X }} gh ...` names it in the script.
  const inScript = otherSecrets(run)
  const gh = [
    ...TOKEN_VARIABLES.flatMap((name) => tokenRefs(env[name])),
    ...inScript,
  ]
  const named = Object.entries(env).flatMap(([name, value]) =>
    /token/i.test(name)
      ? tokenRefs(value)
      : typeof value === 'string'
        ? otherSecrets(value)
        : [],
  )
  return { gh, any: [...gh, ...named] }
}

/** `gh ...` (or `/usr/bin/gh ...`): gh reads its token from its variables only. */
const isGhCall = (call: ApiCall) => /^(?:\S*\/)?gh\s/.test(call.source)

/** Whether a call of a `run:` step uses a token other than the workflow's own. */
export const runCallCounts = (call: ApiCall, token: RunToken) =>
  (isGhCall(call) ? token.gh : token.any).length > 0

/**
 * Whether a `uses:` step is handed the token: a GitHub-token input
 * (`token:`, `github-token:`), or a token variable in its env, given
 * anything but the workflow's own token; or any input or env value naming
 * a token the counted steps use (`refs`).
 */
export function handsTokenTo(
  step: Readonly<Record<string, unknown>>,
  refs: ReadonlySet<string>,
): boolean {
  const given = (values: unknown, isTokenKey: (key: string) => boolean) =>
    isObject(values) &&
    Object.entries(values).some(([key, value]) => {
      if (isTokenKey(key) && tokenRefs(value).length > 0) return true
      if (typeof value !== 'string') return false
      return [...otherSecrets(value), value.trim().replace(/\s+/g, '')].some(
        (ref) => refs.has(ref),
      )
    })
  const isTokenVariable = (key: string) =>
    (TOKEN_VARIABLES as readonly string[]).includes(key)
  return (
    given(step.with, (key) => TOKEN_INPUT.test(key)) ||
    given(step.env, isTokenVariable)
  )
}
