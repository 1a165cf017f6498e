import { readFileSync } from 'node:fs'
import type { Env } from '../common/env.js'

/** What the Action needs to know of a pull_request event. */
export interface PullRequestEvent {
  number: number
  headSha: string
  /** owner/name of the repository the pull request targets. */
  repository: string
  /** True when the head branch lives in another repository (a fork). */
  fromFork: boolean
}

export type EventReading =
  { ok: true; pullRequest?: PullRequestEvent } | { ok: false; problem: string }

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/**
 * Reads the event payload the runner wrote to GITHUB_EVENT_PATH. A missing
 * or malformed file is a problem to report, never a crash: linting needs
 * no event at all.
 */
export function readPullRequestEvent(env: Env): EventReading {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return { ok: true }
  const path = env.GITHUB_EVENT_PATH
  if (!path) return { ok: false, problem: 'GITHUB_EVENT_PATH is not set' }
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return {
      ok: false,
      problem: `cannot read the event payload (${(error as Error).message.split('\n')[0]})`,
    }
  }
  const pullRequest = field(payload, 'pull_request')
  const number = field(pullRequest, 'number')
  const headSha = text(field(field(pullRequest, 'head'), 'sha'))
  const baseRepository = text(
    field(field(field(pullRequest, 'base'), 'repo'), 'full_name'),
  )
  const headRepository = text(
    field(field(field(pullRequest, 'head'), 'repo'), 'full_name'),
  )
  if (typeof number !== 'number' || !headSha || !baseRepository) {
    return {
      ok: false,
      problem:
        'the event payload has no pull_request number, head sha and base repository',
    }
  }
  return {
    ok: true,
    pullRequest: {
      number,
      headSha,
      repository: baseRepository,
      fromFork: headRepository !== baseRepository,
    },
  }
}
