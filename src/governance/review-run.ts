import type { OrgApi } from './org-api.js'
import { readOrgTokens, readRepositoryNames } from './org-tokens.js'
import type { OrgToken } from './org-tokens.js'
import { judgeRequest } from './review.js'
import type { Governance, Verdict } from './review.js'
import {
  groupDecisions,
  requestRoutes,
  sendDecisions,
} from './send-decisions.js'
import type { Sending } from './send-decisions.js'

export interface ReviewRun {
  verdicts: Verdict[]
  /** With `apply`: what became of each approved or denied request. */
  sending?: Sending
}

const READ = {
  permission: 'organization_personal_access_token_requests',
  level: 'read',
} as const

const requestsPath = (org: string) =>
  `/orgs/${encodeURIComponent(org)}/personal-access-token-requests`

/** Every pending request, with the repositories of those limited to some. */
export async function listTokenRequests(
  api: OrgApi,
  org: string,
): Promise<OrgToken[]> {
  const base = requestsPath(org)
  const requests = readOrgTokens(await api.list(base, READ), 'request')
  for (const request of requests) {
    if (request.repositorySelection !== 'subset') continue
    const path = `${base}/${request.id}/repositories`
    request.repositories = readRepositoryNames(
      await api.list(path, READ),
      `request ${request.id}`,
    )
  }
  return requests
}

/**
 * `review`: a verdict on every pending request; with `apply`, the
 * approvals and denials sent (manual ones stay pending).
 */
export async function runReview(
  api: OrgApi,
  governance: Governance,
  options: { apply: boolean; denyUnmatched: boolean },
): Promise<ReviewRun> {
  const requests = await listTokenRequests(api, governance.org)
  const verdicts = requests.map((request) =>
    judgeRequest(request, governance, options),
  )
  if (!options.apply) return { verdicts }
  const decisions = groupDecisions(
    verdicts.flatMap(({ request, verdict, reason }) =>
      verdict === 'manual' ? [] : [{ id: request.id, action: verdict, reason }],
    ),
  )
  const pending = async () =>
    new Set(
      readOrgTokens(
        await api.list(requestsPath(governance.org), READ),
        'request',
      ).map((request) => request.id),
    )
  const sending = await sendDecisions(
    api,
    requestRoutes(governance.org),
    decisions,
    pending,
  )
  return { verdicts, sending }
}
