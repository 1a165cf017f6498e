import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { validateTemplate } from '../src/schema/precompiled-validators.js'
import { validationInput } from '../src/schema/validation-input.js'
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateTemplates } from '../bench/generate.mjs'

// The validator is given prototype-free copies (for speed): its verdict and
// every error must be what it gives for the template itself.

function errorsOf(value: unknown) {
  const valid = validateTemplate(value)
  return { valid, errors: validateTemplate.errors ?? [] }
}

function templatesUnder(dir: string): unknown[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(
      (file) => /\.ya?ml$/.test(file) && statSync(join(dir, file)).isFile(),
    )
    .flatMap((file) => {
      try {
        return loadAll(readFileSync(join(dir, file), 'utf8'))
      } catch {
        return []
      }
    })
    .filter(
      (value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value),
    )
}

describe('the validator input', () => {
  it('gets the same errors as the template on a corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validation-input-'))
    try {
      generateTemplates(dir, 300, { seed: 11 })
      const corpus = [
        ...templatesUnder('__tests__/fixtures'),
        ...templatesUnder('examples'),
        ...templatesUnder(dir),
      ] as Array<Record<string, unknown>>
      expect(corpus.length).toBeGreaterThan(300)
      let invalid = 0
      for (const fields of corpus) {
        const expected = errorsOf(fields)
        if (!expected.valid) invalid += 1
        expect({ fields, ...errorsOf(validationInput(fields)) }).toEqual({
          fields,
          ...expected,
        })
      }
      expect(invalid).toBeGreaterThan(20) // errors were compared, not only verdicts
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps keys named like Object.prototype members as keys', () => {
    const fields = JSON.parse(
      '{"name":"x","__proto__":1,"permissions":{"__proto__":"read","toString":"read","contents":"read"}}',
    ) as Record<string, unknown>
    const input = validationInput(fields)
    expect(Object.getPrototypeOf(input)).toBeNull()
    expect(Object.keys(input)).toEqual(['name', '__proto__', 'permissions'])
    expect(Object.keys(input.permissions as object)).toEqual([
      '__proto__',
      'toString',
      'contents',
    ])
    expect(errorsOf(input)).toEqual(errorsOf(fields))
    expect(errorsOf(input).errors.map((e) => e.params)).toEqual(
      expect.arrayContaining([
        { additionalProperty: '__proto__' },
        { additionalProperty: 'toString' },
      ]),
    )
  })

  it('leaves the template itself alone', () => {
    const fields = { name: 'x', permissions: { contents: 'read' } }
    const input = validationInput(fields)
    expect(input).not.toBe(fields)
    expect(input.permissions).not.toBe(fields.permissions)
    expect(Object.getPrototypeOf(fields.permissions)).toBe(Object.prototype)
  })
})
