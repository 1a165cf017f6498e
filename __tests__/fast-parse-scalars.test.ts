import fc from 'fast-check'
import { parse } from 'yaml'
import { fastParse } from '../src/lint/fast-parse.js'

// fastParse rules most plain scalars out by their first character and
// builds numbers from the text's shape, and scans most texts with a
// cheaper pattern: each shortcut must read exactly what `yaml` reads.

/** JSON that keeps what toEqual would blur: NaN, -0, Infinity, null. */
const exact = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' ? `number ${Object.is(v, -0) ? '-0' : v}` : v,
  )

/** A scalar as a mapping value, a sequence entry and a whole document. */
const places = (scalar: string) => [
  `v: ${scalar}\n`,
  `- ${scalar}\n`,
  `${scalar}\n`,
  `a:\n  b:\n    - x\n    - ${scalar}\n`,
]

const TRICKY = [
  // null
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'nuLL', 'NUll', 'nul', 'nulls'],
  ...['none', 'name', 'n', 'N', '~~', '~1'],
  // bool
  ...['true', 'True', 'TRUE', 'tRue', 'truE', 'TRUe', 'tru', 'trues', 't'],
  ...['false', 'False', 'FALSE', 'fAlse', 'falsE', 'f', 'F', 'T'],
  ...['yes', 'Yes', 'no', 'No', 'on', 'off', 'y', 'n'],
  // int
  ...['0', '00', '007', '+0', '-0', '+1', '-1', '42', '+42', '-42', '1_0'],
  ...['0o17', '0o0', '0o', '0o8', '0O17', '+0o17', '-0o7', '0o17x'],
  ...['0x1F', '0xff', '0x', '0xg', '0X1F', '+0x1', '-0x1', '0x1F.5'],
  ...['9007199254740993', `0x${'F'.repeat(20)}`, '1'.repeat(30)],
  // float
  ...['.inf', '.Inf', '.INF', '.iNf', '+.inf', '-.inf', '+.INF', '-.Inf'],
  ...['inf', 'Infinity', '-Infinity', '.infinity', '.in', '-.in'],
  ...['.nan', '.NaN', '.NAN', '.nAn', '-.nan', '+.nan', '+.NAN', 'nan'],
  ...['NaN', '.na', '.nanx'],
  ...['.', '0.', '-.5', '+.5', '.5', '1.', '1.5', '-1.5', '+1.50', '0.0'],
  ...['1e3', '1E3', '1e+3', '1e-3', '-1e3', '.5e3', '5.e3', '1.5E-3'],
  ...['1e', 'e3', '.e3', '1e3.5', '1e400', '-1e400', '1.2.3', '1e3e3'],
  // first characters next to the ones that may start a number
  ...['-1-', '+', '+-1', '-+1', '--1', '/1', ':1', '=1'],
  ...['a1', 'z', 'A', 'Z', '_1', '$1', '1a', '1.a', '0o1a', '0x1g'],
]

describe('fastParse scalars', () => {
  it.each(TRICKY)('reads %j as yaml core schema does', (scalar) => {
    for (const text of places(scalar)) {
      const values = fastParse(text)
      expect(values).toHaveLength(1)
      expect(exact(values?.[0])).toBe(exact(parse(text)))
    }
  })

  it('reads short scalars of number-like characters as yaml does (fast-check)', () => {
    const char = fc.constantFrom(
      ...'0123456789+-._eEoxXabcdfABCDFinIlNtrTRuUsSL~ '.split(''),
    )
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 7 }), (chars) => {
        const scalar = chars.join('').trim()
        if (scalar === '') return // no document at all: not a scalar
        for (const text of places(scalar)) {
          let expected: unknown
          try {
            expected = parse(text)
          } catch {
            return // not a plain scalar there (`- -`): not this test's case
          }
          const values = fastParse(text)
          if (values === undefined) continue
          expect(exact(values[0])).toBe(exact(expected))
        }
      }),
      { seed: 20261124, numRuns: 3000 },
    )
  })

  it('reads a scalar as yaml does whatever character it starts with', () => {
    const tails = ['', '1', '0', '.5', 'e3', 'ull', 'ULL', 'rue', 'RUE']
    tails.push('alse', 'ALSE', 'inf', 'nan', 'x1F', 'o17', '_1')
    let compared = 0
    for (let code = 0x21; code <= 0x7e; code++) {
      for (const tail of tails) {
        const scalar = `${String.fromCharCode(code)}${tail}`
        if (scalar === '?') continue // an empty explicit key, not a scalar
        for (const text of places(scalar)) {
          const values = fastParse(text)
          if (values === undefined) continue // left to yaml (`&x`, `!x`)
          let expected: unknown
          try {
            expected = parse(text)
          } catch {
            continue // not a plain scalar (`@x`, `|x`): yaml refuses it
          }
          expect(exact(values[0])).toBe(exact(expected))
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(3000)
  })

  it('keeps words unresolved whatever letter they start with', () => {
    const words = 'read write admin none name ~x .x +x -x 0z'.split(' ')
    expect(fastParse(words.map((w) => `- ${w}\n`).join(''))).toEqual([words])
  })
})

describe('fastParse pre-scan', () => {
  // Texts without `&*!%[{`, tabs or control characters are scanned only
  // for `#` after a closing quote or bracket; the others in full.
  it.each([
    ['name: "x"#c\n'],
    ["name: 'x'#c\n"],
    ['a: "x"#c\nb: R&D\n'],
    ['a: [x]#c\n'],
    ['a: {b: 1}#c\n'],
    ['a: &x 1\n'],
    ['a: *x\n'],
    ['a: !t 1\n'],
    ['%YAML 1.2\n---\na: 1\n'],
    ['a: [1, 2]\n'],
    ['a: {b: 1}\n'],
    ['a:\tb\n'],
    ['a: b\u0007\n'],
    ['a: b\u0085\n'],
    ['a: \ufeffb\n'],
    ['a: b\u2028c\n'],
  ])('leaves %j to yaml', (text) => {
    expect(fastParse(text)).toBeUndefined()
  })

  it.each([
    ['# comment\nname: x # comment\n'],
    ['name: "x" #c\n'],
    ['name: x#y\n'],
    ['name: R&D\n'],
    ['name: main!\n'],
    ['name: see [beta]\n'],
    ['name: 100%\n'],
    ['a: []\nb: {}\n'],
    ['a: [] # none\n'],
    ['name: a*b\n'],
  ])('reads %j itself, as yaml does', (text) => {
    const values = fastParse(text)
    expect(values).toBeDefined()
    expect(values).toEqual([parse(text)])
  })
})
