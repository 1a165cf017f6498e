import fc from 'fast-check'
import {
  checkGrant,
  allEndpoints,
  lookupEndpoint,
  permissionUses,
  requiredGrant,
} from '../src/endpoints/index.js'
import type { Endpoint, Grant, Requirement } from '../src/endpoints/index.js'

const endpoints = (...texts: string[]): Endpoint[] =>
  texts.map((text) => {
    const found = lookupEndpoint(text)
    if (found.kind !== 'endpoint') throw new Error(`${text}: ${found.kind}`)
    return found.endpoint
  })

const grantFor = (...texts: string[]): Grant =>
  requiredGrant(endpoints(...texts)).permissions

const READ_FILE = 'GET /repos/{owner}/{repo}/contents/{path}'
const WRITE_FILE = 'PUT /repos/{owner}/{repo}/contents/{path}'
const DISPATCH =
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
const ORG_MEMBERS = 'GET /orgs/{org}/members'
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'

describe('requiredGrant on real endpoints', () => {
  it('reads a file with contents: read and writes one with contents: write', () => {
    expect(grantFor(READ_FILE)).toEqual({ contents: 'read' })
    expect(grantFor(WRITE_FILE)).toEqual({ contents: 'write' })
    expect(grantFor(READ_FILE, WRITE_FILE)).toEqual({ contents: 'write' })
  })

  it('lists, opens and merges pull requests', () => {
    expect(grantFor('GET /repos/o/r/pulls')).toEqual({ pull_requests: 'read' })
    expect(grantFor('GET /repos/o/r/pulls', 'POST /repos/o/r/pulls')).toEqual({
      pull_requests: 'write',
    })
    // Merging is a contents write, as GitHub's data says.
    expect(
      grantFor('POST /repos/o/r/pulls', 'PUT /repos/o/r/pulls/7/merge'),
    ).toEqual({ contents: 'write', pull_requests: 'write' })
  })

  it('dispatches a workflow with actions: write', () => {
    expect(grantFor(DISPATCH)).toEqual({ actions: 'write' })
  })

  it('lists organization members with members: read', () => {
    expect(grantFor(ORG_MEMBERS)).toEqual({ members: 'read' })
  })

  it('grants both permissions of an endpoint that needs them together', () => {
    // Forking is marked "additional permissions" with no sign of alternatives.
    expect(grantFor('POST /repos/{owner}/{repo}/forks')).toEqual({
      administration: 'write',
      contents: 'read',
    })
  })

  it('picks one of alternative sets: the narrowest, and the one already needed', () => {
    expect(grantFor(COMMENT)).toEqual({ issues: 'write' })
    expect(grantFor(COMMENT, 'POST /repos/o/r/pulls')).toEqual({
      pull_requests: 'write',
    })
    // organization_administration would do too, but opens far more.
    expect(grantFor('POST /orgs/o/copilot/billing/selected_users')).toEqual({
      organization_copilot_seat_management: 'write',
    })
  })

  it('prefers repository permissions over organization ones on a tie', () => {
    const tie: Requirement = {
      id: 'GET /x',
      sets: [{ members: 'read' }, { issues: 'read' }],
    }
    const grant = requiredGrant([tie])
    expect(grant.permissions).toEqual({ issues: 'read' })
  })

  it('leaves out metadata, which GitHub adds to any repository access', () => {
    expect(grantFor('GET /repos/{owner}/{repo}')).toEqual({})
    expect(grantFor('GET /repos/o/r', READ_FILE)).toEqual({ contents: 'read' })
  })

  it('reports the set chosen for each endpoint and the unpublished ones', () => {
    const result = requiredGrant(
      endpoints(
        WRITE_FILE,
        ORG_MEMBERS,
        'GET /enterprises/{enterprise}/dependabot/repository-access',
      ),
    )
    expect(result.search).toBe('exact')
    expect(result.choices.map((c) => [c.endpoint.id, c.set])).toEqual([
      [WRITE_FILE, { contents: 'write' }],
      [ORG_MEMBERS, { members: 'read' }],
    ])
    expect(result.unpublished.map((e) => e.id)).toEqual([
      'GET /enterprises/{enterprise}/dependabot/repository-access',
    ])
  })

  it('falls back to a greedy search for many alternatives, still satisfying all', () => {
    const synthetic = Array.from({ length: 20 }, (_, i) => ({
      id: `GET /x/${i}`,
      sets: [{ [`a${i}`]: 'read' as const }, { [`b${i}`]: 'read' as const }],
    }))
    const result = requiredGrant(synthetic)
    expect(result.search).toBe('greedy')
    expect(checkGrant(synthetic, result.permissions).missing).toEqual([])
  })
})

