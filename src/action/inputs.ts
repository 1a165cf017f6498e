import * as core from '@actions/core'

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const
export type FailOn = (typeof FAIL_ON_LEVELS)[number]

export interface ActionInputs {
  /** Globs from the `templates` input, newline or comma separated. */
  templates: string[]
  config?: string
  failOn: FailOn
}

function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(
    `input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`,
  )
}

/** Every input, read and checked in one place. */
export function readInputs(): ActionInputs {
  const templates = core
    .getInput('templates')
    .split(/[\n,]/)
    .map((pattern) => pattern.trim())
    .filter(Boolean)
  return {
    templates,
    config: core.getInput('config') || undefined,
    failOn: oneOf(
      'fail-on',
      core.getInput('fail-on') || 'error',
      FAIL_ON_LEVELS,
    ),
  }
}
