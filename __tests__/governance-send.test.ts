import { describe, expect, it } from '@jest/globals'
import { OrgApiError } from '../src/governance/org-api.js'
import type { OrgApi } from '../src/governance/org-api.js'
import {
  REFUSALS_BEFORE_GIVING_UP,
  requestRoutes,
  sendDecisions,
  sendingProblem,
} from '../src/governance/send-decisions.js'
import type { Decision } from '../src/governance/send-decisions.js'

// What sending reports must be what happened: each id's outcome is
// checked against a fake API that records calls and answers as told.

interface Call {
  path: string
  ids: number[]
}

/**
 * A fake API: `answer` decides each POST (return a status or throw);
 * `pendingLists` are what successive pending lists return.
 */
function fakeApi(answer: (call: Call, index: number) => number) {
  const calls: Call[] = []
  const api: OrgApi = {
    list: () => Promise.reject(new Error('not used')),
    post: (path, body) => {
      const { pat_request_ids: ids } = body as { pat_request_ids?: number[] }
      const call = { path, ids: ids ?? [Number(path.split('/').pop())] }
      calls.push(call)
      try {
        return Promise.resolve(answer(call, calls.length - 1))
      } catch (error) {
        return Promise.reject(error as Error)
      }
    },
  }
  return { api, calls }
}

const refused = () => {
  throw new OrgApiError('POST x: HTTP 422 (Validation Failed)', 422)
}
const serverError = () => {
  throw new OrgApiError('POST x: HTTP 500 (Server Error)', 500)
}

const ids = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => from + i)

const routes = requestRoutes('octo-org')
const approve = (list: number[]): Decision => ({
  ids: list,
  action: 'approve',
  reason: 'matches',
})

/** A pending list that returns each of `lists` in turn (the last one after). */
function pendingLists(...lists: number[][]) {
  let call = 0
  const pending = () =>
    Promise.resolve(new Set(lists[Math.min(call++, lists.length - 1)]))
  return { pending, calls: () => call }
}

describe('sendDecisions', () => {
  it('sends in bulk calls of at most 100, every id sent', async () => {
    const { api, calls } = fakeApi(() => 202)
    const lists = pendingLists([])
    const sending = await sendDecisions(
      api,
      routes,
      [approve(ids(1, 250))],
      lists.pending,
    )
    expect(calls.map((call) => call.ids.length)).toEqual([100, 100, 50])
    expect(new Set(sending.outcomes.values())).toEqual(new Set(['sent']))
    expect(lists.calls()).toBe(0)
    expect(sendingProblem(sending, 'the output')).toBeUndefined()
  })

  it('a 500 on the second bulk call: its ids are unknown when no longer pending, not-sent when still pending', async () => {
    const { api } = fakeApi((_call, index) =>
      index === 1 ? serverError() : 202,
    )
    // 101-150 went through despite the 500; 151-200 did not.
    const lists = pendingLists(ids(151, 50).concat(ids(201, 50)))
    const sending = await sendDecisions(
      api,
      routes,
      [approve(ids(1, 250))],
      lists.pending,
    )
    const outcome = (id: number) => sending.outcomes.get(id)
    expect([outcome(1), outcome(101), outcome(151), outcome(201)]).toEqual([
      'sent',
      'unknown',
      'not-sent',
      'not-sent',
    ])
    expect(sendingProblem(sending, 'the output')).toBe(
      'POST x: HTTP 500 (Server Error); sending stopped there (the output says what was sent before it)',
    )
  })

  it('a refused id is "already decided" only when two lists both miss it', async () => {
    // The bulk call is refused; then 1 and 3 are refused alone, 2 is sent.
    const { api, calls } = fakeApi((call) =>
      call.ids.length > 1 || call.ids[0] !== 2 ? refused() : 204,
    )
    // 1 is gone from both lists; 3 is skipped by the first list only.
    const lists = pendingLists([9], [3, 9])
    const sending = await sendDecisions(
      api,
      routes,
      [approve([1, 2, 3])],
      lists.pending,
    )
    expect(calls).toHaveLength(4)
    expect([...sending.outcomes]).toEqual([
      [1, 'already-decided'],
      [2, 'sent'],
      [3, 'refused'],
    ])
    expect(lists.calls()).toBe(2)
    expect(sendingProblem(sending, 'the output')).toBe(
      'GitHub refused 1 decision (404 or 422) while still pending; the output names them',
    )
  })

  it(`stops falling back one at a time after ${REFUSALS_BEFORE_GIVING_UP} refusals with none accepted`, async () => {
    const { api, calls } = fakeApi(() => refused())
    const lists = pendingLists(ids(1, 300))
    const sending = await sendDecisions(
      api,
      routes,
      [approve(ids(1, 300))],
      lists.pending,
    )
    // One bulk call, then three single calls: not 300.
    expect(calls).toHaveLength(1 + REFUSALS_BEFORE_GIVING_UP)
    expect(sending.outcomes.get(1)).toBe('refused')
    expect(sending.outcomes.get(4)).toBe('not-sent')
    expect(sending.outcomes.get(300)).toBe('not-sent')
    expect(sendingProblem(sending, 'the output')).toMatch(
      /^GitHub refused every decision, also one at a time: POST x: HTTP 422 \(Validation Failed\); sending stopped there/,
    )
  })

  it('when the lists cannot be read, refused ids stay refused and the problem says so', async () => {
    const { api } = fakeApi((call) => (call.ids.length > 1 ? refused() : 204))
    const sending = await sendDecisions(api, routes, [approve([1, 2])], () =>
      Promise.reject(new Error('GET list: HTTP 502')),
    )
    // Both sent alone after the refused bulk call: nothing to check.
    expect([...sending.outcomes.values()]).toEqual(['sent', 'sent'])
    const broken = fakeApi(() => refused())
    const unchecked = await sendDecisions(
      broken.api,
      routes,
      [approve([1])],
      () => Promise.reject(new Error('GET list: HTTP 502')),
    )
    expect(unchecked.outcomes.get(1)).toBe('refused')
    expect(sendingProblem(unchecked, 'the output')).toBe(
      'the refused or failed decisions could not be checked against the pending list: GET list: HTTP 502',
    )
  })
})
