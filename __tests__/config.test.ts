import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../src/config/config.js'
import { loadConfig } from '../src/config/load-config.js'
import { MAX_EXTRA_PERMISSIONS } from '../src/schema/config-schema.js'
import { CONFIG_FILE, configError } from './support/config-error.js'
import { Linter } from '../src/lint/engine.js'
import { PermissionCatalog } from '../src/catalog/index.js'

const FILE = CONFIG_FILE

const FULL = `# every setting
templates:
  - .github/token-templates/**/*.yml
  - tokens/
server_url: https://github.example.com/
platform: ghes-3.20
readme: docs/TOKENS.md
rules:
  no-expiration: error
  redundant-metadata: 'off'
  billing: off
  missing-description: notice
extra_permissions:
  hovercraft:
    scope: repository
    levels: [write, read]
    display_name: Hovercraft
  deep_sea:
    scope: organization
    levels: [admin]
`

describe('parseConfig', () => {
  it('accepts a full valid config', () => {
    expect(parseConfig(FULL, FILE)).toEqual({
      file: FILE,
      templates: ['.github/token-templates/**/*.yml', 'tokens/'],
      serverUrl: 'https://github.example.com',
      platform: 'ghes-3.20',
      readme: 'docs/TOKENS.md',
      ruleLevels: {
        'no-expiration': 'error',
        'redundant-metadata': 'off',
        billing: 'off',
        'missing-description': 'notice',
      },
      extraPermissions: [
        {
          name: 'hovercraft',
          displayName: 'Hovercraft',
          scope: 'repository',
          levels: ['read', 'write'],
        },
        {
          name: 'deep_sea',
          displayName: 'deep_sea',
          scope: 'organization',
          levels: ['admin'],
        },
      ],
    })
  })

  it('accepts one template glob as a string', () => {
    expect(parseConfig('templates: tokens/*.yml\n', FILE).templates).toEqual([
      'tokens/*.yml',
    ])
  })

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing configured yet\n'],
  ])('gives the defaults for %s', (_, text) => {
    expect(parseConfig(text, FILE)).toEqual({
      file: FILE,
      templates: [],
      platform: 'github.com',
      ruleLevels: {},
      extraPermissions: [],
    })
  })

  it('gives a config the Linter takes', () => {
    const config = parseConfig(FULL, FILE)
    const linter = new Linter({
      catalog: new PermissionCatalog(config.extraPermissions),
      ruleLevels: config.ruleLevels,
    })
    linter.lintText(
      't.yml',
      'name: x\nexpires_in: none\npermissions:\n  hovercraft: write\n  metadata: read\n',
    )
    expect(
      linter.finish().findings.map((f) => [f.rule, f.severity, f.line]),
    ).toEqual([
      ['missing-description', 'notice', 1],
      ['no-expiration', 'error', 2],
    ])
  })

  it.each([
    [
      'an unknown setting, with a did-you-mean',
      'templates: a\ntemplats: b\n',
      `${FILE}:2:1: unknown setting "templats": did you mean "templates"?`,
    ],
    [
      'an unknown setting far from any: lists them',
      'colour: true\n',
      `${FILE}:1:1: unknown setting "colour": known ones are templates, server_url, platform, readme, rules, policy, extra_permissions`,
    ],
    [
      'an unknown rule id, with a did-you-mean',
      'rules:\n  no-expiraton: error\n',
      `${FILE}:2:3: unknown rule "no-expiraton": did you mean "no-expiration"?`,
    ],
    [
      'an unknown rule id far from any: lists them',
      'rules:\n  max-line-length: error\n',
      `${FILE}:2:3: unknown rule "max-line-length": known ones are account-permission-with-target, billing,`,
    ],
    [
      'a bad level: on the value',
      'rules:\n  no-expiration: warn\n',
      `${FILE}:2:18: rules.no-expiration must be one of off, error, warning, notice`,
    ],
    [
      'an extra permission already in the catalog: on its key',
      'extra_permissions:\n  hovercraft:\n    scope: account\n    levels: [read]\n  contents:\n    scope: repository\n    levels: [read]\n',
      `${FILE}:5:3: "contents" is already in the catalog: remove it from extra_permissions`,
    ],
    [
      'an extra permission with a bad scope',
      'extra_permissions:\n  hovercraft:\n    scope: user\n    levels: [read]\n',
      `${FILE}:3:12: extra_permissions.hovercraft.scope must be one of account, repository, organization`,
    ],
    [
      'an extra permission with no levels',
      'extra_permissions:\n  hovercraft:\n    scope: account\n',
      `${FILE}:3:5: extra_permissions.hovercraft must have required property 'levels'`,
    ],
    [
      'bad YAML: where the mistake is',
      'templates: [a\nrules: {}\n',
      `${FILE}:1:12: missing closing ]: the list that starts with [ here is never closed`,
    ],
    [
      'a duplicate key',
      'readme: a.md\nreadme: b.md\n',
      `${FILE}:2:1: "readme" is a key of this map already (line 1)`,
    ],
    [
      'a tab as indentation',
      'rules:\n\tbilling: off\n',
      `${FILE}:2:1: a tab indents this line: YAML needs spaces for indentation`,
    ],
    [
      'two documents',
      'readme: a.md\n---\nreadme: b.md\n',
      `${FILE}:3:1: a config file holds one YAML document`,
    ],
    [
      'a list instead of a map',
      '- templates\n',
      `${FILE}:1:1: the config must be object`,
    ],
    [
      'a server_url without a scheme',
      'server_url: github.example.com\n',
      `${FILE}:1:13: server_url must match pattern`,
    ],
    [
      'an unknown platform: on the value, naming the known ones',
      'platform: ghes\n',
      `${FILE}:1:11: platform must be one of github.com, ghec, ghes-3.20`,
    ],
    [
      '__proto__ as a setting',
      '__proto__:\n  polluted: true\n',
      `${FILE}:1:1: unknown setting "__proto__"`,
    ],
  ])('rejects %s', (_, text, message) => {
    expect(configError(text)).toContain(message)
    expect(configError(text).startsWith(message)).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects a bad extra permission name, naming it at its key', () => {
    expect(
      configError(
        'extra_permissions: {Bad-Name: {scope: account, levels: [read]}}\n',
      ),
    ).toBe(
      `${FILE}:1:21: "Bad-Name" is not a permission name: use lowercase letters, digits and underscores`,
    )
  })

  it('rejects an empty templates list without claiming it must be a string', () => {
    const message = configError('templates: []\n')
    expect(message).toMatch(/^\.github\/token-templates\.config\.yml:1:12: /)
    expect(message).not.toContain('must be string')
  })
})

describe('a config too large to be one', () => {
  it('refuses more extra_permissions than any release needs', () => {
    const entries = Array.from(
      { length: MAX_EXTRA_PERMISSIONS + 1 },
      (_, i) => `  p${i}: {scope: repository, levels: [read]}\n`,
    )
    expect(configError(`extra_permissions:\n${entries.join('')}`)).toBe(
      `${FILE}:2:3: extra_permissions may declare at most ${MAX_EXTRA_PERMISSIONS} permissions: only the ones GitHub added after this release belong there`,
    )
  })

  it('refuses a config file over 1 MiB without reading it', () => {
    const root = mkdtempSync(join(tmpdir(), 'tt-config-'))
    try {
      mkdirSync(join(root, '.github'))
      writeFileSync(
        join(root, CONFIG_FILE),
        `server_url: "https://github.example.com/${'a'.repeat(1024 * 1024)}"\n`,
      )
      expect(() => loadConfig(root)).toThrow(
        /^\.github\/token-templates\.config\.yml: the config file is \d+ bytes, over the 1 MiB limit/,
      )
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
