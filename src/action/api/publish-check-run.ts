import type { Finding } from '../../lint/finding.js'
import { plural } from '../../format/plural.js'
import { timeout } from './request-timeout.js'
import type { GitHubClient } from './github-client.js'

export type CheckRunConclusion = 'success' | 'failure' | 'neutral'

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50

/**
 * At most this many requests carry annotations (1,000 of them, a run's
 * whole list): a run must not spend the token's rate limit on one check.
 */
export const MAX_ANNOTATION_REQUESTS = 20

const LEVEL = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
} as const

function toAnnotation(finding: Finding) {
  const sameLine = finding.line === finding.endLine
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: finding.endLine,
    ...(sameLine && {
      start_column: finding.column,
      end_column: finding.endColumn,
    }),
    annotation_level: LEVEL[finding.severity],
    title: finding.rule,
    message: finding.message,
  }
}

/**
 * Publishes the findings as annotations of one check run, 50 per request
 * (the API's limit), so none is lost to the 10-per-level display limit of
 * workflow annotations; at most MAX_ANNOTATION_REQUESTS of them, then a
 * request that completes the run. Needs `checks: write`. Returns the run's
 * page and how many findings (the first ones) it annotates.
 */
export async function publishCheckRun(
  client: GitHubClient,
  options: {
    repository: string
    headSha: string
    findings: readonly Finding[]
    conclusion: CheckRunConclusion
    summary: string
  },
): Promise<{ url: string; published: number }> {
  const [owner = '', repo = ''] = options.repository.split('/')
  const published = options.findings.slice(
    0,
    ANNOTATIONS_PER_REQUEST * MAX_ANNOTATION_REQUESTS,
  )
  const batches: Finding[][] = []
  for (let i = 0; i < published.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(published.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (batch: Finding[] = []) => ({
    title: plural(options.findings.length, 'token template finding'),
    summary: options.summary,
    annotations: batch.map(toAnnotation),
  })
  const { data } = await client.rest.checks.create({
    owner,
    repo,
    name: 'token-templates',
    head_sha: options.headSha,
    status: 'in_progress',
    output: output(batches[0]),
    request: timeout(),
  })
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: data.id,
      output: output(batch),
      request: timeout(),
    })
  }
  await client.rest.checks.update({
    owner,
    repo,
    check_run_id: data.id,
    status: 'completed',
    conclusion: options.conclusion,
    request: timeout(),
  })
  return { url: data.html_url ?? '', published: published.length }
}
