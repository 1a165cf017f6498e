import * as core from './action/runner.js'
import type { Config } from './config/config.js'
import { loadConfig } from './config/load-config.js'
import { renderDocsSection } from './docs/docs-section.js'
import { escapeTableCell as md } from './docs/markdown-escape.js'
import { UserError } from './errors.js'
import { partitionByErrors } from './lint/approved-templates.js'
import { SEVERITIES } from './lint/finding.js'
import type { LintSummary } from './lint/finding.js'
import { lintTemplates } from './lint/lint-templates.js'
import { toTokenTemplate } from './links/from-fields.js'
import { DEFAULT_SERVER_URL } from './links/token-template.js'
import { resolveServerUrl } from './links/token-url.js'
import { annotate } from './action/annotate.js'
import {
  apiClient,
  checkOwners,
  publishAll,
  pullRequestChanges,
} from './action/api-steps.js'
import { runDocsStep } from './action/docs-step.js'
import type { DocsOutcome } from './action/docs-step.js'
import { readPullRequestEvent } from './action/event.js'
import { readInputs } from './action/inputs.js'
import type { ActionInputs, FailOn } from './action/inputs.js'
import { blobLineUrl, renderJobSummary } from './action/job-summary.js'
import { orderFindings } from './action/order-findings.js'

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

/** `docs: check|write`; a README it cannot use fails the step, with a note. */
function docsStep(
  inputs: ActionInputs,
  config: Config,
  root: string,
  section: string,
  notes: string[],
): DocsOutcome | undefined {
  if (inputs.docs === 'off') return undefined
  const readme = inputs.readme ?? config.readme ?? 'README.md'
  try {
    const outcome = runDocsStep({
      mode: inputs.docs,
      root,
      readme,
      table: section,
    })
    notes.push(md(outcome.note))
    return outcome
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    core.error(error.message, { title: 'docs', file: readme })
    notes.push(
      `The token links table was not ${inputs.docs === 'write' ? 'written' : 'checked'}: ${md(error.message)}`,
    )
    return {
      changed: false,
      stale: true,
      note: error.message,
      failure: error.message,
    }
  }
}

function writeSummary(markdown: string): void {
  try {
    core.appendSummary(markdown)
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
      notes.push(`Pull request details were skipped: ${md(event.problem)}.`)
    const pullRequest = event.ok ? event.pullRequest : undefined

    const lint = lintTemplates({
      root,
      patterns: inputs.templates,
      config,
      collectTemplates: true,
    })
    for (const pattern of lint.discovery.unmatched) {
      core.warning(`no template file matches ${JSON.stringify(pattern)}`)
    }
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
    const fails = failsRun(lint.summary, inputs.failOn)

    if (annotate(findings)) {
      const conclusion = fails
        ? 'failure'
        : findings.length
          ? 'neutral'
          : 'success'
      await publishAll(
        client,
        lint,
        findings,
        conclusion,
        pullRequest,
        env,
        notes,
      )
    }

    const { approved } = partitionByErrors(lint.templates, lint.findings)
    const section = renderDocsSection(
      approved.map((template) => toTokenTemplate(template.fields)),
      serverUrl,
      config.policy,
    )
    const docs = docsStep(inputs, config, root, section, notes)

    const repository = pullRequest?.repository ?? env.GITHUB_REPOSITORY
    // Links to lines go to the server hosting the repository, which need
    // not be the one the token links point at (server-url).
    const repositoryServer = env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL
    const sha = pullRequest?.headSha ?? env.GITHUB_SHA
    const templateFiles = new Set(lint.discovery.files)
    writeSummary(
      renderJobSummary({
        summary: lint.summary,
        findings,
        linksTable: section,
        lineUrl:
          repository && sha
            ? (finding) =>
                blobLineUrl(repositoryServer, repository, sha, finding)
            : undefined,
        pullRequest: changes && {
          added: changes.added.filter((file) => templateFiles.has(file)),
          modified: changes.modified.filter((file) => templateFiles.has(file)),
        },
        notes,
      }),
    )

    const { errors, warnings, notices, templates, files } = lint.summary
    core.setOutput('errors', errors)
    core.setOutput('warnings', warnings)
    core.setOutput('templates', templates)
    core.setOutput(
      'readme-changed',
      inputs.docs === 'write' && docs?.changed === true,
    )
    core.info(
      `${templates} templates in ${files} files: ${errors} errors, ${warnings} warnings, ${notices} notices`,
    )
    if (fails) {
      core.setFailed(
        `token templates have findings at or above the fail-on level (${inputs.failOn})`,
      )
    } else if (docs?.stale) {
      core.setFailed(docs.failure ?? 'the README token links table is stale')
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
