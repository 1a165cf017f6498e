import { lookupEndpoint, parseEndpoint } from '../src/endpoints/index.js'
import type { EndpointLookup } from '../src/endpoints/index.js'

/** `VERB template` of a hit, or the lookup's kind. */
const hit = (text: string): string => {
  const found = lookupEndpoint(text)
  return found.kind === 'endpoint' ? found.endpoint.id : found.kind
}

function expectKind<K extends EndpointLookup['kind']>(
  found: EndpointLookup,
  kind: K,
): Extract<EndpointLookup, { kind: K }> {
  expect(found.kind).toBe(kind)
  return found as Extract<EndpointLookup, { kind: K }>
}

describe('endpoint strings', () => {
  it('reads a verb in any case, with spaces around', () => {
    expect(parseEndpoint('  get   /repos/{owner}/{repo}  ')).toEqual({
      ok: true,
      request: {
        verb: 'GET',
        path: '/repos/{owner}/{repo}',
        segments: ['repos', '{owner}', '{repo}'],
      },
    })
  })

  it('reads full URLs and drops the query, fragment and trailing slash', () => {
    const path = (text: string) => {
      const parsed = parseEndpoint(text)
      return parsed.ok ? parsed.request.path : parsed.message
    }
    expect(path('GET https://api.github.com/repos/o/r/pulls/12?x=1#y')).toBe(
      '/repos/o/r/pulls/12',
    )
    expect(path('GET https://ghe.example.com/api/v3/repos/o/r/')).toBe(
      '/repos/o/r',
    )
    expect(path('GET /repos/o/r/issues?state=open')).toBe('/repos/o/r/issues')
  })

  it('explains what it cannot read', () => {
    expect(parseEndpoint('/repos/o/r')).toEqual({
      ok: false,
      message: 'expected "VERB /path", e.g. "GET /repos/{owner}/{repo}"',
    })
    expect(parseEndpoint('FETCH /repos/o/r')).toEqual({
      ok: false,
      message:
        'unknown HTTP verb "FETCH" (expected GET, POST, PUT, PATCH, DELETE)',
    })
    expect(parseEndpoint('GET repos/o/r').ok).toBe(false)
    expect(lookupEndpoint('GET').kind).toBe('invalid')
  })
})

describe('endpoint lookup', () => {
  it('finds templates as written, the verb in any case', () => {
    expect(hit('GET /repos/{owner}/{repo}/contents/{path}')).toBe(
      'GET /repos/{owner}/{repo}/contents/{path}',
    )
    expect(hit('put /repos/{owner}/{repo}/contents/{path}')).toBe(
      'PUT /repos/{owner}/{repo}/contents/{path}',
    )
    expect(hit('Post /orgs/{org}/repos')).toBe('POST /orgs/{org}/repos')
  })

  it('matches concrete paths and URLs to their template', () => {
    expect(hit('GET /repos/octo/hello/pulls/12')).toBe(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    )
    expect(hit('get https://api.github.com/repos/o/r/pulls/12')).toBe(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    )
    expect(hit('GET /orgs/octo-org/members')).toBe('GET /orgs/{org}/members')
  })

  it('prefers literal segments over parameters', () => {
    expect(hit('GET /repos/o/r/pulls/comments')).toBe(
      'GET /repos/{owner}/{repo}/pulls/comments',
    )
    expect(hit('GET /repos/o/r/pulls/comments/7')).toBe(
      'GET /repos/{owner}/{repo}/pulls/comments/{comment_id}',
    )
    expect(hit('GET /repos/o/r/commits/abc123/status')).toBe(
      'GET /repos/{owner}/{repo}/commits/{ref}/status',
    )
  })

  it('lets a trailing {path}, {ref} or {basehead} span segments', () => {
    expect(hit('PUT /repos/o/r/contents/docs/guide/intro.md')).toBe(
      'PUT /repos/{owner}/{repo}/contents/{path}',
    )
    expect(hit('GET /repos/o/r/git/ref/heads/feature/x')).toBe(
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
    )
    expect(hit('GET /repos/o/r/compare/main...feature/x')).toBe(
      'GET /repos/{owner}/{repo}/compare/{basehead}',
    )
    // Other parameters take one segment each.
    expect(hit('GET /repos/o/r/pulls/12/extra')).toBe('unknown')
  })

  it('suggests the nearest template of the same verb for a typo', () => {
    const found = expectKind(
      lookupEndpoint('GET /repos/o/r/pull/12'),
      'unknown',
    )
    expect(found.suggestion).toBe(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    )
    expect(found.otherVerbs).toEqual([])
    const typo = expectKind(
      lookupEndpoint('GET /repos/{owner}/{repo}/contens/{path}'),
      'unknown',
    )
    expect(typo.suggestion).toBe('GET /repos/{owner}/{repo}/contents/{path}')
  })

  it('names the verbs the data lists when only the verb is wrong', () => {
    const found = expectKind(
      lookupEndpoint('POST /repos/o/r/pulls/12'),
      'unknown',
    )
    expect(found.otherVerbs).toEqual(['GET', 'PATCH'])
  })

  it('does not guess for paths far from any template', () => {
    const found = expectKind(
      lookupEndpoint('GET /nothing/like/this'),
      'unknown',
    )
    expect(found.suggestion).toBeUndefined()
  })

  it('recognises the Checks API, which fine-grained tokens cannot call', () => {
    for (const text of [
      'POST /repos/{owner}/{repo}/check-runs',
      'GET /repos/o/r/check-runs/5/annotations',
      'POST /repos/o/r/check-suites/9/rerequest',
      'GET /repos/o/r/commits/main/check-runs',
    ]) {
      const found = expectKind(lookupEndpoint(text), 'unsupported')
      expect(found.reason).toBe(
        'fine-grained tokens cannot call the Checks API',
      )
      expect(found.capability.instead).toContain('GitHub App')
    }
  })

  it('recognises Packages, user-owned Projects and enterprise administration', () => {
    const reason = (text: string) => {
      const found = lookupEndpoint(text)
      return found.kind === 'unsupported' ? found.reason : found.kind
    }
    for (const text of [
      'GET /user/packages',
      'DELETE /orgs/o/packages/npm/x',
      'GET /users/{username}/packages/{package_type}/{package_name}',
    ]) {
      expect(reason(text)).toBe(
        'fine-grained tokens cannot access GitHub Packages',
      )
    }
    for (const text of [
      'GET /users/octocat/projectsV2/1',
      'POST /user/projects',
    ]) {
      expect(reason(text)).toBe(
        'fine-grained tokens cannot access Projects owned by a user account',
      )
    }
    expect(reason('GET /enterprises/acme/settings/billing/usage')).toBe(
      'fine-grained tokens cannot call the APIs that manage an enterprise account',
    )
    // Organization projects are fine; so are the enterprise endpoints the data lists.
    expect(hit('GET /orgs/o/projectsV2/3')).toBe(
      'GET /orgs/{org}/projectsV2/{project_number}',
    )
    expect(hit('GET /enterprises/acme/dependabot/repository-access')).toBe(
      'GET /enterprises/{enterprise}/dependabot/repository-access',
    )
  })
})
