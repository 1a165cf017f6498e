import { OrgApiError } from './org-api.js'
import type { Needs, OrgApi } from './org-api.js'

/** GitHub's limit on ids in one bulk call. */
export const BULK_LIMIT = 100

/** One decision to send: the same action and reason for every id. */
export interface Decision {
  ids: number[]
  /** `approve` / `deny` for requests, `revoke` for tokens. */
  action: 'approve' | 'deny' | 'revoke'
  reason?: string
}

/**
 * What became of each id: sent; already decided by someone else (GitHub
 * answered 404 or 422, and the id is no longer pending); refused (404 or
 * 422 while still pending: a validation error or GitHub's spam guard); or
 * not sent, because an earlier call failed and sending stopped.
 */
export type Outcome = 'sent' | 'already-decided' | 'refused' | 'not-sent'

/** What sending did: every id's outcome, and the failure that stopped it, if any. */
export interface Sending {
  outcomes: Map<number, Outcome>
  /** The error that stopped sending: the ids after it are `not-sent`. */
  failure?: Error
}

/** The bulk and the single route, and the body of each, for requests or tokens. */
export interface DecisionRoutes {
  bulkPath: string
  onePath(id: number): string
  bulkBody(decision: Decision, ids: number[]): unknown
  oneBody(decision: Decision): unknown
  needs: Needs
}

export function requestRoutes(org: string): DecisionRoutes {
  const base = `/orgs/${encodeURIComponent(org)}/personal-access-token-requests`
  return {
    bulkPath: base,
    onePath: (id) => `${base}/${id}`,
    bulkBody: ({ action, reason }, ids) => ({
      pat_request_ids: ids,
      action,
      ...(reason !== undefined && { reason }),
    }),
    oneBody: ({ action, reason }) => ({
      action,
      ...(reason !== undefined && { reason }),
    }),
    needs: {
      permission: 'organization_personal_access_token_requests',
      level: 'write',
    },
  }
}

export function tokenRoutes(org: string): DecisionRoutes {
  const base = `/orgs/${encodeURIComponent(org)}/personal-access-tokens`
  return {
    bulkPath: base,
    onePath: (id) => `${base}/${id}`,
    bulkBody: ({ action }, ids) => ({ action, pat_ids: ids }),
    oneBody: ({ action }) => ({ action }),
    needs: {
      permission: 'organization_personal_access_tokens',
      level: 'write',
    },
  }
}

/** GitHub's answer when an id is not (or no longer) pending, or a body it refuses. */
const notPending = (error: unknown) =>
  error instanceof OrgApiError && (error.status === 404 || error.status === 422)

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size))
  return result
}

/**
 * Sends each decision in bulk calls of at most 100 ids. A bulk call that
 * GitHub refuses with 404 or 422 (one of its ids was decided meanwhile)
 * is sent again one id at a time, so the others still go through. An id
 * refused alone is `already-decided` when `pending()` no longer lists it,
 * else `refused`. Any other failure stops sending: it is returned with
 * what was sent before it, so the caller can say exactly that.
 */
export async function sendDecisions(
  api: OrgApi,
  routes: DecisionRoutes,
  decisions: readonly Decision[],
  pending: () => Promise<ReadonlySet<number>>,
): Promise<Sending> {
  const outcomes = new Map<number, Outcome>()
  const all = decisions.flatMap((decision) => decision.ids)
  try {
    const refusedAlone: number[] = []
    for (const decision of decisions)
      for (const ids of chunks(decision.ids, BULK_LIMIT))
        await sendChunk(api, routes, decision, ids, outcomes, refusedAlone)
    if (refusedAlone.length) {
      const still = await pending()
      for (const id of refusedAlone)
        if (!still.has(id)) outcomes.set(id, 'already-decided')
    }
    return { outcomes }
  } catch (error) {
    for (const id of all) if (!outcomes.has(id)) outcomes.set(id, 'not-sent')
    return { outcomes, failure: error as Error }
  }
}

async function sendChunk(
  api: OrgApi,
  routes: DecisionRoutes,
  decision: Decision,
  ids: number[],
  outcomes: Map<number, Outcome>,
  refusedAlone: number[],
): Promise<void> {
  try {
    await api.post(
      routes.bulkPath,
      routes.bulkBody(decision, ids),
      routes.needs,
    )
    for (const id of ids) outcomes.set(id, 'sent')
    return
  } catch (error) {
    if (!notPending(error)) throw error
  }
  for (const id of ids) {
    try {
      await api.post(routes.onePath(id), routes.oneBody(decision), routes.needs)
      outcomes.set(id, 'sent')
    } catch (error) {
      if (!notPending(error)) throw error
      // Refused until the pending list says someone else decided it.
      outcomes.set(id, 'refused')
      refusedAlone.push(id)
    }
  }
}

/** Decisions grouped by action and reason, in first-seen order. */
export function groupDecisions(
  items: ReadonlyArray<{
    id: number
    action: Decision['action']
    reason?: string
  }>,
): Decision[] {
  const groups = new Map<string, Decision>()
  for (const { id, action, reason } of items) {
    const key = JSON.stringify([action, reason ?? null])
    const group = groups.get(key)
    if (group) group.ids.push(id)
    else
      groups.set(key, {
        ids: [id],
        action,
        ...(reason !== undefined && { reason }),
      })
  }
  return [...groups.values()]
}

/**
 * What went wrong in sending, in one line, or undefined: the error that
 * stopped it, or how many decisions GitHub refused while still pending.
 * `where` names the place that lists them (the output, the summary).
 */
export function sendingProblem(
  sending: Sending | undefined,
  where: string,
): string | undefined {
  if (sending?.failure)
    return `${sending.failure.message}; sending stopped there (${where} says what was sent before it)`
  const refused = [...(sending?.outcomes.values() ?? [])].filter(
    (outcome) => outcome === 'refused',
  ).length
  if (refused === 0) return undefined
  return `GitHub refused ${refused === 1 ? '1 decision' : `${refused} decisions`} (404 or 422) while still pending; ${where} names them`
}
