import * as core from './runner.js'
import { PermissionCatalog } from '../catalog/index.js'
import type { Config } from '../config/config.js'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import type { Finding, Severity } from '../lint/finding.js'
import type { LintRun } from '../lint/lint-templates.js'
import { targetOwnerTypeRule } from '../rules/target-owner-type.js'
import { createGitHubClient, describeApiError } from './api/github-client.js'
import type { GitHubClient } from './api/github-client.js'
import { listChangedFiles } from './api/list-changed-files.js'
import { lookupOwnerType } from './api/lookup-owner.js'
import { publishCheckRun } from './api/publish-check-run.js'
import type { PullRequestEvent } from './event.js'
import type { PullRequestChanges } from './job-summary.js'
import { checkOwnerTypes } from './owner-lookup.js'

/**
 * The Action's optional API steps. Each degrades to a note for the job
 * summary (markdown: untrusted text in it is escaped) when the API is not
 * there, refuses, or fails: linting never depends on them.
 */

type Env = Readonly<Record<string, string | undefined>>

export function addFindings(run: LintRun, findings: Finding[]): void {
  run.findings.push(...findings)
  for (const finding of findings) {
    run.summary[`${finding.severity}s` as 'errors' | 'warnings' | 'notices'] +=
      1
  }
}

function ruleSeverity(
  config: Config,
  id: string,
  fallback: Severity,
): Severity | undefined {
  const level = config.ruleLevels[id] ?? fallback
  return level === 'off' ? undefined : level
}

export async function apiClient(
  token: string,
  notes: string[],
): Promise<GitHubClient | undefined> {
  if (!token) return undefined
  try {
    return await createGitHubClient(token)
  } catch (error) {
    notes.push(
      `The GitHub API client could not start (${md(describeApiError(error))}): owner lookups and pull request details were skipped.`,
    )
    return undefined
  }
}

export async function checkOwners(
  client: GitHubClient | undefined,
  run: LintRun,
  config: Config,
  notes: string[],
): Promise<void> {
  const severity = ruleSeverity(
    config,
    targetOwnerTypeRule.id,
    targetOwnerTypeRule.defaultSeverity,
  )
  if (
    !severity ||
    !run.templates.some(
      (template) => typeof template.fields.target_name === 'string',
    )
  )
    return
  if (!client) {
    notes.push(
      'No token: target_name owners were not looked up (organization vs user), so target-owner-type was not checked.',
    )
    return
  }
  const check = await checkOwnerTypes({
    templates: run.templates,
    catalog: new PermissionCatalog(config.extraPermissions),
    severity,
    lookup: (login) => lookupOwnerType(client, login),
  })
  addFindings(run, check.findings)
  for (const failure of check.failures) {
    core.notice(
      `token-templates ${failure}; target-owner-type was not checked for it`,
    )
    notes.push(
      `Owner lookup: ${md(failure)}; target-owner-type was not checked for it.`,
    )
  }
}

export async function pullRequestChanges(
  client: GitHubClient | undefined,
  pullRequest: PullRequestEvent | undefined,
  notes: string[],
): Promise<PullRequestChanges | undefined> {
  if (!pullRequest || !client) return undefined
  try {
    return await listChangedFiles(
      client,
      pullRequest.repository,
      pullRequest.number,
    )
  } catch (error) {
    notes.push(
      `The pull request's files could not be listed (${md(describeApiError(error))}).`,
    )
    return undefined
  }
}

/** Posts every finding as a check run when annotations hide some of them. */
export async function publishAll(
  client: GitHubClient | undefined,
  run: LintRun,
  findings: Finding[],
  conclusion: 'success' | 'failure' | 'neutral',
  pullRequest: PullRequestEvent | undefined,
  env: Env,
  notes: string[],
): Promise<void> {
  const repository = pullRequest?.repository ?? env.GITHUB_REPOSITORY
  const headSha = pullRequest?.headSha ?? env.GITHUB_SHA
  const fallback =
    'GitHub shows only 10 annotations of each level per step; every finding is listed below.'
  if (!client || !repository || !headSha) {
    notes.push(`${fallback} (No token to publish them all as a check run.)`)
    return
  }
  try {
    const url = await publishCheckRun(client, {
      repository,
      headSha,
      findings,
      conclusion,
      summary: `${run.summary.errors} errors, ${run.summary.warnings} warnings, ${run.summary.notices} notices in ${run.summary.templates} templates`,
    })
    const link = /^https?:\/\/[^\s()<>[\]]+$/.test(url)
      ? `[check run](${url})`
      : 'check run'
    notes.push(
      `GitHub shows only 10 annotations of each level per step; all ${findings.length} findings are annotated in the ${link}.`,
    )
  } catch (error) {
    const readOnly =
      (error as { status?: number }).status === 403 || pullRequest?.fromFork
    notes.push(
      `${fallback} (They could not be published as a check run: ${md(describeApiError(error))}${readOnly ? '; the token cannot write checks, as on pull requests from forks: give the workflow `checks: write` to get them' : ''}.)`,
    )
  }
}
