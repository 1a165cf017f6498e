import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../src/config/config.js'
import { catalogFor } from '../src/endpoints/index.js'
import { auditToken } from '../src/governance/audit.js'
import { findCoverage } from '../src/governance/coverage.js'
import type { GoverningTemplate } from '../src/governance/coverage.js'
import { readOrgToken, readOrgTokens } from '../src/governance/org-tokens.js'
import type { OrgToken } from '../src/governance/org-tokens.js'
import { policyBreaches } from '../src/governance/policy-breaches.js'
import {
  judgeRequest,
  limitReason,
  MAX_REASON_LENGTH,
} from '../src/governance/review.js'
import type { Governance } from '../src/governance/review.js'
import type { TokenTemplate } from '../src/links/token-template.js'

// Pure judging: the API's documented shapes in, verdicts and findings out.

const CREATED = '2026-05-16T08:47:09.000-07:00'
const DAY = 86_400_000

/** A pending request as GitHub's docs show one, with `overrides`. */
function request(overrides: Record<string, unknown> = {}): OrgToken {
  return readOrgToken(
    {
      id: 25381,
      reason: 'I need to access the GitHub API',
      owner: { login: 'octocat', id: 1, type: 'User', site_admin: false },
      repository_selection: 'subset',
      repositories_url:
        'https://api.github.com/organizations/652551/personal-access-token-requests/25381/repositories',
      permissions: {
        organization: {},
        repository: { metadata: 'read', contents: 'read' },
        other: {},
      },
      created_at: CREATED,
      token_id: 98716,
      token_name: 'Some Token',
      token_expired: false,
      token_expires_at: new Date(Date.parse(CREATED) + 30 * DAY).toISOString(),
      token_last_used_at: null,
      ...overrides,
    },
    'request',
    0,
  )
}

const template = (
  fields: Partial<TokenTemplate>,
  ref = 'tokens/read.yml#1',
): GoverningTemplate => ({
  template: {
    name: 'Read code',
    target_name: 'octo-org',
    expires_in: 30,
    permissions: { contents: 'read' },
    ...fields,
  },
  ref,
})

function governance(
  templates: GoverningTemplate[],
  config = '',
  org = 'octo-org',
): Governance {
  const parsed = parseConfig(config, 'config.yml')
  return {
    org,
    templates,
    policy: parsed.policy,
    catalog: catalogFor(parsed.platform, parsed.extraPermissions),
  }
}

const judge = (token: OrgToken, gov: Governance, denyUnmatched = false) =>
  judgeRequest(token, gov, { denyUnmatched })

describe('approve: a lint-clean template covers the request', () => {
  it('approves the same permissions, naming the template', () => {
    const verdict = judge(request(), governance([template({})]))
    expect(verdict.verdict).toBe('approve')
    expect(verdict.template?.ref).toBe('tokens/read.yml#1')
    expect(verdict.reason).toBe(
      'matches the approved template "Read code" (tokens/read.yml#1)',
    )
  })

  it('approves a lower level than the template grants, and implies metadata: read', () => {
    const gov = governance([template({ permissions: { contents: 'write' } })])
    expect(judge(request(), gov).verdict).toBe('approve')
  })

  it('matches the organization in any case', () => {
    const gov = governance([template({ target_name: 'Octo-Org' })])
    expect(judge(request(), gov).verdict).toBe('approve')
  })

  it('accepts an expiry up to a day past expires_in (the form picks a date)', () => {
    const gov = governance([template({})])
    const late = (days: number) =>
      request({
        token_expires_at: new Date(
          Date.parse(CREATED) + days * DAY,
        ).toISOString(),
      })
    expect(judge(late(31), gov).verdict).toBe('approve')
    expect(judge(late(31.01), gov).verdict).toBe('manual')
  })

  it('reads an absent expires_in as GitHub does: 30 days', () => {
    const gov = governance([template({ expires_in: undefined })])
    expect(judge(request(), gov).verdict).toBe('approve')
    const sixty = request({
      token_expires_at: new Date(Date.parse(CREATED) + 60 * DAY).toISOString(),
    })
    expect(judge(sixty, gov).reason).toContain('the template allows 30')
  })

  it('lets expires_in: none cover a token that never expires', () => {
    const never = request({ token_expires_at: null })
    expect(
      judge(never, governance([template({ expires_in: 'none' })])).verdict,
    ).toBe('approve')
    expect(judge(never, governance([template({})])).reason).toContain(
      "never expires, the template's tokens expire in 30 days",
    )
  })

  it('takes the first covering template in file order', () => {
    const gov = governance([
      template({ permissions: { issues: 'read' } }, 'a.yml#1'),
      template({}, 'b.yml#1'),
      template({}, 'b.yml#2'),
    ])
    expect(judge(request(), gov).template?.ref).toBe('b.yml#1')
  })
})

