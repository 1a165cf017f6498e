import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { PERMISSIONS } from '../src/catalog/index.js'
import { isUnsafeCodePoint } from '../src/common/unsafe-characters.js'
import { UserError } from '../src/errors.js'
import { toTokenTemplate } from '../src/links/from-fields.js'
import {
  importedTemplateYaml,
  importTokenUrl,
} from '../src/links/import-url.js'
import { NEW_TOKEN_PATH } from '../src/links/token-template.js'
import type { TokenTemplate } from '../src/links/token-template.js'
import { buildTokenUrl } from '../src/links/token-url.js'
import { TEMPLATE_SCHEMA_ID } from '../src/schema/template-schema.js'

const FIXTURES = resolve('__tests__/fixtures/links')

/** The seed page's 7 example links (see links-url.test.ts). */
function seedLinks(): string[] {
  const md = readFileSync(resolve(FIXTURES, 'seed-example-links.md'), 'utf8')
  const block = /```http copy\n([\s\S]*?)```/.exec(md)?.[1] ?? ''
  const multiLine = block
    .split('\n')
    .map((line) => line.trim())
    .join('')
  const bullets = [...md.matchAll(/^\* \[[^\]]+\]\((https:[^)\s]+)\)/gm)]
  return [multiLine, ...bullets.map((match) => match[1]!)]
}

const SEED_TEMPLATES = JSON.parse(
  readFileSync(resolve(FIXTURES, 'seed-templates.json'), 'utf8'),
) as Array<{ title: string; template: TokenTemplate }>

const SEEDS = seedLinks().map((link, index) => ({
  link,
  title: SEED_TEMPLATES[index]!.title,
  template: SEED_TEMPLATES[index]!.template,
}))

const params = (link: string) => [...new URL(link).searchParams]

describe('importTokenUrl on the seed page links', () => {
  it('has all 7 seed links', () => {
    expect(SEEDS).toHaveLength(7)
  })

  describe.each(SEEDS.map((seed) => [seed.title, seed] as const))(
    '%s',
    (_title, seed) => {
      it('gives the fields of the template, in link order, with no notes', () => {
        const { fields, notes } = importTokenUrl(seed.link)
        expect(fields).toEqual(seed.template)
        expect(Object.keys(fields)).toEqual(Object.keys(seed.template))
        expect(notes).toEqual([])
      })

      it('prints YAML with the schema modeline that parses back to the fields', () => {
        const { fields } = importTokenUrl(seed.link)
        const yaml = importedTemplateYaml(fields)
        expect(
          yaml.startsWith(
            `# yaml-language-server: $schema=${TEMPLATE_SCHEMA_ID}\n`,
          ),
        ).toBe(true)
        expect(parse(yaml)).toEqual(fields)
        expect(Object.keys(parse(yaml) as object)).toEqual(Object.keys(fields))
      })

      it('builds back the same parameters (import -> buildTokenUrl)', () => {
        const { fields } = importTokenUrl(seed.link)
        const rebuilt = buildTokenUrl(toTokenTemplate(fields))
        expect(params(rebuilt)).toEqual(params(seed.link))
        expect(new URL(rebuilt).origin).toBe(new URL(seed.link).origin)
        expect(new URL(rebuilt).pathname).toBe(new URL(seed.link).pathname)
      })

      it('builds back the same parameters through the YAML file', () => {
        const yaml = importedTemplateYaml(importTokenUrl(seed.link).fields)
        const fromFile = toTokenTemplate(parse(yaml) as Record<string, unknown>)
        expect(params(buildTokenUrl(fromFile))).toEqual(params(seed.link))
      })
    },
  )
})

