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
 * What became of each id, as far as this run can know:
 * - `sent`: GitHub accepted it;
 * - `already-decided`: refused (404 or 422), and two later lists no
 *   longer hold it: someone else decided it meanwhile;
 * - `refused`: refused (404 or 422), and still listed, or the lists that
 *   would tell could not be read;
 * - `unknown`: the call failed without a clear answer (5xx, no answer),
 *   and the id is no longer listed (or could not be checked): GitHub may
 *   have acted on it;
 * - `not-sent`: never sent, or its failed call left it pending.
 */
export type Outcome =
  'sent' | 'already-decided' | 'refused' | 'unknown' | 'not-sent'

/** What sending did: every id's outcome, and what went wrong, if anything. */
export interface Sending {
  outcomes: Map<number, Outcome>
  /** The error that stopped sending: the ids after it are `not-sent`. */
  failure?: Error
  /** The error that kept refused or failed ids from being checked. */
  checkFailure?: Error
}

/** How many refusals one at a time, with none accepted, stop the fallback. */
export const REFUSALS_BEFORE_GIVING_UP = 3

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

/** A run's sending state: the outcomes so far, and the call in flight. */
interface State {
  outcomes: Map<number, Outcome>
  /** The ids of the call being made: `unknown` if it fails without an answer. */
  inFlight: number[]
  refusedAlone: number
  acceptedAlone: number
}

/**
 * Sends each decision in bulk calls of at most 100 ids. A bulk call that
 * GitHub refuses with 404 or 422 (one of its ids was decided meanwhile)
 * is sent again one id at a time, so the others still go through; when
 * the first few are all refused too, GitHub refuses everything and sending
 * stops. Any other failure stops sending. Then the refused ids, and those
 * of a call that failed without an answer, are checked against `pending()`.
 */
export async function sendDecisions(
  api: OrgApi,
  routes: DecisionRoutes,
  decisions: readonly Decision[],
  pending: () => Promise<ReadonlySet<number>>,
): Promise<Sending> {
  const state: State = {
    outcomes: new Map(),
    inFlight: [],
    refusedAlone: 0,
    acceptedAlone: 0,
  }
  let failure: Error | undefined
  try {
    for (const decision of decisions)
      for (const ids of chunks(decision.ids, BULK_LIMIT))
        await sendChunk(api, routes, decision, ids, state)
  } catch (error) {
    failure = error as Error
    for (const id of state.inFlight) state.outcomes.set(id, 'unknown')
  }
  for (const id of decisions.flatMap((decision) => decision.ids))
    if (!state.outcomes.has(id)) state.outcomes.set(id, 'not-sent')
  const checkFailure = await checkUnsure(state.outcomes, pending)
  return {
    outcomes: state.outcomes,
    ...(failure && { failure }),
    ...(checkFailure && { checkFailure }),
  }
}

async function post(
  api: OrgApi,
  routes: DecisionRoutes,
  path: string,
  body: unknown,
  ids: number[],
  state: State,
): Promise<void> {
  state.inFlight = ids
  await api.post(path, body, routes.needs)
  state.inFlight = []
}

async function sendChunk(
  api: OrgApi,
  routes: DecisionRoutes,
  decision: Decision,
  ids: number[],
  state: State,
): Promise<void> {
  try {
    await post(
      api,
      routes,
      routes.bulkPath,
      routes.bulkBody(decision, ids),
      ids,
      state,
    )
    for (const id of ids) state.outcomes.set(id, 'sent')
    return
  } catch (error) {
    if (!notPending(error)) throw error
    state.inFlight = [] // a refused call did nothing
  }
  for (const id of ids) {
    try {
      await post(
        api,
        routes,
        routes.onePath(id),
        routes.oneBody(decision),
        [id],
        state,
      )
      state.outcomes.set(id, 'sent')
      state.acceptedAlone += 1
    } catch (error) {
      if (!notPending(error)) throw error
      state.inFlight = []
      state.outcomes.set(id, 'refused')
      state.refusedAlone += 1
      if (
        state.acceptedAlone === 0 &&
        state.refusedAlone >= REFUSALS_BEFORE_GIVING_UP
      )
        throw new OrgApiError(
          `GitHub refused every decision, also one at a time: ${(error as Error).message}`,
          (error as OrgApiError).status,
        )
    }
  }
}

/**
 * Settles the refused and unknown ids by the pending list, read twice: an
 * offset-paged list can skip an item that moves while it is read, so only
 * an id missing from both counts as gone. Returns the error if the lists
 * cannot be read (the outcomes then stay as they are, which claim nothing).
 */
async function checkUnsure(
  outcomes: Map<number, Outcome>,
  pending: () => Promise<ReadonlySet<number>>,
): Promise<Error | undefined> {
  const unsure = [...outcomes].filter(
    ([, outcome]) => outcome === 'refused' || outcome === 'unknown',
  )
  if (unsure.length === 0) return undefined
  let listed: (id: number) => boolean
  try {
    const first = await pending()
    const second = await pending()
    listed = (id) => first.has(id) || second.has(id)
  } catch (error) {
    return error as Error
  }
  for (const [id, outcome] of unsure) {
    if (outcome === 'refused' && !listed(id))
      outcomes.set(id, 'already-decided')
    if (outcome === 'unknown' && listed(id)) outcomes.set(id, 'not-sent')
  }
  return undefined
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
 * stopped it, the check that could not be made, or how many decisions
 * GitHub refused while still pending. `where` names the place that lists
 * them (the output, the job summary).
 */
export function sendingProblem(
  sending: Sending | undefined,
  where: string,
): string | undefined {
  if (!sending) return undefined
  const count = (outcome: Outcome) =>
    [...sending.outcomes.values()].filter((o) => o === outcome).length
  const problems: string[] = []
  if (sending.failure)
    problems.push(
      `${sending.failure.message}; sending stopped there (${where} says what was sent before it)`,
    )
  if (sending.checkFailure)
    problems.push(
      `the refused or failed decisions could not be checked against the pending list: ${sending.checkFailure.message}`,
    )
  const refused = count('refused')
  if (refused > 0 && !sending.failure && !sending.checkFailure)
    problems.push(
      `GitHub refused ${refused === 1 ? '1 decision' : `${refused} decisions`} (404 or 422) while still pending; ${where} names them`,
    )
  return problems.length ? problems.join('; ') : undefined
}
