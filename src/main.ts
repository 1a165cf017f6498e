import * as core from '@actions/core'
import { DEFAULT_CONFIG_PATH } from './config/config.js'
import type { Config } from './config/config.js'
import { loadConfig } from './config/load-config.js'
import { renderDocsSection } from './docs/docs-section.js'
import { partitionByErrors } from './lint/approved-templates.js'
import { toTokenTemplates } from './links/from-fields.js'
import { DEFAULT_SERVER_URL } from './links/token-template.js'
import { resolveServerUrl } from './links/token-url.js'
import { addFindings } from './action/add-findings.js'
import { annotate } from './action/annotate.js'
import { gitHubClientOnFirstUse } from './action/api/github-client.js'
import { checkRunStep } from './action/check-run-step.js'
import { docsStep } from './action/docs-step.js'
import { governanceStep } from './action/governance-step.js'
import type { Env } from './common/env.js'
import { plural } from './format/plural.js'
import { readInputs } from './action/inputs.js'
import { jobSummaryStep } from './action/job-summary-step.js'
import { limitFindings, omittedNote } from './action/limit-findings.js'
import { lintStep } from './action/lint-step.js'
import { addLinkSummary, linksStep } from './action/links-step.js'
import { orderFindings } from './action/order-findings.js'
import { ownerStep } from './action/owner-step.js'
import { pullRequestFilesStep } from './action/pull-request-files-step.js'
import { pullRequestStep } from './action/pull-request-step.js'
import { checkRunConclusion, failsRun } from './action/step-outcome.js'

function describeConfig(config: Config): string {
  return config.file
    ? `config: ${config.file}`
    : `config: defaults (no ${DEFAULT_CONFIG_PATH})`
}

/**
 * The Action: lint, annotate, summarise, and optionally check or write the
 * README table. Any error fails the step with its message.
 */
export async function run(env: Env = process.env): Promise<void> {
  try {
    const inputs = readInputs()
    if (inputs.command !== 'lint') return await governanceStep(inputs, env)
    const root = env.GITHUB_WORKSPACE || process.cwd()
    const config = loadConfig(root, inputs.config)
    core.debug(describeConfig(config))
    const serverUrl = resolveServerUrl(inputs.serverUrl, config.serverUrl, env)
    const event = pullRequestStep(env)
    const { pullRequest } = event
    const linted = await lintStep({ root, patterns: inputs.templates, config })
    const { lint } = linted
    const links = linksStep({ root, patterns: inputs.links, config })

    const api = inputs.token ? gitHubClientOnFirstUse(inputs.token) : undefined
    const owners = await ownerStep({ api, templates: lint.templates, config })
    const files = await pullRequestFilesStep(api, pullRequest)
    const { changes } = files
    // Counts are of every finding; the list is capped, most severe first.
    const { findings, summary } = limitFindings(
      orderFindings(
        [...lint.findings, ...owners.findings, ...(links.run?.findings ?? [])],
        new Set([...(changes?.added ?? []), ...(changes?.modified ?? [])]),
      ),
      addLinkSummary(
        addFindings(lint.summary, owners.findings),
        links.run?.summary,
      ),
    )
    const fails = failsRun(summary, inputs.failOn)
    const checkRun = await checkRunStep({
      annotationsHidden: annotate(findings, summary.omitted),
      api,
      findings,
      summary,
      conclusion: checkRunConclusion(fails, findings),
      pullRequest,
      env,
    })

    // By every error, listed or not (lint marks templates with theirs),
    // the owner lookups' and the used_by check's (on the template's lines).
    const { approved } = partitionByErrors(lint.templates, [
      ...owners.findings,
      ...linted.usedBy,
    ])
    const section = renderDocsSection(
      toTokenTemplates(approved, lint.templates),
      serverUrl,
      config.policy,
    )
    const docs = docsStep({
      mode: inputs.docs,
      root,
      readme: inputs.readme ?? config.readme ?? 'README.md',
      table: section,
      // Run locally, the CLI takes the config's server_url, else github.com.
      serverUrl:
        serverUrl === (config.serverUrl ?? DEFAULT_SERVER_URL)
          ? undefined
          : serverUrl,
    })

    await jobSummaryStep({
      summary,
      findings,
      linksTable: section,
      templateFiles: lint.discovery.files,
      changes,
      pullRequest,
      notes: [
        ...event.notes,
        ...linted.notes,
        ...links.notes,
        ...omittedNote(summary),
        ...owners.notes,
        ...files.notes,
        ...checkRun.notes,
        ...docs.notes,
      ],
      env,
    })

    const { errors, warnings, notices, templates } = summary
    core.setOutput('errors', errors)
    core.setOutput('warnings', warnings)
    core.setOutput('templates', templates)
    core.setOutput('links', links.run?.summary.templates ?? 0)
    core.setOutput(
      'readme-changed',
      inputs.docs === 'write' && docs.outcome?.changed === true,
    )
    core.info(
      `${plural(templates, 'template')} in ${plural(summary.files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`,
    )
    if (fails) {
      core.setFailed(
        `token templates have findings at or above the fail-on level (${inputs.failOn})`,
      )
    } else if (docs.outcome?.failure) {
      core.setFailed(docs.outcome.failure)
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