describe('importTokenUrl', () => {
  const BASE = `https://github.com${NEW_TOKEN_PATH}`

  it('keeps a parameter named __proto__ (an own key, not a prototype)', () => {
    const { fields } = importTokenUrl(`${BASE}?name=x&__proto__=read`)
    const permissions = fields.permissions as Record<string, unknown>
    expect(Object.keys(permissions)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(permissions)).toBe(Object.prototype)
    expect(importedTemplateYaml(fields)).toContain('\n  __proto__: read\n')
  })

  it('keeps unknown parameters under permissions, in link order', () => {
    const { fields, notes } = importTokenUrl(
      `${BASE}?name=x&pull_request=write&contents=read&colour=blue&metadata=`,
    )
    expect(fields).toEqual({
      name: 'x',
      permissions: {
        pull_request: 'write',
        contents: 'read',
        colour: 'blue',
        metadata: '',
      },
    })
    expect(Object.keys(fields.permissions as object)).toEqual([
      'pull_request',
      'contents',
      'colour',
      'metadata',
    ])
    expect(notes).toEqual([])
  })

  it('puts the fields in link order whatever order the link had', () => {
    const { fields } = importTokenUrl(
      `${BASE}?contents=read&expires_in=7&target_name=octo&description=d&name=n`,
    )
    expect(Object.keys(fields)).toEqual([
      'name',
      'description',
      'target_name',
      'expires_in',
      'permissions',
    ])
  })

  it.each([
    ['45', 45],
    ['1', 1],
    ['366', 366],
    ['999999', 999999],
    ['none', 'none'],
    ['0', '0'],
    ['045', '045'],
    ['-1', '-1'],
    ['4.5', '4.5'],
    ['1e3', '1e3'],
    ['1000000', '1000000'],
    ['soon', 'soon'],
    ['', ''],
  ] as const)(
    'reads expires_in=%j as %j (numbers as numbers, the rest left for lint)',
    (text, value) => {
      const { fields } = importTokenUrl(
        `${BASE}?name=x&expires_in=${encodeURIComponent(text)}`,
      )
      expect(fields.expires_in).toBe(value)
    },
  )

  it('decodes + and %20 alike', () => {
    expect(importTokenUrl(`${BASE}?name=a+b%20c%2B`).fields.name).toBe('a b c+')
  })

  it('makes a repeated parameter an error naming both values', () => {
    const { fields, errors } = importTokenUrl(
      `${BASE}?name=first&contents=read&name=second&contents=write`,
    )
    expect(fields).toEqual({ name: 'first', permissions: { contents: 'read' } })
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/"name" appears more than once/)
    expect(errors[0]).toContain('"first" and as "second"')
    expect(errors[1]).toMatch(/"contents" appears more than once/)
    expect(errors[1]).toContain('"read" and as "write"')
  })

  it.each([
    'https://github.com/settings/tokens/new?name=x&contents=read',
    'https://github.com/settings/personal-access-tokens?name=x',
    'https://github.com/?name=x',
  ])('notes a foreign path: %s', (link) => {
    const { fields, notes } = importTokenUrl(link)
    expect(fields.name).toBe('x')
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain(`the link's path is ${new URL(link).pathname}`)
    expect(notes[0]).toContain(NEW_TOKEN_PATH)
  })

  it('accepts a GHES host, a trailing slash, surrounding whitespace and a fragment', () => {
    for (const link of [
      `https://github.example.com${NEW_TOKEN_PATH}?name=x`,
      // A server under a path prefix, as resolveServerUrl allows.
      `https://example.com/github${NEW_TOKEN_PATH}?name=x`,
      `${BASE}/?name=x`,
      `  ${BASE}?name=x\n`,
      `${BASE}?name=x#frag`,
    ]) {
      expect(importTokenUrl(link)).toEqual({
        fields: { name: 'x' },
        notes: [],
        errors: [],
        notices: [],
        placeholders: [],
      })
    }
  })

  it('gives no fields for a link without parameters', () => {
    expect(importTokenUrl(BASE)).toEqual({
      fields: {},
      notes: [],
      errors: [],
      notices: [],
      placeholders: [],
    })
  })

  it.each([
    'not a url',
    '',
    '   ',
    'settings/personal-access-tokens/new?name=x',
    '/settings/personal-access-tokens/new?name=x',
    'github.com/settings/personal-access-tokens/new?name=x',
    'https://',
  ])('throws a UserError for %j', (link) => {
    expect(() => importTokenUrl(link)).toThrow(UserError)
    expect(() => importTokenUrl(link)).toThrow(
      `${JSON.stringify(link)} is not a URL`,
    )
  })
})

