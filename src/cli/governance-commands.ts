import { loadConfig } from '../config/load-config.js'
import { UserError } from '../errors.js'
import { logSafeJson } from '../format/log-line.js'
import { runAudit } from '../governance/audit-run.js'
import { checkOrgLogin, loadGovernance } from '../governance/load-governance.js'
import { createOrgApi } from '../governance/org-api.js'
import {
  auditJson,
  auditLines,
  reviewJson,
  reviewLines,
} from '../governance/render.js'
import { runReview } from '../governance/review-run.js'
import { DEFAULT_API_URL, parseStaleDays } from '../governance/options.js'
import type { Env } from '../common/env.js'
import { sendingProblem } from '../governance/send-decisions.js'
import type { Sending } from '../governance/send-decisions.js'
import { writeLine, type CliIo } from './io.js'

type Format = 'text' | 'json'

function parseFormat(format: string | undefined): Format {
  if (format === undefined || format === 'text' || format === 'json')
    return format ?? 'text'
  throw new UserError(
    `--format ${JSON.stringify(format).slice(0, 40)} is not one of text, json`,
  )
}

/** The API and its token, from the environment an Actions step or a shell gives. */
export function apiFromEnv(env: Env, debug?: (line: string) => void) {
  const token = env.GITHUB_TOKEN
  if (!token)
    throw new UserError(
      'set GITHUB_TOKEN to a GitHub App token (installation or user-to-server): GitHub lets only Apps review token requests and list tokens',
    )
  const apiUrl = env.GITHUB_API_URL || DEFAULT_API_URL
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(apiUrl))
    throw new UserError(
      `GITHUB_API_URL ${JSON.stringify(apiUrl).slice(0, 80)} is not an http(s) URL`,
    )
  return createOrgApi({ apiUrl, token, ...(debug && { debug }) })
}

const debugTo = (io: CliIo) =>
  io.env.TOKEN_TEMPLATES_DEBUG
    ? (line: string) => writeLine(io.stderr, `token-templates: debug: ${line}`)
    : undefined

export interface ReviewCommandOptions {
  org?: string
  apply: boolean
  denyUnmatched: boolean
  format?: string
  config?: string
}

/**
 * What review and audit start from, checked in the order a user fixes
 * things: the arguments, the token, then the config and the templates.
 */
function prepare(
  options: { format?: string; org?: string; config?: string },
  io: CliIo,
) {
  const format = parseFormat(options.format)
  const org = checkOrgLogin(options.org)
  const api = apiFromEnv(io.env, debugTo(io))
  const config = loadConfig(io.cwd, options.config)
  return { format, api, governance: loadGovernance(io.cwd, config, org) }
}

/** `token-templates review --org ORG`: judge pending token requests. */
export async function reviewCommand(
  options: ReviewCommandOptions,
  io: CliIo,
): Promise<number> {
  const { format, api, governance } = prepare(options, io)
  const run = await runReview(api, governance, {
    ...options,
    now: new Date(),
  })
  if (format === 'json') io.stdout(`${logSafeJson(reviewJson(run), 2)}\n`)
  else for (const line of reviewLines(run)) writeLine(io.stdout, line)
  return sendingStatus(run.sending, io)
}

/** 0, or 2 with one line when sending stopped at an error or GitHub refused some. */
function sendingStatus(sending: Sending | undefined, io: CliIo): number {
  const problem = sendingProblem(sending, 'the output')
  if (problem === undefined) return 0
  writeLine(io.stderr, `token-templates: ${problem}`)
  return 2
}

export interface AuditCommandOptions {
  org?: string
  revoke: boolean
  staleDays?: string
  format?: string
  config?: string
}

/** `token-templates audit --org ORG`: report tokens against the policy and templates. */
export async function auditCommand(
  options: AuditCommandOptions,
  io: CliIo,
): Promise<number> {
  const staleDays = parseStaleDays(options.staleDays)
  const { format, api, governance } = prepare(options, io)
  const run = await runAudit(api, governance, {
    revoke: options.revoke,
    staleDays,
    now: new Date(),
  })
  if (format === 'json') io.stdout(`${logSafeJson(auditJson(run), 2)}\n`)
  else for (const line of auditLines(run)) writeLine(io.stdout, line)
  const failed = sendingStatus(run.sending, io)
  if (failed) return failed
  const flagged = run.audited.some(({ findings }) =>
    findings.some((finding) => finding.severity !== 'notice'),
  )
  return flagged ? 1 : 0
}
