import {
  dataEndpoints,
  findEndpoint,
  permissionSets,
} from '../src/endpoints/index.js'
import type { Endpoint, HttpVerb } from '../src/endpoints/index.js'

const endpoint = (verb: HttpVerb, path: string): Endpoint => {
  const found = findEndpoint(verb, path)
  if (!found) throw new Error(`no ${verb} ${path} in the data`)
  return found
}

describe('permission sets from entries', () => {
  it('makes an unmarked entry a set of its own: exact', () => {
    expect(
      permissionSets([{ permission: 'contents', access: 'read' }], false),
    ).toEqual({ sets: [{ contents: 'read' }], certainty: 'exact' })
  })

  it('requires marked entries together unless evidence says otherwise: assumed', () => {
    expect(
      permissionSets(
        [
          { permission: 'administration', access: 'write' },
          { permission: 'contents', access: 'read' },
        ],
        true,
      ),
    ).toEqual({
      sets: [{ administration: 'write', contents: 'read' }],
      certainty: 'assumed',
    })
  })

  it('reads a repeated name as two sets: the name alone, and all together', () => {
    expect(
      permissionSets(
        [
          { permission: 'contents', access: 'write' },
          { permission: 'contents', access: 'write' },
          { permission: 'workflows', access: 'write' },
        ],
        true,
      ),
    ).toEqual({
      sets: [{ contents: 'write' }, { contents: 'write', workflows: 'write' }],
      certainty: 'inferred',
    })
  })

  it('splits documented alternatives (issues or pull_requests)', () => {
    expect(
      permissionSets(
        [
          { permission: 'issues', access: 'write' },
          { permission: 'pull_requests', access: 'write' },
        ],
        true,
      ),
    ).toEqual({
      sets: [{ issues: 'write' }, { pull_requests: 'write' }],
      certainty: 'inferred',
    })
  })

  it('has no sets for an endpoint whose permissions are unpublished', () => {
    expect(permissionSets([], false)).toEqual({
      sets: [],
      certainty: 'unpublished',
    })
  })
})

describe('permission sets in GitHub data', () => {
  it('lists exactly one entry for each unmarked endpoint (841 of them)', () => {
    // Mixed marks cannot occur: the generator refuses them.
    const unmarked = dataEndpoints().filter(
      (e) => e.entries.length > 0 && !e.additional,
    )
    expect(unmarked).toHaveLength(841)
    for (const e of unmarked)
      expect([e.id, e.entries.length]).toEqual([e.id, 1])
  })

  it('counts 841 exact, 52 inferred, 49 assumed and 3 unpublished endpoints', () => {
    const count: Record<string, number> = {}
    for (const e of dataEndpoints())
      count[e.certainty] = (count[e.certainty] ?? 0) + 1
    expect(count).toEqual({
      exact: 841,
      inferred: 52,
      assumed: 49,
      unpublished: 3,
    })
  })

  it('gives Copilot billing two alternatives, as GitHub REST data does', () => {
    const billing = endpoint(
      'POST',
      '/orgs/{org}/copilot/billing/selected_users',
    )
    expect(billing.additional).toBe(true)
    expect(billing.sets).toEqual([
      { organization_administration: 'write' },
      { organization_copilot_seat_management: 'write' },
    ])
    expect(endpoint('GET', '/orgs/{org}/copilot/billing').sets).toEqual([
      { organization_administration: 'read' },
      { organization_copilot_seat_management: 'read' },
    ])
  })

  it('lets either issues or pull_requests comment on an issue or pull request', () => {
    const comment = endpoint(
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    )
    expect(comment.sets).toEqual([
      { issues: 'write' },
      { pull_requests: 'write' },
    ])
  })

  it('writes contents with contents alone, or with workflows for workflow files', () => {
    for (const [verb, path] of [
      ['PUT', '/repos/{owner}/{repo}/contents/{path}'],
      ['DELETE', '/repos/{owner}/{repo}/contents/{path}'],
      ['POST', '/repos/{owner}/{repo}/git/refs'],
      ['PATCH', '/repos/{owner}/{repo}/git/refs/{ref}'],
      ['POST', '/repos/{owner}/{repo}/releases'],
      ['PATCH', '/repos/{owner}/{repo}/releases/{release_id}'],
    ] as const) {
      const e = endpoint(verb, path)
      expect(e.entries.map((x) => x.permission)).toEqual([
        'contents',
        'contents',
        'workflows',
      ])
      expect(e.sets).toEqual([
        { contents: 'write' },
        { contents: 'write', workflows: 'write' },
      ])
    }
  })

  it('keeps unexplained marked pairs together: creating a fork', () => {
    const fork = endpoint('POST', '/repos/{owner}/{repo}/forks')
    expect(fork.sets).toEqual([{ administration: 'write', contents: 'read' }])
    expect(fork.certainty).toBe('assumed')
  })

  it('keeps odd single marked entries as listed: stargazers want contents: write', () => {
    const stargazers = endpoint('GET', '/repos/{owner}/{repo}/stargazers')
    expect(stargazers.entries).toEqual([
      { permission: 'contents', access: 'write' },
    ])
    expect(stargazers.sets).toEqual([{ contents: 'write' }])
    expect(stargazers.certainty).toBe('assumed')
  })
})
