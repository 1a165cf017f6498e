import fc from 'fast-check'
import { Linter } from '../src/lint/engine.js'
import type { LintResult } from '../src/lint/finding.js'
import { fastParse } from '../src/lint/fast-parse.js'
import { LazyPositions, NeedsFullParse } from '../src/lint/lazy-positions.js'
import { FILE_START } from '../src/lint/text-position.js'
import { yamlFilesUnder } from './support/yaml-corpus.js'

// The fast path (js-yaml first, positions only for files with findings)
// must change nothing but speed: the same findings and counts as the
// `yaml`-only path, on a corpus and on random input.

function lintAll(
  files: Array<[string, string]>,
  fastPath: boolean,
): LintResult {
  const linter = new Linter({ fastPath })
  for (const [file, text] of files) linter.lintText(file, text)
  return linter.finish()
}

const GOOD = (i: number) =>
  `# yaml-language-server: $schema=x.json\nname: Token ${i}\ndescription: "For #${i}: reads"\nexpires_in: ${(i % 366) + 1}\npermissions:\n  contents: read\n  issues: ${i % 2 ? 'write' : 'read'}\n`

describe('the fast path', () => {
  it('finds exactly what the full path finds on the fixtures and examples', () => {
    const corpus = [
      ...yamlFilesUnder('__tests__/fixtures/lint'),
      ...yamlFilesUnder('examples'),
      ...yamlFilesUnder('__tests__/fixtures/action'),
    ]
    expect(corpus.length).toBeGreaterThan(30)
    expect(lintAll(corpus, true)).toEqual(lintAll(corpus, false))
  })

  it('finds the same duplicates across files, whichever path each file takes', () => {
    const corpus: Array<[string, string]> = [
      ['a.yml', GOOD(1)],
      ['b.yml', GOOD(2).replace('Token 2', 'token 1')], // fast path, duplicate
      ['c.yml', `${GOOD(3).replace('Token 3', 'TOKEN 1')}tags: [x]\n`], // full path
      ['d.yml', `${GOOD(4)}---\n${GOOD(4)}`], // duplicate within a file
    ]
    const fast = lintAll(corpus, true)
    expect(
      fast.findings.filter((f) => f.rule === 'duplicate-name'),
    ).toHaveLength(5)
    expect(fast).toEqual(lintAll(corpus, false))
  })

  it('reads clean templates without `yaml`: plain values as yaml would', () => {
    expect(fastParse(GOOD(7))).toEqual([
      {
        name: 'Token 7',
        description: 'For #7: reads',
        expires_in: 8,
        permissions: { contents: 'read', issues: 'write' },
      },
    ])
    for (const tricky of [
      'a: &x 1\n',
      'a: [1, 2]\n',
      'a:\tb\n',
      '%YAML 1.2\n---\na: 1\n',
    ]) {
      expect(fastParse(tricky)).toBeUndefined()
    }
  })

  it.each([
    ['a quoted value going on unindented', 'name: T\ndescription: "a\nb"\n'],
    ['a \\U escape past U+10FFFF', 'name: T\ndescription: "\\UFFFFFFFF"\n'],
    ['a lone carriage return', 'name: T\ntarget_name: x\r'],
    ['a quoted item going on', 'name: T\nendpoints:\n- "GET\n  /user"\n'],
    [
      'a quoted value on its own line going on',
      'name: T\ndescription:\n  "reads\ncode"\n',
    ],
    ['a quoted explicit key going on', 'name: T\n? "a\nb"\n: 1\n'],
    [
      'a block scalar after a blank line indented more',
      'name: T\ndescription: |\n   \n  # x\n',
    ],
  ])('leaves %s to yaml, which reads it otherwise', (_, text) => {
    expect(fastParse(text)).toBeUndefined()
    const files: Array<[string, string]> = [['a.yml', text]]
    expect(lintAll(files, true)).toEqual(lintAll(files, false))
  })

  it('keeps the fast path for escapes and quotes yaml reads alike', () => {
    for (const text of [
      'name: "\\U0001F600 \\u00e9"\n',
      "name: 'it''s'\r\ndescription: \"a \\\" b\"\r\n",
      'name: x\ndescription: it\'s fine, "mostly\n',
    ]) {
      expect({ text, values: fastParse(text) }).toEqual({
        text,
        values: [expect.any(Object)],
      })
    }
  })

  it('places a settled document yaml lacks at the file start, never throws', () => {
    // js-yaml saw two documents where yaml (here) sees one: after the lint
    // nothing can fall back, so the second is placed at the start.
    const lazy = new LazyPositions('name: "a\nb"\n', [{ name: 'a' }, {}])
    const settled = lazy.document(1, false)
    expect(settled.lines()).toEqual({ line: 1, endLine: 1 })
    expect(settled.locate(['name'])).toEqual(FILE_START)
    expect(() => lazy.document(1).locate(['name'])).toThrow(NeedsFullParse)
  })

  it('agrees with the full path on random YAML (fast-check, fixed seed)', () => {
    const piece = fc.constantFrom(
      'name: ',
      'description: ',
      'target_name: ',
      'expires_in: ',
      'permissions:\n  ',
      'contents: ',
      'read',
      'write',
      'admin',
      'none',
      '45',
      '0o17',
      '0x1F',
      '1_0',
      '1e3',
      '.inf',
      '~',
      'null',
      'true',
      'yes',
      '"q"',
      "'s'",
      '\n',
      '  ',
      '- ',
      ': ',
      '#',
      '---\n',
      '{}',
      '[]',
      'octodemo',
      'gists',
      'pull_request',
      'x',
      '"',
      "'",
      '\\',
      ':',
      '>-\n',
      '|\n',
      '>\n',
      '|+\n',
      '>2\n',
      '  more text\n',
      '\n\n',
      '    deeper\n',
      ' ',
      'R&D',
      'main!',
      'see [beta]',
      '&a ',
      '*a',
      '!t ',
      '{b: 1}',
      '%',
      '[x]',
      '? ',
    )
    const text = fc
      .array(piece, { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i): [string, string] => [`f${i}.yml`, t])
        expect(lintAll(files, true)).toEqual(lintAll(files, false))
      }),
      { seed: 20261124, numRuns: 500 },
    )
  })
})
