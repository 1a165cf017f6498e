import * as core from '@actions/core'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import type { Env } from '../common/env.js'
import { readPullRequestEvent } from './event.js'
import type { PullRequestEvent } from './event.js'

/**
 * The pull request the run is for, if any. An event payload it cannot
 * read is a note, never a failure: linting needs no event.
 */
export function pullRequestStep(env: Env): {
  pullRequest?: PullRequestEvent
  notes: string[]
} {
  const event = readPullRequestEvent(env)
  if (!event.ok) {
    core.debug(`event ${env.GITHUB_EVENT_NAME}: ${event.problem}`)
    return {
      notes: [`Pull request details were skipped: ${md(event.problem)}.`],
    }
  }
  const { pullRequest } = event
  core.debug(
    pullRequest
      ? `event ${env.GITHUB_EVENT_NAME}: pull request #${pullRequest.number} on ${pullRequest.repository}, head ${pullRequest.headSha}${pullRequest.fromFork ? ', from a fork' : ''}`
      : `event ${env.GITHUB_EVENT_NAME ?? '(none)'}: not a pull request`,
  )
  return { pullRequest, notes: [] }
}
