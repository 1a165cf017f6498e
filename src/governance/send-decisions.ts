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

/** What became of each id: sent, or already decided by someone else (404/422). */
export type Outcome = 'sent' | 'already-reviewed'

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

/** A request someone reviewed already, or a token already gone: not fatal. */
const alreadyDecided = (error: unknown) =>
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
 * is sent again one id at a time, so the others still go through and
 * each decided one is reported. Any other failure throws.
 */
export async function sendDecisions(
  api: OrgApi,
  routes: DecisionRoutes,
  decisions: readonly Decision[],
): Promise<Map<number, Outcome>> {
  const outcomes = new Map<number, Outcome>()
  for (const decision of decisions) {
    for (const ids of chunks(decision.ids, BULK_LIMIT)) {
      try {
        await api.post(
          routes.bulkPath,
          routes.bulkBody(decision, ids),
          routes.needs,
        )
        for (const id of ids) outcomes.set(id, 'sent')
      } catch (error) {
        if (!alreadyDecided(error)) throw error
        for (const id of ids)
          outcomes.set(id, await sendOne(api, routes, decision, id))
      }
    }
  }
  return outcomes
}

async function sendOne(
  api: OrgApi,
  routes: DecisionRoutes,
  decision: Decision,
  id: number,
): Promise<Outcome> {
  try {
    await api.post(routes.onePath(id), routes.oneBody(decision), routes.needs)
    return 'sent'
  } catch (error) {
    if (alreadyDecided(error)) return 'already-reviewed'
    throw error
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
