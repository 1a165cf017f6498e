import { parseYamlFile } from '../src/common/yaml-file.js'
import { validateTemplate } from '../src/schema/precompiled-validators.js'
import { validationInput } from '../src/schema/validation-input.js'
import { yamlCorpus } from './support/yaml-corpus.js'

// The validator is given prototype-free copies (for speed): its verdict and
// every error must be what it gives for the template itself.

function errorsOf(value: unknown) {
  const valid = validateTemplate(value)
  return { valid, errors: validateTemplate.errors ?? [] }
}

/** The mapping documents of the corpus, as the linter reads them. */
function corpusTemplates(): Array<Record<string, unknown>> {
  return yamlCorpus(300, 11)
    .flatMap((text) => parseYamlFile(text).documents.map((d) => d.value))
    .filter(
      (value): value is Record<string, unknown> =>
        typeof value === 'object' && value !== null && !Array.isArray(value),
    )
}

describe('the validator input', () => {
  it('gets the same errors as the template on a corpus', () => {
    const corpus = corpusTemplates()
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