describe('the repository-selection rule', () => {
  const cases: Array<[string | undefined, string, boolean]> = [
    [undefined, 'subset', true],
    [undefined, 'none', true],
    [undefined, 'all', false],
    ['selected', 'all', false],
    ['all', 'all', true],
    ['all', 'subset', true],
    ['none', 'subset', false],
    ['none', 'none', true],
  ]
  it.each(cases)(
    'template %s, request %s: approve %s',
    (allowed, selection, approves) => {
      const gov = governance([
        template(
          allowed === undefined ? {} : { repositories: allowed as never },
        ),
      ])
      const verdict = judge(request({ repository_selection: selection }), gov)
      expect(verdict.verdict).toBe(approves ? 'approve' : 'manual')
      if (!approves) expect(verdict.reason).toMatch(/\(repositories:\)$/)
    },
  )
})

describe('manual: no template covers it', () => {
  it('names the closest template and every difference', () => {
    const gov = governance([
      template({ permissions: { issues: 'write' } }, 'far.yml#1'),
      template({ permissions: { contents: 'read' } }, 'near.yml#3'),
    ])
    const verdict = judge(
      request({
        permissions: {
          repository: { contents: 'write', pull_requests: 'read' },
        },
      }),
      gov,
    )
    expect(verdict.verdict).toBe('manual')
    expect(verdict.reason).toBe(
      'no approved template covers it; closest: "Read code" (near.yml#3): asks for contents: write, the template grants read; asks for pull_requests: read, which the template does not grant',
    )
  })

  it('never approves for another target, or a template without one', () => {
    expect(
      judge(request(), governance([template({ target_name: 'other-org' })]))
        .reason,
    ).toContain('the template is for other-org, not octo-org')
    expect(
      judge(request(), governance([template({ target_name: undefined })]))
        .reason,
    ).toContain('the template has no target_name (it must be octo-org)')
  })

  it('denies instead with --deny-unmatched', () => {
    const verdict = judge(
      request({ permissions: { repository: { issues: 'write' } } }),
      governance([template({})]),
      true,
    )
    expect(verdict.verdict).toBe('deny')
  })

  it('says so when there is no approved template at all', () => {
    expect(judge(request(), governance([])).reason).toBe(
      'no approved template to match',
    )
  })

  it('never approves a permission the catalog does not know, or one in the wrong group', () => {
    const everything = template({
      permissions: { contents: 'write', administration: 'write' },
    })
    const unknown = judge(
      request({ permissions: { repository: { telepathy: 'read' } } }),
      governance([everything]),
    )
    expect(unknown.verdict).toBe('manual')
    expect(unknown.reason).toContain(
      'telepathy is not a repository permission this release knows',
    )
    // administration is a repository permission: in the organization group
    // it would be organization_administration, which no template granted.
    const wrongGroup = judge(
      request({ permissions: { organization: { administration: 'write' } } }),
      governance([everything]),
    )
    expect(wrongGroup.verdict).toBe('manual')
    const badLevel = judge(
      request({ permissions: { repository: { contents: 'admin' } } }),
      governance([everything]),
    )
    expect(badLevel.reason).toContain('contents has no admin level')
  })

  it('never matches a level that is not a string', () => {
    const verdict = judge(
      request({ permissions: { repository: { contents: ['read'] } } }),
      governance([template({ permissions: { contents: 'write' } })]),
    )
    expect(verdict.verdict).toBe('manual')
    expect(verdict.reason).toContain('contents has no "[\\"read\\"]" level')
  })

  it('names an unknown group as such', () => {
    const verdict = judge(
      request({ permissions: { enterprise: { copilot: 'read' } } }),
      governance([template({})]),
    )
    expect(verdict.reason).toBe(
      'cannot be judged: copilot is in enterprise, a group of permissions this release does not know',
    )
  })

  it('quotes hostile permission names from the API', () => {
    const verdict = judge(
      request({ permissions: { repository: { 'x\n::error::y': 'read' } } }),
      governance([template({})]),
    )
    expect(verdict.reason).not.toContain('\n')
    expect(verdict.reason).toContain('"x\\n::error::y"')
  })
})

