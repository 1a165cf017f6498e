import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { escapeCommandData, escapeCommandProperty } from '../format/github.js'

/**
 * The parts of the GitHub Actions runner protocol this Action speaks:
 * inputs from `INPUT_*`, workflow commands on stdout, and the files behind
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Same names and the same escaping
 * as `@actions/core` (a test compares them), written here because
 * `@actions/core` loads an HTTP client for OIDC at start-up, about 45 ms of
 * the ~60 ms a bare Node start takes; this Action never needs OIDC.
 */

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

type Env = Record<string, string | undefined>

const write = (line: string) => void process.stdout.write(line + EOL)

function issue(
  command: string,
  properties: Record<string, unknown>,
  message: string,
): void {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',')
  write(`::${command}${list ? ` ${list}` : ''}::${escapeCommandData(message)}`)
}

function annotation(level: 'error' | 'warning' | 'notice') {
  return (message: string, properties: AnnotationProperties = {}): void =>
    issue(
      level,
      {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
      },
      message,
    )
}

export const error = annotation('error')
export const warning = annotation('warning')
export const notice = annotation('notice')

export function info(message: string): void {
  write(message)
}

export function startGroup(name: string): void {
  issue('group', {}, name)
}

export function endGroup(): void {
  issue('endgroup', {}, '')
}

/** An input by its action.yml name, trimmed; '' when not set. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Masks a value in the log from here on. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

/** Appends `name<<delimiter` … to GITHUB_OUTPUT, as the runner expects. */
export function setOutput(
  name: string,
  value: unknown,
  env: Env = process.env,
): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const file = env.GITHUB_OUTPUT
  if (!file) {
    write(EOL)
    issue('set-output', { name }, text)
    return
  }
  const delimiter = heredocDelimiter(text)
  appendFileSync(
    file,
    `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`,
  )
}

/**
 * A heredoc delimiter the value does not contain, so that no value can end
 * its heredoc early and add outputs of its own. @actions/core takes a
 * random UUID from node:crypto; checking the value makes the delimiter safe
 * without it, and spares loading node:crypto (~3 ms of the start-up).
 */
export function heredocDelimiter(
  text: string,
  random: () => number = Math.random,
): string {
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join(
      '',
    )
  for (;;) {
    const delimiter = `ghadelimiter_${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`
    if (!text.includes(delimiter)) return delimiter
  }
}

/** Fails the step: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Appends markdown to the job summary; throws when there is none. */
export function appendSummary(markdown: string, env: Env = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) {
    throw new Error(
      'GITHUB_STEP_SUMMARY is not set: this runner has no job summary',
    )
  }
  appendFileSync(file, markdown)
}
