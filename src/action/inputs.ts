import * as core from '@actions/core'
import { refuseUnsafePatterns } from '../workspace-pattern.js'
import { splitPatterns } from './split-patterns.js'

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]
export const DOCS_MODES = ['off', 'check', 'write'] as const
export type DocsMode = (typeof DOCS_MODES)[number]
export const COMMANDS = ['lint', 'review', 'audit'] as const
export type ActionCommand = (typeof COMMANDS)[number]

export interface ActionInputs {
  /** lint (the default), or review / audit of the organization's tokens. */
  command: ActionCommand
  /** The organization review and audit govern. */
  org?: string
  /** review: send the verdicts; audit: revoke the tokens with errors. */
  apply: boolean
  /** review: deny what no template covers instead of leaving it pending. */
  denyUnmatched: boolean
  /** audit: days unused before a token is stale (undefined: the default). */
  staleDays?: string
  /** Globs from the `templates` input, newline or comma separated. */
  templates: string[]
  /** Globs from the `links` input: files whose token links are linted (empty: off). */
  links: string[]
  config?: string
  readme?: string
  docs: DocsMode
  failOn: FailOn
  serverUrl?: string
  /** Empty when no token is given: API features are then skipped. */
  token: string
}

function oneOf<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = core.getInput(name) || fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(
    `input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`,
  )
}

/** The globs, each relative to the workspace and staying inside it. */
function templatePatterns(): string[] {
  const patterns = splitPatterns(core.getInput('templates'))
  refuseUnsafePatterns(patterns, 'input templates: ')
  return patterns
}

/** The `links` globs, each staying inside the workspace; empty: off. */
function linkPatterns(): string[] {
  const patterns = splitPatterns(core.getInput('links'))
  refuseUnsafePatterns(patterns, 'input links: ')
  return patterns
}

/** A true/false input (YAML's spellings, as getBooleanInput); empty is false. */
function booleanInput(name: string): boolean {
  const value = core.getInput(name)
  if (['', 'false', 'False', 'FALSE'].includes(value)) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  throw new Error(
    `input ${name} must be true or false, not ${JSON.stringify(value)}`,
  )
}

/** Every input, read and checked in one place; the token is masked. */
export function readInputs(): ActionInputs {
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const inputs: ActionInputs = {
    command: oneOf('command', COMMANDS, 'lint'),
    org: core.getInput('org') || undefined,
    apply: booleanInput('apply'),
    denyUnmatched: booleanInput('deny-unmatched'),
    staleDays: core.getInput('stale-days') || undefined,
    templates: templatePatterns(),
    links: linkPatterns(),
    config: core.getInput('config') || undefined,
    readme: core.getInput('readme') || undefined,
    docs: oneOf('docs', DOCS_MODES, 'off'),
    failOn: oneOf('fail-on', FAIL_ON_LEVELS, 'error'),
    serverUrl: core.getInput('server-url') || undefined,
    token,
  }
  core.debug(
    `inputs: ${JSON.stringify({ ...inputs, token: token ? 'set' : 'none' })}`,
  )
  return inputs
}
