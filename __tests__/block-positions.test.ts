import fc from 'fast-check'
import { loadAll } from 'js-yaml'
import { readBlockPositions } from '../src/lint/block-positions.js'
import { fastParse } from '../src/lint/fast-parse.js'
import { parseTemplateFile } from '../src/lint/template-document.js'
import type { PathSegment } from '../src/lint/template-document.js'
import { generatedYaml, yamlCorpus } from './support/yaml-corpus.js'

// The line reader places findings for the fast path: wherever it answers,
// it must answer exactly what `yaml` does, on every path of a document.

/** Every path in a value, and paths that do not exist below each map. */
function pathsOf(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [path]
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])))
    paths.push([...path, value.length], [...path, String(0)])
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      paths.push(...pathsOf(item, [...path, key]))
    }
    paths.push([...path, 'no_such_key'])
  } else {
    paths.push([...path, 'below_a_scalar'])
  }
  return paths
}

/**
 * Compares the reader with `yaml` on every document it read; returns how
 * many documents it read (so a test can tell it was not skipped).
 */
function expectSameAsYaml(text: string): number {
  const values = fastParse(text)
  if (!values) return 0
  const blocks = readBlockPositions(text, values)
  if (!blocks) return 0
  const parsed = parseTemplateFile(text)
  // No runtime check compares the parsers for files the reader reads:
  // here, `yaml` must read them without problems, as js-yaml did.
  if (parsed.documents.some((document) => blocks.has(document.index))) {
    expect({ text, problems: parsed.problems }).toEqual({ text, problems: [] })
  }
  let read = 0
  for (const document of parsed.documents) {
    if (!blocks.has(document.index)) continue
    read += 1
    expect({ text, value: document.value }).toEqual({
      text,
      value: values[document.index],
    })
    expect({ text, start: blocks.start(document.index) }).toEqual({
      text,
      start: document.start(),
    })
    for (const path of pathsOf(document.value)) {
      for (const part of ['key', 'value'] as const) {
        expect({
          text,
          path,
          part,
          at: blocks.locate(document.index, path, part),
        }).toEqual({ text, path, part, at: document.locate(path, part) })
      }
    }
  }
  return read
}

const TEMPLATE = `# yaml-language-server: $schema=x.json
name: CI reader   # what the team calls it
description: >-
  Reads the code
  # not a comment: text of the description

# permissions below
permissions:
  contents: read
  metadata: "read"  # comes anyway
endpoints:
- GET /repos/{owner}/{repo}/contents/{path}
- 'GET /repos/{owner}/{repo}'
target_name:
expires_in: 30
`