describe('deny: the request breaks the policy', () => {
  const policy = `policy:
  max_lifetime_days: 90
  forbidden_permissions:
    - administration
    - contents: write
  allowed_targets: [octo-*]
`
  it('names forbidden_permissions and its line, even when a template covers it', () => {
    const gov = governance(
      [template({ permissions: { contents: 'write' } })],
      policy,
    )
    const verdict = judge(
      request({ permissions: { repository: { contents: 'write' } } }),
      gov,
    )
    expect(verdict.verdict).toBe('deny')
    expect(verdict.reason).toBe(
      'breaks the policy: asks for contents: write, which policy.forbidden_permissions (config.yml line 5) forbids (contents: write or above)',
    )
    expect(
      judge(request(), gov).verdict, // contents: read is allowed
    ).toBe('approve')
  })

  it('denies a token that never expires under max_lifetime_days, and one that lives too long', () => {
    const gov = governance([template({ expires_in: 'none' })], policy)
    expect(judge(request({ token_expires_at: null }), gov).reason).toBe(
      'breaks the policy: never expires, and policy.max_lifetime_days (config.yml line 2) is 90 days',
    )
    const long = request({
      token_expires_at: new Date(Date.parse(CREATED) + 120 * DAY).toISOString(),
    })
    expect(judge(long, gov).reason).toBe(
      'breaks the policy: lives 120 days, more than policy.max_lifetime_days (config.yml line 2) allows (90)',
    )
  })

  it('denies every request of an organization outside allowed_targets', () => {
    const gov = governance([template({ target_name: 'acme' })], policy, 'acme')
    expect(judge(request(), gov).reason).toBe(
      'breaks the policy: the organization acme is not in policy.allowed_targets (config.yml line 6)',
    )
  })

  it('applies the policy by name whatever group the API puts it in', () => {
    expect(
      policyBreaches(
        request({ permissions: { other: { administration: 'read' } } }),
        'octo-org',
        parseConfig(policy, 'config.yml').policy,
      ),
    ).toHaveLength(1)
  })
})

describe('reasons', () => {
  it('are cut to GitHub limit of 1,024 characters', () => {
    const names = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`perm_${i}`, 'read']),
    )
    const verdict = judge(
      request({ permissions: { repository: names } }),
      governance([template({})]),
    )
    expect(verdict.reason.length).toBeLessThanOrEqual(MAX_REASON_LENGTH)
    expect(verdict.reason.endsWith('…')).toBe(true)
    expect(limitReason('short')).toBe('short')
    const emoji = '😀'.repeat(600)
    expect(limitReason(emoji).length).toBeLessThanOrEqual(MAX_REASON_LENGTH)
    expect(limitReason(emoji)).not.toMatch(/[\ud800-\udbff]…$/)
  })
})

describe('coverage', () => {
  it('prefers the template with the fewest differences', () => {
    const coverage = findCoverage(request(), 'octo-org', [
      template({ target_name: 'x', expires_in: 7 }, 'two.yml#1'),
      template({ target_name: 'x' }, 'one.yml#1'),
    ])
    expect(coverage.covered).toBe(false)
    if (!coverage.covered) expect(coverage.closest?.ref).toBe('one.yml#1')
  })
})

