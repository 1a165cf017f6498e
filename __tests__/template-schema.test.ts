import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { ACCESS_LEVELS, PERMISSIONS } from '../src/catalog/index.js'
import { buildTemplateSchema } from '../src/schema/index.js'
import { compileSchema } from '../src/schema/compile.js'

const validate = compileSchema(buildTemplateSchema())
const valid = (template: unknown) => validate(template) === true
const withPermission = (name: string, level: unknown) => ({
  name: 'token',
  permissions: { [name]: level },
})

describe('generated template schema', () => {
  it('is draft-07 with an $id, a title and docs on every property', () => {
    const schema = buildTemplateSchema() as {
      $schema: string
      $id: string
      title: string
      properties: Record<
        string,
        {
          description?: string
          markdownDescription?: string
          properties?: object
        }
      >
    }
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$id).toMatch(/^https:\/\/.+token-template\.schema\.json$/)
    expect(schema.title).toBeTruthy()
    const permissionDocs = Object.values(
      schema.properties.permissions!.properties as Record<
        string,
        { description: string; markdownDescription: string }
      >,
    )
    for (const property of [
      ...Object.values(schema.properties),
      ...permissionDocs,
    ]) {
      expect(property.description).toBeTruthy()
      expect(property.markdownDescription).toBeTruthy()
    }
  })

  it('accepts exactly the levels each of the 77 permissions supports', () => {
    for (const permission of PERMISSIONS) {
      for (const level of ACCESS_LEVELS) {
        expect([
          permission.name,
          level,
          valid(withPermission(permission.name, level)),
        ]).toEqual([permission.name, level, permission.levels.includes(level)])
      }
      for (const wrong of ['Read', '', null, 'none', 1, true]) {
        expect(valid(withPermission(permission.name, wrong))).toBe(false)
      }
    }
  })

  it.each(['packages', 'checks', 'pull_request', '__proto__'])(
    'rejects the unknown permission %s',
    (name) => expect(valid(withPermission(name, 'read'))).toBe(false),
  )

  it('does not require name (optional, as on the form) and accepts an empty permissions map', () => {
    expect(valid({ name: 'x', permissions: {} })).toBe(true)
    expect(valid({ permissions: {} })).toBe(true)
    expect(valid({})).toBe(true)
    expect(buildTemplateSchema().required).toBeUndefined()
    // An empty name, or one that is not text, is still invalid.
    expect(valid({ name: '' })).toBe(false)
    expect(valid({ name: null })).toBe(false)
    expect(valid({ name: 1 })).toBe(false)
  })

  it.each([
    ['a 40-character name', { name: 'n'.repeat(40) }, true],
    ['a 41-character name', { name: 'n'.repeat(41) }, false],
    [
      'a 1024-character description',
      { name: 'x', description: 'd'.repeat(1024) },
      true,
    ],
    [
      'a 1025-character description',
      { name: 'x', description: 'd'.repeat(1025) },
      false,
    ],
    ['expires_in 1', { name: 'x', expires_in: 1 }, true],
    ['expires_in 366', { name: 'x', expires_in: 366 }, true],
    ['expires_in none', { name: 'x', expires_in: 'none' }, true],
    ['expires_in 0', { name: 'x', expires_in: 0 }, false],
    ['expires_in 367', { name: 'x', expires_in: 367 }, false],
    ['expires_in 1.5', { name: 'x', expires_in: 1.5 }, false],
    ['expires_in never', { name: 'x', expires_in: 'never' }, false],
    ['expires_in "30" (a string)', { name: 'x', expires_in: '30' }, false],
    ['an unknown key', { name: 'x', scopes: ['repo'] }, false],
    ['target_name octodemo', { name: 'x', target_name: 'octodemo' }, true],
    [
      'target_name with a space',
      { name: 'x', target_name: 'octo demo' },
      false,
    ],
    [
      'target_name with a leading hyphen',
      { name: 'x', target_name: '-octo' },
      false,
    ],
    ['a name that is a number', { name: 40 }, false],
  ])('%s: valid = %s', (_, template, expected) => {
    expect(valid(template)).toBe(expected)
  })

  describe('bundled examples', () => {
    const dir = 'examples/.github/token-templates'
    const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))

    it('exist', () => expect(files.length).toBeGreaterThanOrEqual(5))

    it.each(files)('%s validates and carries the schema modeline', (file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      const documents = parseAllDocuments(text)
      expect(Array.isArray(documents)).toBe(true)
      for (const document of documents as ReturnType<typeof parseAllDocuments> &
        unknown[]) {
        expect(document.errors).toEqual([])
        const template = document.toJS()
        expect([
          file,
          template,
          validate(template) ? [] : validate.errors,
        ]).toEqual([file, template, []])
      }
      const modelines =
        text.match(/^# yaml-language-server: \$schema=(\S+)$/gm) ?? []
      expect(modelines.length).toBe((documents as unknown[]).length)
      for (const line of modelines) {
        const target = line.split('$schema=')[1]!
        expect(readFileSync(join(dir, target), 'utf8')).toContain('"$id"')
      }
    })
  })
})
