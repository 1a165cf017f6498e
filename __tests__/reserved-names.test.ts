import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parseConfig } from '../src/config/config.js'
import { LINK_FIELDS } from '../src/links/token-template.js'
import { buildTokenUrl } from '../src/links/token-url.js'
import { buildConfigSchema } from '../src/schema/config-schema.js'
import { CONFIG_FILE, configError } from './support/config-error.js'

// Issue 14, item 4: an extra permission named like a parameter the token
// link already carries (expires_in, name, ...) would put it in the link
// twice. The config schema refuses every such name, at its key.

const extra = (name: string) =>
  `templates: tokens\nextra_permissions:\n  hovercraft:\n    scope: repository\n    levels: [read]\n  ${name}:\n    scope: repository\n    levels: [read, write]\n`

describe('extra_permissions and the token link parameters', () => {
  it('reserves every field the link carries', () => {
    expect([...LINK_FIELDS].sort()).toEqual(
      ['description', 'expires_in', 'name', 'target_name'].sort(),
    )
  })

  it.each([...LINK_FIELDS])('refuses %s, at its key', (name) => {
    expect(configError(extra(name))).toBe(
      `${CONFIG_FILE}:6:3: ${JSON.stringify(name)} cannot name a permission: the token link already carries ${name} (as it does name, description, target_name and expires_in), so it would hold it twice`,
    )
  })

  it('still takes names that merely start like them', () => {
    for (const name of ['expires', 'names', 'description_x', 'target']) {
      expect(
        parseConfig(extra(name), CONFIG_FILE).extraPermissions.map(
          (p) => p.name,
        ),
      ).toEqual(['hovercraft', name])
    }
  })

  it('refuses them in the published JSON Schema too', () => {
    const schema = JSON.parse(
      readFileSync('schemas/config.schema.json', 'utf8'),
    ) as Record<string, unknown>
    expect(schema).toEqual(JSON.parse(JSON.stringify(buildConfigSchema())))
    const validate = new Ajv({ strict: false }).compile(schema)
    for (const name of LINK_FIELDS) {
      expect(
        validate({
          extra_permissions: { [name]: { scope: 'account', levels: ['read'] } },
        }),
      ).toBe(false)
    }
    expect(
      validate({
        extra_permissions: {
          hovercraft: { scope: 'account', levels: ['read'] },
        },
      }),
    ).toBe(true)
  })

  it('keeps every parameter of a link once: what the refusal protects', () => {
    const url = buildTokenUrl({
      name: 'n',
      expires_in: 7,
      permissions: { contents: 'read', hovercraft: 'write' },
    })
    const keys = [...new URL(url).searchParams.keys()]
    expect(new Set(keys).size).toBe(keys.length)
  })
})
