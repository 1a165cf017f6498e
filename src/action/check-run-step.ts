import * as core from '@actions/core'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import type { Finding, LintSummary } from '../lint/finding.js'
import { apiErrorKind, describeApiError } from './api/describe-api-error.js'
import type { ApiErrorKind } from './api/describe-api-error.js'
import type { GetGitHubClient } from './api/github-client.js'
import {
  ANNOTATIONS_PER_REQUEST,
  MAX_ANNOTATION_REQUESTS,
  publishCheckRun,
} from './api/publish-check-run.js'
import type { CheckRunConclusion } from './api/publish-check-run.js'
import type { Env } from '../common/env.js'
import { plural } from '../format/plural.js'
import type { PullRequestEvent } from './event.js'

const HIDDEN =
  'GitHub shows only 10 annotations of each level per step; every finding is listed below.'

/** Where the findings hidden from the log can be read. */
function publishedNote(
  listed: number,
  published: number,
  link: string,
  summary: LintSummary,
): string {
  const shown = 'GitHub shows only 10 annotations of each level per step'
  if (published < listed)
    // Only past the 1,000 a check run takes: `published` is never 1.
    return `${shown}; the first ${published} findings are annotated in the ${link}, ${plural(listed - published, 'more was', 'more were')} not published (a check run gets at most ${MAX_ANNOTATION_REQUESTS} requests of ${ANNOTATIONS_PER_REQUEST} annotations).`
  const which = summary.omitted ? 'findings listed' : 'findings'
  return `${shown}; all ${listed} ${which} are annotated in the ${link}.`
}

/**
 * What the failure means for the reader: only a 403 (not the rate limit)
 * is the token's permissions; a network error or a server error is not,
 * and another run may get through.
 */
function whyNotPublished(kind: ApiErrorKind, fromFork: boolean): string {
  switch (kind) {
    case 'forbidden':
      return fromFork
        ? '; the token cannot write checks on pull requests from forks, where it is read-only'
        : '; the token cannot write checks: give the workflow `checks: write` to get them'
    case 'network':
    case 'timeout':
      return "; a network error: GitHub's API could not be reached, the token's permissions were not the problem"
    case 'server':
      return "; a server error at GitHub, not the token's permissions: a later run may publish them"
    case 'rate-limited':
      return "; the token's API rate limit is used up for now"
    default:
      return ''
  }
}

/**
 * When GitHub hides some annotations, posts every finding as one check
 * run and notes where to find them; without a token, or when the token
 * cannot write checks, notes that the job summary lists them all.
 */
export async function checkRunStep(options: {
  annotationsHidden: boolean
  api: GetGitHubClient | undefined
  findings: readonly Finding[]
  summary: LintSummary
  conclusion: CheckRunConclusion
  pullRequest: PullRequestEvent | undefined
  env: Env
}): Promise<{ notes: string[] }> {
  const { api, findings, summary, pullRequest, env } = options
  if (!options.annotationsHidden) {
    core.debug('check run: not needed, every annotation shows')
    return { notes: [] }
  }
  const repository = pullRequest?.repository ?? env.GITHUB_REPOSITORY
  const headSha = pullRequest?.headSha ?? env.GITHUB_SHA
  if (!api || !repository || !headSha) {
    core.debug(
      `check run: skipped, no ${api ? 'repository or commit' : 'token'}`,
    )
    return {
      notes: [`${HIDDEN} (No token to publish them all as a check run.)`],
    }
  }
  try {
    const { url, published } = await publishCheckRun(await api(), {
      repository,
      headSha,
      findings,
      conclusion: options.conclusion,
      summary: `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')} in ${plural(summary.templates, 'template')}${summary.omitted ? `; ${plural(summary.omitted, 'finding')} not listed` : ''}`,
    })
    core.debug(
      `check run: ${plural(published, 'finding')} published${published < findings.length ? ` (of ${findings.length})` : ''} on ${repository}@${headSha} (${options.conclusion}): ${url}`,
    )
    const link = /^https?:\/\/[^\s()<>[\]]+$/.test(url)
      ? `[check run](${url})`
      : 'check run'
    return { notes: [publishedNote(findings.length, published, link, summary)] }
  } catch (error) {
    const reason = describeApiError(error)
    core.debug(`check run: not published (${reason})`)
    return {
      notes: [
        `${HIDDEN} (They could not be published as a check run: ${md(reason)}${whyNotPublished(apiErrorKind(error), pullRequest?.fromFork === true)}.)`,
      ],
    }
  }
}
