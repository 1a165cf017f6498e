import * as core from '@actions/core'
import type { Finding, LintSummary } from '../lint/finding.js'
import { DEFAULT_SERVER_URL } from '../links/token-template.js'
import type { Env } from '../common/env.js'
import type { PullRequestEvent } from './event.js'
import { blobLineUrl, renderJobSummary } from './job-summary.js'
import type { PullRequestChanges } from './job-summary.js'

/** Sections the steps before the summary asked for, in their order. */
const pendingSections: string[] = []

/**
 * Adds a section (renderStaleTableSection) to the job summary the run
 * writes next, after the findings: for steps that run before it and have
 * more to say than a note.
 */
export function addJobSummarySection(markdown: string): void {
  pendingSections.push(markdown)
}

/** Appends markdown to the job summary; a warning when there is none. */
async function appendJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
    core.debug(`job summary: ${Buffer.byteLength(markdown)} bytes written`)
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(
      `the job summary could not be written (${(error as Error).message.split('\n')[0]})`,
    )
  }
}

/**
 * Writes the job summary, with findings linked to their lines at the
 * commit under test (the pull request head, else GITHUB_SHA). A runner
 * without a summary gets a warning: annotations and outputs still count.
 */
export async function jobSummaryStep(options: {
  summary: LintSummary
  findings: readonly Finding[]
  linksTable: string
  /** The template files linted: the pull request section names only those. */
  templateFiles: readonly string[]
  changes: PullRequestChanges | undefined
  pullRequest: PullRequestEvent | undefined
  notes: readonly string[]
  env: Env
}): Promise<void> {
  const { pullRequest, changes, env } = options
  const repository = pullRequest?.repository ?? env.GITHUB_REPOSITORY
  // Links to lines go to the server hosting the repository, which need
  // not be the one the token links point at (server-url).
  const server = env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL
  const sha = pullRequest?.headSha ?? env.GITHUB_SHA
  const templates = new Set(options.templateFiles)
  await appendJobSummary(
    renderJobSummary({
      summary: options.summary,
      findings: options.findings,
      linksTable: options.linksTable,
      lineUrl:
        repository && sha
          ? (finding) => blobLineUrl(server, repository, sha, finding)
          : undefined,
      pullRequest: changes && {
        added: changes.added.filter((file) => templates.has(file)),
        modified: changes.modified.filter((file) => templates.has(file)),
      },
      notes: options.notes,
      sections: pendingSections.splice(0),
    }),
  )
}
