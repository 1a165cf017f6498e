import * as core from '@actions/core'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import { describeApiError } from './api/describe-api-error.js'
import type { GetGitHubClient } from './api/github-client.js'
import { listChangedFiles } from './api/list-changed-files.js'
import type { PullRequestEvent } from './event.js'
import type { PullRequestChanges } from './job-summary.js'

/**
 * The files the pull request adds and changes, to annotate its findings
 * first; a listing that fails is a note, and the run goes on without it.
 */
export async function pullRequestFilesStep(
  api: GetGitHubClient | undefined,
  pullRequest: PullRequestEvent | undefined,
): Promise<{ changes?: PullRequestChanges; notes: string[] }> {
  if (!pullRequest || !api) {
    core.debug(
      `pull request files: skipped, ${pullRequest ? 'no token' : 'not a pull request'}`,
    )
    return { notes: [] }
  }
  try {
    const changes = await listChangedFiles(
      await api(),
      pullRequest.repository,
      pullRequest.number,
    )
    core.debug(
      `pull request files: ${changes.added.length} added, ${changes.modified.length} modified`,
    )
    return { changes, notes: [] }
  } catch (error) {
    const reason = describeApiError(error)
    core.debug(`pull request files: not listed (${reason})`)
    return {
      notes: [`The pull request's files could not be listed (${md(reason)}).`],
    }
  }
}