describe('importedTemplateYaml', () => {
  it('quotes what YAML would otherwise read as another type', () => {
    const fields = {
      name: '123',
      description: 'null',
      target_name: 'true',
      expires_in: '0x1F',
      permissions: { contents: 'yes', '1': 'no' },
    }
    expect(parse(importedTemplateYaml(fields))).toEqual(fields)
  })

  it('keeps a plain multi-line description a block scalar', () => {
    const yaml = importedTemplateYaml({ name: 'x', description: 'one\ntwo' })
    expect(yaml).toContain('description: |-\n  one\n  two\n')
  })

  // A link can say anything: its text must not print a line a GitHub
  // runner reads as a workflow command (`::` after whitespace, `##[`).
  it.each([
    ['a line of a block scalar starting with ::', { name: 'x\n::error::y' }],
    ['an indented one', { description: 'd\n  ::add-mask::m\nmore' }],
    ['a key', { permissions: { '::error::k': 'read', '\n::e::': 'x' } }],
    ['a value', { target_name: '::stop-commands::t' }],
    ['##[', { name: '##[add-mask]x', permissions: { '##[error]': '##[' } }],
    ['\r and separators', { name: 'a\r::error::b\u2028::c::\u0085::d::' }],
    ['controls', { description: '\u001b[2J\u202e\ufeff\u000b\f' }],
    ['a long one', { description: `${'x'.repeat(60)}\n::error::long` }],
  ])('writes %s double-quoted, every line safe', (_label, fields) => {
    const yaml = importedTemplateYaml(fields)
    expect(parse(yaml)).toEqual(fields)
    for (const line of yaml.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false)
      expect(line).not.toContain('##[')
      expect(
        [...line].filter((c) => isUnsafeCodePoint(c.codePointAt(0)!)),
      ).toEqual([])
    }
  })

  it('shows what it escapes, JSON-style', () => {
    expect(
      importedTemplateYaml({
        name: 'x\n::error::y',
        description: '##[z\u2028',
      })
        .split('\n')
        .slice(1),
    ).toEqual([
      'name: "x\\n::error::y"',
      'description: "##\\u005bz\\u2028"',
      '',
    ])
  })

  it('keeps multi-line, indented and odd text exactly', () => {
    const fields = {
      name: '  # not a comment ',
      description: 'line 1\n  line 2\n\nline 4\n',
      target_name: '- [x]: {y}',
    }
    expect(parse(importedTemplateYaml(fields))).toEqual(fields)
  })
})

// Random valid templates: what lint passes, and a link can carry.
const textArb = (maxLength: number, minLength = 0) =>
  fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ unit: 'binary', minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
  )

const slugArb = fc
  .array(fc.stringMatching(/^[A-Za-z0-9]{1,9}$/), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join('-'))

const permissionsArb = fc
  .shuffledSubarray([...PERMISSIONS], { maxLength: 8 })
  .chain((chosen) =>
    fc.tuple(
      ...chosen.map((permission) =>
        fc
          .constantFrom(...permission.levels)
          .map((level) => [permission.name, level] as const),
      ),
    ),
  )
  .map((entries) => Object.fromEntries(entries))

const templateArb: fc.Arbitrary<TokenTemplate> = fc
  .record(
    {
      name: textArb(40, 1),
      description: textArb(300),
      target_name: slugArb,
      expires_in: fc.oneof(
        fc.integer({ min: 1, max: 366 }),
        fc.constant('none' as const),
      ),
      permissions: permissionsArb,
    },
    { requiredKeys: ['name'] },
  )
  .map((template) => {
    if (template.permissions && Object.keys(template.permissions).length === 0)
      delete template.permissions
    return template as TokenTemplate
  })

describe('build -> import -> build (property)', () => {
  it('is the identity for random valid templates', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const link = buildTokenUrl(template)
        const imported = importTokenUrl(link)
        expect(imported.notes).toEqual([])
        expect(toTokenTemplate(imported.fields)).toEqual(template)
        expect(buildTokenUrl(toTokenTemplate(imported.fields))).toBe(link)
      }),
      { seed: 42, numRuns: 200 },
    )
  })

  it('prints only lines a runner cannot take as commands, for any link text', () => {
    const hostileText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom('::', ':', '#', '[', ' ', '\n', '\r', '\u2028', 'x'),
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(
        fc.dictionary(hostileText, hostileText, { maxKeys: 4 }),
        hostileText,
        (permissions, name) => {
          const fields = { name, description: name, permissions }
          const yaml = importedTemplateYaml(fields)
          expect(parse(yaml)).toEqual(fields)
          for (const line of yaml.split(/\r\n|[\n\r\u2028\u2029\u0085]/)) {
            expect(/^\s*::/.test(line) || line.includes('##[')).toBe(false)
          }
        },
      ),
      { seed: 14, numRuns: 300 },
    )
  })

  it('is the identity through the imported YAML too', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const link = buildTokenUrl(template, 'https://github.example.com')
        const yaml = importedTemplateYaml(importTokenUrl(link).fields)
        const fromFile = toTokenTemplate(parse(yaml) as Record<string, unknown>)
        expect(buildTokenUrl(fromFile, 'https://github.example.com')).toBe(link)
      }),
      { seed: 42, numRuns: 200 },
    )
  })
})
