import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PERMISSIONS } from '../src/catalog/index.js'
import {
  DATA_PERMISSIONS,
  ENDPOINT_DATA_SOURCE,
  dataEndpoints,
  findDataPermission,
  PLATFORM_PERMISSION_KEYS,
  permissionsMissingFrom,
} from '../src/endpoints/index.js'
import {
  PAT_FILE,
  PERMISSIONS_FILE,
  parseSourceTable,
  renderEndpointModule,
} from '../src/endpoints/render-endpoint-data.js'

const DATA = 'data/github-docs'
const FIXTURES = '__tests__/fixtures/endpoints'
const read = (dir: string, file: string) =>
  readFileSync(join(dir, file), 'utf8')
const readJson = (dir: string, file: string): unknown =>
  JSON.parse(read(dir, file))

describe('generated endpoint data', () => {
  it('is what scripts/generate-endpoint-data.ts makes of data/github-docs/ today', () => {
    const committed = read('src/endpoints', 'endpoint-data.ts')
    const fresh = renderEndpointModule(
      readJson(DATA, PERMISSIONS_FILE),
      readJson(DATA, PAT_FILE),
      read(DATA, 'SOURCE.md'),
    )
    // Stale: run `npx tsx scripts/generate-endpoint-data.ts`.
    expect(committed).toBe(fresh)
  })

  it('renders a small sample as the golden file shows', () => {
    const rendered = renderEndpointModule(
      readJson(FIXTURES, 'permissions.json'),
      readJson(FIXTURES, 'pat.json'),
      read(FIXTURES, 'SOURCE.md'),
    )
    expect(rendered).toBe(read(FIXTURES, 'endpoint-data.expected.txt'))
  })

  it('names its source: github/docs, both commits, the attribution', () => {
    expect(ENDPOINT_DATA_SOURCE.repository).toBe('github/docs')
    expect(ENDPOINT_DATA_SOURCE.files.map((file) => file.commit)).toEqual([
      '0a351d98e5f6fd3761558ef3bc4ea55c8813729a',
      '02b29a7b4b0bcfc669748f52e15db877a531609a',
    ])
    expect(ENDPOINT_DATA_SOURCE.attribution).toBe(
      'Source: GitHub Docs (github/docs), CC BY 4.0 / MIT, © GitHub',
    )
    const header = read('src/endpoints', 'endpoint-data.ts').slice(0, 600)
    expect(header).toContain('do not edit')
    expect(header).toContain('0a351d98e5f6fd3761558ef3bc4ea55c8813729a')
  })

  it('holds the 942 endpoints with permissions plus 3 whose permissions are unpublished', () => {
    expect(dataEndpoints()).toHaveLength(945)
    const ids = dataEndpoints().map((endpoint) => endpoint.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(
      dataEndpoints()
        .filter((e) => e.entries.length === 0)
        .map((e) => e.id),
    ).toEqual([
      'GET /enterprises/{enterprise}/dependabot/repository-access',
      'PATCH /enterprises/{enterprise}/dependabot/repository-access',
      'PUT /enterprises/{enterprise}/dependabot/repository-access/default-level',
    ])
    const entries = dataEndpoints().reduce((n, e) => n + e.entries.length, 0)
    expect(entries).toBe(1017)
  })

  it('rejects data it does not understand, naming the place', () => {
    const source = read(FIXTURES, 'SOURCE.md')
    const permission = (entry: Record<string, unknown>) => ({
      contents: {
        title: 'Contents',
        displayTitle: 'Repository permissions for "Contents"',
        permissions: [
          {
            category: 'repos',
            subcategory: 'contents',
            verb: 'get',
            requestPath: '/x',
            'additional-permissions': false,
            access: 'read',
            ...entry,
          },
        ],
      },
    })
    const render = (json: unknown) => () =>
      renderEndpointModule(json, {}, source)
    expect(render(permission({ verb: 'head' }))).toThrow(/unknown verb HEAD/)
    expect(render(permission({ access: 'maintain' }))).toThrow(
      /contents.permissions\[0\] has access maintain/,
    )
    expect(render(permission({ 'additional-permissions': 'yes' }))).toThrow(
      /additional-permissions is not true or false/,
    )
    const mixed = permission({})
    mixed.contents.permissions.push({
      ...mixed.contents.permissions[0]!,
      'additional-permissions': true,
    })
    expect(render(mixed)).toThrow(/GET \/x mixes entries/)
    expect(() => renderEndpointModule({}, {}, '# no table')).toThrow(
      /SOURCE.md has no commit for fpt-2026-03-10/,
    )
  })

  it('reads both fpt rows of SOURCE.md', () => {
    expect(parseSourceTable(read(DATA, 'SOURCE.md'))).toEqual([
      {
        file: PERMISSIONS_FILE,
        path: 'src/github-apps/data/fpt-2026-03-10/fine-grained-pat-permissions.json',
        commit: '0a351d98e5f6fd3761558ef3bc4ea55c8813729a',
      },
      {
        file: PAT_FILE,
        path: 'src/github-apps/data/fpt-2026-03-10/fine-grained-pat.json',
        commit: '02b29a7b4b0bcfc669748f52e15db877a531609a',
      },
    ])
  })
})

describe('permissions of the data', () => {
  it('knows 73 permissions with the title and group of GitHub docs', () => {
    expect(DATA_PERMISSIONS).toHaveLength(73)
    expect(findDataPermission('pull_requests')).toEqual({
      name: 'pull_requests',
      scope: 'repository',
      title: 'Pull requests',
    })
    expect(findDataPermission('starring')?.scope).toBe('account')
    expect(findDataPermission('members')?.scope).toBe('organization')
    expect(findDataPermission('discussions')).toBeUndefined()
  })

  it('agrees with the catalog on the scope of every shared permission', () => {
    for (const permission of PERMISSIONS) {
      const data = findDataPermission(permission.name)
      if (data)
        expect([permission.name, data.scope]).toEqual([
          permission.name,
          permission.scope,
        ])
    }
  })

  it('finds the 11 permissions the catalog lacks (COMPARISON.txt, section 1, but code_quality)', () => {
    const missing = permissionsMissingFrom(PERMISSIONS.map((p) => p.name))
    expect(
      missing.map((p) => `${p.name} [${p.scope}] ${p.title}`).sort(),
    ).toEqual([
      'agent_secrets [repository] Agent secrets',
      'agent_variables [repository] Agent variables',
      'copilot_agent_settings [repository] Copilot agent settings',
      'issue_fields [organization] Issue Fields',
      'org_copilot_content_exclusion [organization] Copilot content exclusion',
      'organization_agent_secrets [organization] Agent secrets',
      'organization_agent_variables [organization] Agent variables',
      'organization_copilot_agent_settings [organization] Copilot agent settings',
      'organization_copilot_metrics [organization] Organization Copilot metrics',
      'organization_copilot_spaces [organization] Copilot Spaces',
      'organization_runner_custom_images [organization] Hosted runner custom images',
    ])
  })
})

describe('platform permission keys', () => {
  it('lists 73 keys for github.com, 80 for ghec and 51 for ghes-3.20', () => {
    expect(PLATFORM_PERMISSION_KEYS['github.com']).toEqual(
      DATA_PERMISSIONS.map((p) => p.name),
    )
    expect(PLATFORM_PERMISSION_KEYS.ghec).toHaveLength(80)
    expect(PLATFORM_PERMISSION_KEYS['ghes-3.20']).toHaveLength(51)
    for (const keys of Object.values(PLATFORM_PERMISSION_KEYS)) {
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('matches the differences of COMPARISON.txt, section 5', () => {
    const fpt = new Set(PLATFORM_PERMISSION_KEYS['github.com'])
    const ghec = new Set(PLATFORM_PERMISSION_KEYS.ghec)
    const ghes = new Set(PLATFORM_PERMISSION_KEYS['ghes-3.20'])
    const minus = (a: Set<string>, b: Set<string>) =>
      [...a].filter((key) => !b.has(key))
    expect(minus(fpt, ghec)).toEqual(['code_quality', 'plan'])
    expect(minus(ghes, ghec)).toEqual([
      'organization_pre_receive_hooks',
      'repository_pre_receive_hooks',
    ])
    expect(minus(fpt, ghes)).toHaveLength(32)
    expect(minus(ghec, fpt)).toHaveLength(9)
    expect(new Set([...fpt, ...ghec, ...ghes]).size).toBe(84)
  })
})
