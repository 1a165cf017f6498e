import {
  ACCESS_LEVELS,
  CLASSIC_SCOPES,
  findPermission,
  levelIncludes,
  MISSING_CAPABILITIES,
  PermissionCatalog,
  PERMISSIONS,
  UNDOCUMENTED_PERMISSIONS,
} from '../src/catalog/index.js'

describe('permission catalog', () => {
  it('holds the 77 permissions of the later page: 20 account, 29 repository, 28 organization', () => {
    const count = (scope: string) =>
      PERMISSIONS.filter((permission) => permission.scope === scope).length
    expect(PERMISSIONS).toHaveLength(77)
    expect([
      count('account'),
      count('repository'),
      count('organization'),
    ]).toEqual([20, 29, 28])
  })

  it('has unique names, each a valid query parameter', () => {
    const names = PERMISSIONS.map((permission) => permission.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z][a-z_]*[a-z]$/)
  })

  it('lists levels in increasing order without repeats', () => {
    for (const permission of PERMISSIONS) {
      const ranks = permission.levels.map((level) =>
        ACCESS_LEVELS.indexOf(level),
      )
      expect(ranks).toEqual([...new Set(ranks)].sort())
    }
  })

  it.each([
    ['gists', ['write']],
    ['workflows', ['write']],
    ['metadata', ['read']],
    ['contents', ['read', 'write']],
    ['organization_projects', ['read', 'write', 'admin']],
    ['organization_custom_properties', ['read', 'write', 'admin']],
    ['copilot_requests', ['write']],
    ['code_quality', ['read', 'write']],
  ])('%s supports exactly %j', (name, levels) => {
    expect(findPermission(name)?.levels).toEqual(levels)
  })

  it('marks artifact_metadata as feature-gated and copilot_requests as billed', () => {
    expect(findPermission('artifact_metadata')?.featureFlag).toBe(
      'artifact-metadata',
    )
    expect(findPermission('copilot_requests')?.caution).toMatch(
      /premium request/,
    )
  })

  it('adds code_quality as a repository permission, after attestations as on the page', () => {
    expect(findPermission('code_quality')).toEqual({
      name: 'code_quality',
      displayName: 'Code quality',
      scope: 'repository',
      levels: ['read', 'write'],
    })
    const names = PERMISSIONS.map((permission) => permission.name)
    expect(names.indexOf('code_quality')).toBe(
      names.indexOf('attestations') + 1,
    )
  })

  it('keeps user_copilot_requests out of the documented permissions but knows it as undocumented', () => {
    expect(findPermission('user_copilot_requests')).toBeUndefined()
    const catalog = new PermissionCatalog()
    expect(catalog.names).not.toContain('user_copilot_requests')
    expect(catalog.find('user_copilot_requests')).toMatchObject({
      scope: 'account',
      levels: ['read'],
      documentedAs: 'copilot_requests',
    })
    expect(UNDOCUMENTED_PERMISSIONS.map(({ name }) => name)).toEqual([
      'user_copilot_requests',
    ])
  })

  it('orders levels: admin includes write includes read, never the reverse', () => {
    expect(levelIncludes('admin', 'read')).toBe(true)
    expect(levelIncludes('write', 'read')).toBe(true)
    expect(levelIncludes('read', 'write')).toBe(false)
    expect(levelIncludes('write', 'admin')).toBe(false)
  })

  it.each(['packages', 'checks', 'projects', 'organizations', 'enterprise'])(
    'explains what fine-grained tokens cannot do for "%s"',
    (name) => {
      expect(findPermission(name)).toBeUndefined()
      expect(MISSING_CAPABILITIES.get(name)?.instead).toBeTruthy()
    },
  )

  it('maps classic scopes only to permissions that exist', () => {
    for (const permissions of CLASSIC_SCOPES.values()) {
      for (const name of permissions) expect(findPermission(name)).toBeDefined()
    }
  })
})
