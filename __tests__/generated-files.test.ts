import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../src/rules/index.js'
import { GENERATED_SCHEMAS, serializeSchema } from '../src/schema/index.js'
import { renderPrecompiledValidators } from '../src/schema/standalone.js'
import { VERSION } from '../src/version.js'

// Committed generated files must equal what the sources generate today:
// run `npm run schema` after changing the catalog or the rules.
describe('generated files are current', () => {
  it.each(Object.keys(GENERATED_SCHEMAS))('schemas/%s', (file) => {
    const committed = readFileSync(join('schemas', file), 'utf8')
    expect(committed).toBe(serializeSchema(GENERATED_SCHEMAS[file]!()))
  })

  it('src/schema/precompiled-validators.js', () => {
    const committed = readFileSync(
      'src/schema/precompiled-validators.js',
      'utf8',
    )
    expect(committed).toBe(renderPrecompiledValidators())
  })

  it('src/version.ts matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
  })
})

describe('rule registry', () => {
  it('is sorted by id, with unique kebab-case ids and docs for each', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.docs.length).toBeGreaterThan(40)
    }
  })
})
