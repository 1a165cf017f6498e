import { OrgApiError } from './org-api.js'
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
  /** Requests that went away while their repositories were read (reviewed meanwhile). */
  vanished: number
  /** `subset` requests whose repositories were not read: past the per-run limit. */
  unlisted: number
  /** With `apply`: what became of each approved or denied request. */
  sending?: Sending
}

const READ = {
  permission: 'organization_personal_access_token_requests',
  level: 'read',
} as const

const requestsPath = (org: string) =>
  `/orgs/${encodeURIComponent(org)}/personal-access-token-requests`

/**
 * Repository lists read per run: each is a call of its own, and a run
 * every 30 minutes must stay well within an App's 5,000 calls an hour.
 */
export const MAX_REPOSITORY_LISTS = 100

interface Listing {
  requests: OrgToken[]
  vanished: number
  unlisted: number
}

/**
 * Every pending request, with the repositories of the first 100 limited
 * to some. A request whose repositories answer 404 was reviewed meanwhile:
 * it is left out. A lifetime is counted from the request, or from now if
 * GitHub dates it in the future (so no date can stretch what is allowed).
 */
export async function listTokenRequests(
  api: OrgApi,
  org: string,
  now: Date,
): Promise<Listing> {
  const base = requestsPath(org)
  const listed = readOrgTokens(await api.list(base, READ), 'request')
  const requests: OrgToken[] = []
  let lists = 0
  let unlisted = 0
  for (const request of listed) {
    if (request.since > now) request.since = now
    if (request.repositorySelection === 'subset') {
      if (lists === MAX_REPOSITORY_LISTS) unlisted += 1
      else {
        lists += 1
        const repositories = await repositoriesOf(api, base, request)
        if (repositories === undefined) continue
        request.repositories = repositories
      }
    }
    requests.push(request)
  }
  return { requests, vanished: listed.length - requests.length, unlisted }
}

/** The request's repositories; undefined when it is gone (404). */
async function repositoriesOf(
  api: OrgApi,
  base: string,
  request: OrgToken,
): Promise<string[] | undefined> {
  try {
    return readRepositoryNames(
      await api.list(`${base}/${request.id}/repositories`, READ),
      `request ${request.id}`,
    )
  } catch (error) {
    if (error instanceof OrgApiError && error.status === 404) return undefined
    throw error
  }
}

/**
 * `review`: a verdict on every pending request; with `apply`, the
 * approvals and denials sent (manual ones stay pending).
 */
export async function runReview(
  api: OrgApi,
  governance: Governance,
  options: { apply: boolean; denyUnmatched: boolean; now: Date },
): Promise<ReviewRun> {
  const { requests, vanished, unlisted } = await listTokenRequests(
    api,
    governance.org,
    options.now,
  )
  const verdicts = requests.map((request) =>
    judgeRequest(request, governance, options),
  )
  if (!options.apply) return { verdicts, vanished, unlisted }
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
  return { verdicts, vanished, unlisted, sending }
}