describe('checkGrant', () => {
  it('finds nothing wrong with the grant requiredGrant chose', () => {
    const list = endpoints(
      READ_FILE,
      WRITE_FILE,
      DISPATCH,
      ORG_MEMBERS,
      COMMENT,
    )
    const grant = requiredGrant(list).permissions
    expect(grant).toEqual({
      actions: 'write',
      contents: 'write',
      issues: 'write',
      members: 'read',
    })
    expect(checkGrant(list, grant)).toEqual({
      missing: [],
      excess: [],
      unpublished: [],
    })
  })

  it('names the smallest addition for each endpoint not satisfied', () => {
    const list = endpoints(READ_FILE, WRITE_FILE, DISPATCH, COMMENT)
    const check = checkGrant(list, { contents: 'read', pull_requests: 'read' })
    expect(check.missing.map((m) => [m.endpoint.id, m.add])).toEqual([
      [WRITE_FILE, { contents: 'write' }],
      [DISPATCH, { actions: 'write' }],
      // Raising pull_requests adds no new permission; issues would.
      [COMMENT, { pull_requests: 'write' }],
    ])
    expect(check.excess).toEqual([])
  })

  it('flags a level higher than needed: contents: write where read will do', () => {
    expect(
      checkGrant(endpoints(READ_FILE), { contents: 'write' }).excess,
    ).toEqual([{ permission: 'contents', granted: 'write', needed: 'read' }])
  })

  it('flags permissions no endpoint needs, including an unused alternative', () => {
    const check = checkGrant(endpoints(COMMENT, ORG_MEMBERS), {
      issues: 'write',
      pull_requests: 'write',
      members: 'write',
      administration: 'read',
      metadata: 'read',
    })
    expect(check.missing).toEqual([])
    expect(check.excess).toEqual([
      { permission: 'administration', granted: 'read' },
      { permission: 'members', granted: 'write', needed: 'read' },
      { permission: 'pull_requests', granted: 'write' },
    ])
  })

  it('never calls metadata: read missing, nor excess', () => {
    const list = endpoints('GET /repos/o/r', 'GET /repos/o/r/topics')
    expect(checkGrant(list, {})).toEqual({
      missing: [],
      excess: [],
      unpublished: [],
    })
    expect(checkGrant(list, { metadata: 'read' }).excess).toEqual([])
  })

  it('keeps an alternative the grant relies on', () => {
    const check = checkGrant(
      endpoints('POST /orgs/o/copilot/billing/selected_teams'),
      { organization_administration: 'write' },
    )
    expect(check).toEqual({ missing: [], excess: [], unpublished: [] })
  })

  it('holds for any few endpoints: requiredGrant passes checkGrant cleanly', () => {
    const published = allEndpoints().filter((e) => e.sets.length > 0)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: published.length - 1 }), {
          maxLength: 12,
        }),
        (indexes) => {
          const list = indexes.map((i) => published[i]!)
          const result = requiredGrant(list)
          expect(result.search).toBe('exact')
          const check = checkGrant(list, result.permissions)
          expect(check.missing).toEqual([])
          expect(check.excess).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('permissionUses', () => {
  it('groups what workflows: write opens by API category', () => {
    const uses = permissionUses('workflows')
    expect(uses.map((group) => group.category)).toEqual([
      'git',
      'releases',
      'repos',
    ])
    const repos = uses.find((group) => group.category === 'repos')!
    expect(
      repos.uses.map((use) => [use.endpoint.id, use.access, use.with]),
    ).toEqual([
      [WRITE_FILE, 'write', { contents: 'write' }],
      [
        'DELETE /repos/{owner}/{repo}/contents/{path}',
        'write',
        { contents: 'write' },
      ],
    ])
  })

  it('gives each endpoint the level it needs, alone when it is enough', () => {
    const actions = permissionUses('actions').find(
      (g) => g.category === 'actions',
    )!
    const dispatch = actions.uses.find((use) => use.endpoint.id === DISPATCH)!
    expect([dispatch.access, dispatch.with]).toEqual(['write', {}])
    const contents = permissionUses('contents').flatMap((group) => group.uses)
    const write = contents.find((use) => use.endpoint.id === WRITE_FILE)!
    expect([write.access, write.with]).toEqual(['write', {}])
    // 84 entries, less the 6 endpoints that list contents twice, and the
    // upload of a release asset from supplement-endpoints.ts.
    expect(contents).toHaveLength(79)
    expect(contents.map((use) => use.endpoint.id)).toContain(
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
    )
  })

  it('is empty for a permission the data does not know', () => {
    expect(permissionUses('discussions')).toEqual([])
  })
})