describe('positions read off the lines', () => {
  it('places keys and values of a template as yaml does', () => {
    expect(expectSameAsYaml(TEMPLATE)).toBe(1)
    const blocks = readBlockPositions(TEMPLATE, fastParse(TEMPLATE)!)!
    expect(blocks.locate(0, ['permissions', 'metadata'])).toEqual({
      line: 10,
      column: 13,
      endLine: 10,
      endColumn: 19,
    })
    // An empty value is placed on its key.
    expect(blocks.locate(0, ['target_name'])).toEqual({
      line: 14,
      column: 1,
      endLine: 14,
      endColumn: 12,
    })
  })

  it('agrees with yaml on the fixtures, the examples and benchmark templates', () => {
    const read = yamlCorpus(300, 7).reduce(
      (sum, text) => sum + expectSameAsYaml(text),
      0,
    )
    // Most of the corpus is plain block YAML: the reader must read it.
    expect(read).toBeGreaterThan(300)
  })

  it('reads every benchmark template (realistic ones), leaving none to yaml', () => {
    for (const text of generatedYaml(200, 3)) {
      const values = fastParse(text)
      if (!values) continue
      const blocks = readBlockPositions(text, values)
      expect({ text, read: values.every((_, i) => blocks?.has(i)) }).toEqual({
        text,
        read: true,
      })
    }
  })

  it.each([
    ['a plain value over two lines', 'name: a\n  b\n'],
    ['a map in a sequence', 'endpoints:\n- method: GET\n'],
    ['a quoted key', '"name": a\n'],
    ['an explicit key', '? name\n: a\n'],
    ['a quoted value over two lines', 'name: "a\n  b"\n'],
    ['an empty item', 'endpoints:\n-\n- GET /\n'],
    ['content after a document marker', '--- name: a\n'],
    ['an empty block scalar', 'description: |\nname: a\n'],
    ['a comment indented below a one-line value', 'name: a\n  # b\n'],
    ['a key with a space', 'my name: a\n'],
    ['a key yaml reads as null', 'null: a\n'],
    ['a key that is a number', '0x1F: a\n'],
  ])('leaves %s to yaml', (_, text) => {
    // js-yaml's own values: fastParse refuses some of these texts first.
    const values: unknown[] = []
    loadAll(text, (value) => values.push(value))
    expect(values.length).toBeGreaterThan(0)
    expect(readBlockPositions(text, values)?.has(0) ?? false).toBe(false)
  })

  // Files js-yaml reads but `yaml` reads otherwise, or places otherwise
  // than the lines say: the reader must give up on the whole file.
  it.each([
    ['a lone \\r in a value (js-yaml ends the line there)', 'name: x\r\r\n'],
    ['a lone \\r in a quoted value', 'name: "a\rb"\n'],
    ['a lone \\r at the end of the file', 'name: a\r'],
    ['a no-break space ending a comment', 'a:\n  b: c # x\u00a0\nd: 1\n'],
    ['a no-break space ending a block scalar', 'd: |\n  text\u00a0\n'],
    ['a \\U escape past U+10FFFF', 'name: "\\UFFFFFFFF"\n'],
    ['a block scalar after a blank line indented more', 'd: |\n   \n  # x\n'],
    ['a kept block scalar ending in spaces at the file end', 'a: |+\n  x\n   '],
    ['an empty item with a comment', 'endpoints:\n- # todo\n- GET /\n'],
    [
      'a document yaml refuses next to one the reader reads',
      'name: "a\nb"\n---\nname: c\n',
    ],
  ])('gives up on %s', (_, text) => {
    // fastParse itself now refuses some of these: the reader must give up
    // even when handed js-yaml's values.
    const values: unknown[] = []
    loadAll(text, (value) => values.push(value))
    expect(values.length).toBeGreaterThan(0)
    expect(readBlockPositions(text, values)).toBeUndefined()
  })

  it('agrees with yaml on tricky texts it reads', () => {
    const tricky = [
      'name: a\r\ndescription: b # c\r\npermissions:\r\n  contents: read\r\n',
      'name: a \u00a0#b\n', // no comment: `#` after a no-break space
      'name: a\u00a0 # c\n',
      'name: \u00a0a\n',
      'name: a\u3000 # c\n',
      'name: "a #b" # c\ndescription: \'x # y\'\ntarget_name: a#b\n',
      "name: 'it''s: here' # c: d\nx: \"a \\\" # b\"\n",
      'a.b: 1\nc-d: 2\n_e: 3\nf.: 4\ng-: 5\nname  : x\n',
      'name: 😀 é\ndescription: "😀😀" # 😀\ne:\n- 😀\n',
      '  name: a\n# c\n  permissions:\n    contents: read\n',
      'a:\n  b:\n    c:\n      d: 1\n      e:\n    f: x\n  g: |\n    t\nh: 1\n',
      'a:\n  b:\n# c\n  # d\n  e: 1\n',
      'a:\n  # c\n    b: 1\n',
      'endpoints:\n- "a: b"\n- \'c: d\' # e: f\n- x # "y": z\nname: n\n',
      'p:\n  a:\n  - x\n  # c\n  b: y\n',
      '--- # c\nname: a\n... # e\n--- # f\nname: b\n...\n# end\n',
      '---\n   # only a comment\n---\n---\nname: a\n',
      'name: a\n---\nname: a\n',
      'd: |+\n  a\n  \n    \nn: 1\n',
      'd: >-\n  a\n\n   b\n  c\n\n# c\nn: 1\n',
      'd: |\n  x\n     \n',
      'a: |+\n  x\n\n',
      'a: >+\n  x\n\n---\nb: 1',
      'a:\n  b:\n# c',
      'name: "\\U0001F600 \\u00e9 \\x41 \\/ \\N \\_"\n',
    ]
    const unread = tricky.filter((text) => expectSameAsYaml(text) === 0)
    expect(unread).toEqual([])
  })

  it('does not trust a file whose documents it splits otherwise than js-yaml', () => {
    const text = 'name: a\n---\nname: b\n'
    expect(readBlockPositions(text, [{ name: 'a' }])).toBeUndefined()
    expect(
      readBlockPositions(text, [{ name: 'a' }, { other: 'b' }]),
    ).toBeUndefined()
  })

  it('agrees with yaml on random block templates (fast-check, fixed seed)', () => {
    const space = fc.constantFrom('', ' ', '   ')
    const comment = fc.constantFrom('', ' # note', '  #: x', ' #')
    const commentLine = (indent: string) =>
      fc.constantFrom('', `${indent}# c\n`, '\n', '# top\n', `${indent}  \n`)
    // `true` (a key the reader refuses) now and then: the reader gives up
    // on a whole file for it, so most files must do without.
    const key = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          'name',
          'description',
          'target_name',
          'expires_in',
          'x1',
          'a.b',
          'k-2',
        ),
        weight: 60,
      },
      { arbitrary: fc.constant('true'), weight: 1 },
    )
    const plain = fc.constantFrom(
      'read',
      'write',
      'Release bot',
      'C# build',
      'a:b',
      '45',
      '0x1F',
      '1e3',
      '~',
      'null',
      'yes',
      '-1',
      'R&D [beta]',
      'GET /repos/{owner}/{repo}',
      'x  y',
    )
    const quoted = fc.constantFrom(
      '"q"',
      "'s'",
      "'it''s'",
      '"a \\" b"',
      '"a\\\\"',
      '""',
      "''",
      '"#x"',
      "'a: b'",
    )
    const inline = fc.oneof(plain, quoted, fc.constantFrom('[]', '{}'))
    const blockScalar = (indent: string) =>
      fc
        .tuple(
          fc.constantFrom('|', '>', '|-', '>-', '|+', '>+'),
          comment,
          // A blank first line sends the file to yaml (fastParse): start
          // with text, so that the reader has something to read.
          fc
            .array(
              fc.constantFrom('text', '# hash', 'two words', '', '  deeper'),
              { maxLength: 2 },
            )
            .chain((rest) =>
              fc
                .constantFrom('text', '# hash', '  deeper')
                .map((first) => [first, ...rest]),
            ),
          fc.constantFrom('  ', '    '),
        )
        .map(
          ([header, note, lines, more]) =>
            `${header}${note}\n${lines
              .map((line) => (line === '' ? '' : `${indent}${more}${line}`))
              .join('\n')}\n`,
        )
    const value = (indent: string): fc.Arbitrary<string> =>
      fc.oneof(
        fc
          .tuple(space, inline, space, comment)
          .map(([a, v, b, c]) => `${a || ' '}${v}${b}${c}\n`),
        comment.map((c) => `${c}\n`),
        blockScalar(indent).map((text) => ` ${text}`),
        fc
          .tuple(
            comment,
            fc.constantFrom(`${indent}  `, `${indent}    `, indent),
            fc.array(fc.tuple(inline, comment), { minLength: 1, maxLength: 3 }),
          )
          .map(
            ([c, itemIndent, items]) =>
              `${c}\n${items.map(([v, n]) => `${itemIndent}- ${v}${n}\n`).join('')}`,
          ),
      )
    const entries = (indent: string, depth: number): fc.Arbitrary<string> =>
      fc
        .uniqueArray(
          fc.tuple(
            key,
            depth > 0
              ? fc.oneof(
                  value(indent),
                  fc
                    .tuple(comment, fc.constantFrom('  ', '    '))
                    .chain(([c, more]) =>
                      entries(`${indent}${more}`, depth - 1).map(
                        (body) => `${c}\n${body}`,
                      ),
                    ),
                )
              : value(indent),
            commentLine(indent),
            space,
          ),
          { minLength: 1, maxLength: 4, selector: ([k]) => k },
        )
        .map((items) =>
          items
            .map(([k, v, before, gap]) => `${before}${indent}${k}${gap}:${v}`)
            .join(''),
        )
    const document = entries('', 1)
    const file = fc
      .tuple(
        fc.array(document, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('---\n', '---  # next\n', '...\n---\n'),
        fc.constantFrom('', '---\n'),
        fc.boolean(),
      )
      .map(([documents, separator, lead, crlf]) => {
        const text = lead + documents.join(separator)
        return crlf ? text.replace(/\n/g, '\r\n') : text
      })
    let read = 0
    fc.assert(
      fc.property(file, (text) => {
        read += expectSameAsYaml(text)
      }),
      { seed: 20261125, numRuns: 400 },
    )
    // Not a vacuous pass: the reader read most of what was generated.
    expect(read).toBeGreaterThan(150)
  })
})
