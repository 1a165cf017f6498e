import * as core from '@actions/core'
import { loadConfig } from '../config/load-config.js'
import type { Env } from '../common/env.js'
import { logLine } from '../format/log-line.js'
import { runAudit } from '../governance/audit-run.js'
import { checkOrgLogin, loadGovernance } from '../governance/load-governance.js'
import { createOrgApi, OrgApiError } from '../governance/org-api.js'
import {
  auditJson,
  auditLines,
  auditMarkdown,
  reviewLines,
  reviewMarkdown,
  reviewOutputs,
} from '../governance/render.js'
import { runReview } from '../governance/review-run.js'
import { DEFAULT_API_URL, parseStaleDays } from '../governance/options.js'
import { SEVERITIES } from '../lint/finding.js'
import type { ActionInputs } from './inputs.js'
import { sendingProblem } from '../governance/send-decisions.js'
import type { Sending } from '../governance/send-decisions.js'

/** Appends to the job summary; a warning when the runner has none. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(
      `the job summary could not be written (${logLine((error as Error).message.split('\n')[0] ?? '')})`,
    )
  }
}

/** The API client for the `token` input: a GitHub App token. */
function orgApi(inputs: ActionInputs, env: Env) {
  if (!inputs.token)
    throw new Error(
      'input token is empty: review and audit need a GitHub App token (see docs/governance.md)',
    )
  return createOrgApi({
    apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
    token: inputs.token,
    debug: (line) => core.debug(logLine(line)),
  })
}

/** Fails the step when sending stopped at an error or GitHub refused some; true then. */
function failOnSending(sending: Sending | undefined): boolean {
  const problem = sendingProblem(sending, 'the job summary')
  if (problem !== undefined) core.setFailed(logLine(problem))
  return problem !== undefined
}

/**
 * `command: review` or `audit`: the CLI's job in the Action, with the
 * verdicts or findings as a table in the job summary and counts as
 * outputs. Audit fails the step on findings at or above `fail-on`.
 */
export async function governanceStep(
  inputs: ActionInputs,
  env: Env,
): Promise<void> {
  try {
    await govern(inputs, env)
  } catch (error) {
    // The token input defaults to the workflow's own token, which no
    // workflow can give these permissions.
    if (error instanceof OrgApiError && error.status === 403)
      throw new OrgApiError(
        `${error.message}; the workflow's own GITHUB_TOKEN never has it: give the token input an App token from actions/create-github-app-token (docs/governance.md)`,
        403,
      )
    throw error
  }
}

async function govern(inputs: ActionInputs, env: Env): Promise<void> {
  const root = env.GITHUB_WORKSPACE || process.cwd()
  const org = checkOrgLogin(inputs.org, 'input org')
  const api = orgApi(inputs, env)
  const config = loadConfig(root, inputs.config)
  const governance = loadGovernance(root, config, org, inputs.templates)
  if (inputs.command === 'review') {
    const run = await runReview(api, governance, {
      ...inputs,
      now: new Date(),
    })
    for (const line of reviewLines(run, 'apply: true')) core.info(logLine(line))
    await writeSummary(reviewMarkdown(run, org))
    const outputs = reviewOutputs(run)
    core.setOutput('approved', outputs.approved)
    core.setOutput('denied', outputs.denied)
    core.setOutput('manual', outputs.manual)
    failOnSending(run.sending)
    return
  }
  const run = await runAudit(api, governance, {
    revoke: inputs.apply,
    staleDays: parseStaleDays(inputs.staleDays),
    now: new Date(),
  })
  for (const line of auditLines(run)) core.info(logLine(line))
  await writeSummary(auditMarkdown(run, org))
  const { summary } = auditJson(run) as { summary: Record<string, number> }
  core.setOutput('errors', summary.errors)
  core.setOutput('warnings', summary.warnings)
  core.setOutput('tokens', summary.tokens)
  core.setOutput('revoked', summary.revoked)
  if (failOnSending(run.sending)) return
  const failing = SEVERITIES.slice(
    0,
    SEVERITIES.indexOf(inputs.failOn as never) + 1,
  )
  if (
    inputs.failOn !== 'never' &&
    run.audited.some(({ findings }) =>
      findings.some((finding) => failing.includes(finding.severity)),
    )
  )
    core.setFailed(
      `tokens in ${org} have findings at or above the fail-on level (${inputs.failOn})`,
    )
}