describe('audit', () => {
  const NOW = new Date('2026-12-06T12:00:00Z')
  const token = (overrides: Record<string, unknown>) =>
    readOrgToken(
      {
        id: 25381,
        owner: { login: 'octocat' },
        repository_selection: 'subset',
        repositories_url: 'https://api.github.com/x',
        permissions: { repository: { contents: 'read' } },
        access_granted_at: '2026-11-20T00:00:00Z',
        token_id: 98716,
        token_name: 'Some Token',
        token_expired: false,
        token_expires_at: '2026-12-19T00:00:00Z',
        token_last_used_at: '2026-12-05T00:00:00Z',
        ...overrides,
      },
      'token',
      0,
    )
  const audit = (t: OrgToken, gov: Governance, staleDays = 90) =>
    auditToken(t, gov, { now: NOW, staleDays }).findings

  it('finds nothing on a covered, recently used token', () => {
    expect(audit(token({}), governance([template({})]))).toEqual([])
  })

  it('reports token-exceeds-policy (error) for no expiry under a maximum', () => {
    const findings = audit(
      token({ token_expires_at: null }),
      governance(
        [template({ expires_in: 'none' })],
        'policy:\n  max_lifetime_days: 30\n',
      ),
    )
    expect(findings).toEqual([
      {
        rule: 'token-exceeds-policy',
        severity: 'error',
        message:
          'breaks the policy: never expires, and policy.max_lifetime_days (config.yml line 2) is 30 days',
      },
    ])
  })

  it('never reports a token for allowed_targets: that setting judges requests', () => {
    const gov = governance(
      [template({ target_name: 'acme' })],
      'policy:\n  allowed_targets: [octo-*]\n',
      'acme',
    )
    expect(audit(token({}), gov)).toEqual([])
  })

  it('says a token holds what a request asks for', () => {
    const findings = audit(
      token({ permissions: { repository: { issues: 'write' } } }),
      governance([template({})]),
    )
    expect(findings[0]!.message).toContain(
      'holds issues: write, which the template does not grant',
    )
  })

  it('reports token-without-template (warning) with the closest template', () => {
    const findings = audit(
      token({ permissions: { repository: { contents: 'write' } } }),
      governance([template({})]),
    )
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['token-without-template', 'warning'],
    ])
    expect(findings[0]!.message).toContain('closest: "Read code"')
  })

  it('reports token-stale (notice) after N days unused, or never used', () => {
    const stale = audit(
      token({ token_last_used_at: '2026-10-01T00:00:00Z' }),
      governance([template({})]),
      30,
    )
    expect(stale).toEqual([
      {
        rule: 'token-stale',
        severity: 'notice',
        message:
          'unused for 66 days (last used 2026-10-01); revoke it if nobody needs it',
      },
    ])
    const never = audit(
      token({ token_last_used_at: null }),
      governance([template({})]),
      7,
    )
    expect(never[0]!.message).toBe(
      'never used in the 16 days since access was granted (2026-11-20); revoke it if nobody needs it',
    )
  })
})

describe('reading the API', () => {
  it('keeps each id once: offset paging can list an item twice', () => {
    const item = (id: number) => ({
      id,
      owner: { login: 'octocat' },
      repository_selection: 'all',
      permissions: {},
      created_at: CREATED,
      token_id: id,
      token_name: 't',
      token_expired: false,
      token_expires_at: null,
      token_last_used_at: null,
    })
    expect(
      readOrgTokens([item(1), item(2), item(1)], 'request').map((t) => t.id),
    ).toEqual([1, 2])
  })

  it('refuses an item of another shape, naming the field', () => {
    expect(() => readOrgToken({ id: 1 }, 'request', 0)).toThrow(
      'request 1: owner.login is not a string',
    )
    expect(() => readOrgToken('x', 'token', 4)).toThrow('token 5 of the API')
    expect(() => request({ repository_selection: 'some' })).toThrow(
      'repository_selection is not none, all or subset',
    )
    expect(() => request({ token_expires_at: 'soon' })).toThrow(
      'token_expires_at is not a date',
    )
  })
})
