import { PermissionCatalog } from '../src/catalog/index.js'
import type { Permission } from '../src/catalog/index.js'
import type { Platform } from '../src/endpoints/index.js'
import type { Position } from '../src/lint/finding.js'
import { parseYamlFile } from '../src/common/yaml-file.js'
import { findRule } from '../src/rules/index.js'
import type { TemplateView } from '../src/rules/index.js'
import { validateTemplate } from '../src/schema/precompiled-validators.js'

/**
 * platform-availability, and how it shares permissions with
 * permission-not-in-catalog, on each platform. The Linter takes the
 * platform from the config once the engine passes it on; these tests give
 * the rules a TemplateView with a platform directly.
 */

interface Found extends Position {
  rule: string
  message: string
}

function view(
  code: string,
  platform: Platform | undefined,
  extra: Permission[] = [],
): TemplateView {
  const document = parseYamlFile(code).documents[0]!
  validateTemplate(document.value)
  return {
    file: 't.yml',
    documentIndex: 0,
    fields: document.value as Record<string, unknown>,
    schemaErrors: [...(validateTemplate.errors ?? [])],
    catalog: new PermissionCatalog(extra),
    ...(platform === undefined ? {} : { platform }),
    locate: (path, part) => document.locate(path, part),
    start: () => document.start(),
  }
}

/** The findings of `ids` for `code` on `platform`. */
function check(
  code: string,
  platform: Platform | undefined,
  ids = [
    'platform-availability',
    'permission-not-in-catalog',
    'unknown-permission',
  ],
  extra: Permission[] = [],
): Found[] {
  const found: Found[] = []
  const template = view(code, platform, extra)
  for (const id of ids) {
    const visitor = findRule(id)!.create!((_file, at, message) =>
      found.push({ rule: id, ...at, message }),
    )
    visitor.template!(template)
  }
  return found
}

/** A template granting `permission: level` on line 4. */
const granting = (permission: string, level = 'read') =>
  `name: Tools\ndescription: Dev tools\npermissions:\n  ${permission}: ${level}\n`

const onKey = (key: string) => ({
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 3 + key.length,
})

describe('rule platform-availability', () => {
  it('is a registered warning', () => {
    expect(findRule('platform-availability')?.defaultSeverity).toBe('warning')
  })

  it('flags a permission Enterprise Server 3.20 does not have', () => {
    expect(check(granting('codespaces'), 'ghes-3.20')).toEqual([
      {
        rule: 'platform-availability',
        ...onKey('codespaces'),
        message:
          '"codespaces" is not in GitHub\'s API data for GitHub Enterprise Server 3.20 (only for GitHub.com and GitHub Enterprise Cloud): the token form there most likely lacks it; remove it, or if the tokens are for one of those, set platform: github.com or platform: ghec in the config',
      },
    ])
  })

  it('passes the same permission on GitHub.com and Enterprise Cloud', () => {
    expect(check(granting('codespaces'), 'github.com')).toEqual([])
    expect(check(granting('codespaces'), 'ghec')).toEqual([])
  })

  it('passes a permission every platform has', () => {
    for (const platform of ['github.com', 'ghec', 'ghes-3.20'] as const)
      expect(check(granting('contents'), platform)).toEqual([])
  })

  it('flags plan on Enterprise Cloud, whose data lacks it', () => {
    expect(check(granting('plan'), 'ghec')).toEqual([
      expect.objectContaining({
        rule: 'platform-availability',
        message: expect.stringContaining(
          '"plan" is not in GitHub\'s API data for GitHub Enterprise Cloud (only for GitHub.com)',
        ),
      }),
    ])
  })

  it('defaults to GitHub.com when the view names no platform', () => {
    expect(check(granting('codespaces'), undefined)).toEqual([])
    // Declared for an Enterprise Server, used on GitHub.com.
    const hooks: Permission = {
      name: 'repository_pre_receive_hooks',
      displayName: 'Pre-receive hooks',
      scope: 'repository',
      levels: ['read', 'write'],
    }
    expect(check(granting(hooks.name), undefined, undefined, [hooks])).toEqual([
      expect.objectContaining({
        rule: 'platform-availability',
        message: expect.stringContaining(
          'for GitHub.com (only for GitHub Enterprise Server 3.20)',
        ),
      }),
    ])
    expect(
      check(granting(hooks.name), 'ghes-3.20', undefined, [hooks]),
    ).toEqual([])
  })

  it("counts the catalog on GitHub.com: its REST data lacks a few of the form's permissions", () => {
    expect(check(granting('organization_custom_roles'), 'github.com')).toEqual(
      [],
    )
  })

  it('says nothing of permissions no platform data names (GraphQL-only ones)', () => {
    for (const name of ['copilot_messages', 'discussions'])
      expect(check(granting(name), 'ghes-3.20')).toEqual([])
  })
})

describe('permission-not-in-catalog on each platform', () => {
  it('reports an uncatalogued permission where the platform has it', () => {
    expect(check(granting('agent_secrets'), 'github.com')).toEqual([
      expect.objectContaining({
        rule: 'permission-not-in-catalog',
        ...onKey('agent_secrets'),
      }),
    ])
    expect(check(granting('agent_secrets'), 'ghec')).toEqual([
      expect.objectContaining({ rule: 'permission-not-in-catalog' }),
    ])
  })

  it('leaves it to platform-availability where the platform lacks it', () => {
    expect(check(granting('agent_secrets'), 'ghes-3.20')).toEqual([
      expect.objectContaining({
        rule: 'platform-availability',
        ...onKey('agent_secrets'),
        message: expect.stringContaining(
          'for GitHub Enterprise Server 3.20 (only for GitHub.com and GitHub Enterprise Cloud)',
        ),
      }),
    ])
  })
})
