import * as core from '@actions/core'
import { PermissionCatalog } from './catalog/index.js'
import type { Config } from './config/config.js'
import { loadConfig } from './config/load-config.js'
import { renderDocsSection } from './docs/docs-section.js'
import { partitionByErrors } from './lint/approved-templates.js'
import { SEVERITIES } from './lint/finding.js'
import type { Finding, LintSummary, Severity } from './lint/finding.js'
import { lintTemplates } from './lint/lint-templates.js'
import type { LintRun } from './lint/lint-templates.js'
import { toTokenTemplate } from './links/from-fields.js'
import { resolveServerUrl } from './links/token-url.js'
import { targetOwnerTypeRule } from './rules/target-owner-type.js'
import { annotate } from './action/annotate.js'
import {
  createGitHubClient,
  describeApiError,
} from './action/api/github-client.js'
import type { GitHubClient } from './action/api/github-client.js'
import { listChangedFiles } from './action/api/list-changed-files.js'
import { lookupOwnerType } from './action/api/lookup-owner.js'
import { publishCheckRun } from './action/api/publish-check-run.js'
import { runDocsStep } from './action/docs-step.js'
import type { DocsOutcome } from './action/docs-step.js'
import { readPullRequestEvent } from './action/event.js'
import type { PullRequestEvent } from './action/event.js'
import { readInputs } from './action/inputs.js'
import type { ActionInputs, FailOn } from './action/inputs.js'
import { blobLineUrl, renderJobSummary } from './action/job-summary.js'
import type { PullRequestChanges } from './action/job-summary.js'
import { orderFindings } from './action/order-findings.js'
import { checkOwnerTypes } from './action/owner-lookup.js'

type Env = Readonly<Record<string, string | undefined>>

function failsRun(summary: LintSummary, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const counts = {
    error: summary.errors,
    warning: summary.warnings,
    notice: summary.notices,
  }
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).some(
    (severity) => counts[severity] > 0,
  )
}

function addFindings(run: LintRun, findings: Finding[]): void {
  run.findings.push(...findings)
  for (const finding of findings)
    run.summary[`${finding.severity}s` as 'errors' | 'warnings' | 'notices'] +=
      1
}

function ruleSeverity(
  config: Config,
  id: string,
  fallback: Severity,
): Severity | undefined {
  const level = config.ruleLevels[id] ?? fallback
  return level === 'off' ? undefined : level
}

async function apiClient(
  token: string,
  notes: string[],
): Promise<GitHubClient | undefined> {
  if (!token) return undefined
  try {
    return await createGitHubClient(token)
  } catch (error) {
    notes.push(
      `The GitHub API client could not start (${describeApiError(error)}): owner lookups and pull request details were skipped.`,
    )
    return undefined
  }
}

async function checkOwners(
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
      `Owner lookup: ${failure}; target-owner-type was not checked for it.`,
    )
  }
}

async function pullRequestChanges(
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
      `The pull request's files could not be listed (${describeApiError(error)}).`,
    )
    return undefined
  }
}

/** Posts every finding as a check run when annotations hide some of them. */
async function publishAll(
  client: GitHubClient | undefined,
  run: LintRun,
  findings: Finding[],
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
      conclusion: run.summary.errors > 0 ? 'failure' : 'success',
      summary: `${run.summary.errors} errors, ${run.summary.warnings} warnings, ${run.summary.notices} notices in ${run.summary.templates} templates`,
    })
    notes.push(
      `GitHub shows only 10 annotations of each level per step; all ${findings.length} findings are annotated in the check run ${url}.`,
    )
  } catch (error) {
    const readOnly =
      (error as { status?: number }).status === 403 || pullRequest?.fromFork
    notes.push(
      `${fallback} (They could not be published as a check run: ${describeApiError(error)}${readOnly ? '; the token cannot write checks, as on pull requests from forks: give the workflow `checks: write` to get them' : ''}.)`,
    )
  }
}

function docsStep(
  inputs: ActionInputs,
  config: Config,
  root: string,
  table: string,
  notes: string[],
): DocsOutcome | undefined {
  if (inputs.docs === 'off') return undefined
  const outcome = runDocsStep({
    mode: inputs.docs,
    root,
    readme: inputs.readme ?? config.readme ?? 'README.md',
    table,
  })
  notes.push(outcome.note)
  return outcome
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false })
  } catch (error) {
    core.warning(
      `the job summary could not be written (${(error as Error).message.split('\n')[0]})`,
    )
  }
}

/** The Action: lint, annotate, summarise, and optionally check or write the README table. */
export async function run(env: Env = process.env): Promise<void> {
  try {
    const inputs = readInputs()
    const root = env.GITHUB_WORKSPACE || process.cwd()
    const config = loadConfig(root, inputs.config)
    const serverUrl = resolveServerUrl(inputs.serverUrl, config.serverUrl, env)
    const notes: string[] = []
    const event = readPullRequestEvent(env)
    if (!event.ok)
      notes.push(`Pull request details were skipped: ${event.problem}.`)
    const pullRequest = event.ok ? event.pullRequest : undefined

    const lint = lintTemplates({
      root,
      patterns: inputs.templates,
      config,
      collectTemplates: true,
    })
    for (const pattern of lint.discovery.unmatched)
      core.warning(`no template file matches ${JSON.stringify(pattern)}`)
    if (lint.summary.files === 0)
      notes.push('No template files were found: check the templates input.')

    const client = await apiClient(inputs.token, notes)
    await checkOwners(client, lint, config, notes)
    const changes = await pullRequestChanges(client, pullRequest, notes)
    const changed = new Set([
      ...(changes?.added ?? []),
      ...(changes?.modified ?? []),
    ])
    const findings = orderFindings(lint.findings, changed)

    const hidden = annotate(findings)
    if (hidden)
      await publishAll(client, lint, findings, pullRequest, env, notes)

    const { approved } = partitionByErrors(lint.templates, lint.findings)
    const table = renderDocsSection(
      approved.map((template) => toTokenTemplate(template.fields)),
      serverUrl,
      config.policy,
    )
    const docs = docsStep(inputs, config, root, table, notes)

    const repository = pullRequest?.repository ?? env.GITHUB_REPOSITORY
    const sha = pullRequest?.headSha ?? env.GITHUB_SHA
    await writeSummary(
      renderJobSummary({
        summary: lint.summary,
        findings,
        linksTable: table,
        lineUrl:
          repository && sha
            ? (finding) => blobLineUrl(serverUrl, repository, sha, finding)
            : undefined,
        pullRequest: changes && {
          added: changes.added.filter((file) =>
            lint.discovery.files.includes(file),
          ),
          modified: changes.modified.filter((file) =>
            lint.discovery.files.includes(file),
          ),
        },
        notes,
      }),
    )

    core.setOutput('errors', lint.summary.errors)
    core.setOutput('warnings', lint.summary.warnings)
    core.setOutput('templates', lint.summary.templates)
    core.setOutput(
      'readme-changed',
      docs?.changed === true && inputs.docs === 'write',
    )
    const { errors, warnings, notices, templates, files } = lint.summary
    core.info(
      `${templates} templates in ${files} files: ${errors} errors, ${warnings} warnings, ${notices} notices`,
    )
    if (failsRun(lint.summary, inputs.failOn))
      core.setFailed(
        `token templates have findings at or above the fail-on level (${inputs.failOn})`,
      )
    else if (docs?.stale)
      core.setFailed('the README token links table is stale')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
