import { renderJobSummary } from '../src/action/job-summary.js'
import type { JobSummaryInput } from '../src/action/job-summary.js'
import { findHiddenCharacters } from '../src/common/hidden-characters.js'
import { renderDocsSection } from '../src/docs/docs-section.js'
import { renderLinksTable } from '../src/docs/links-table.js'
import { escapeTableCell } from '../src/docs/markdown-escape.js'
import { readmeDiff } from '../src/docs/readme-update.js'
import type { Finding } from '../src/lint/finding.js'
import { codeSpans, linkUrls, renderHtml } from './support/markdown.js'

// Markdown we write (the README table, the job summary) and the README
// diff of `docs --check` show hidden characters as <U+202E>, never raw:
// a name "Safe\u202Eetirw :stnetnoc" would read "Safecontents: write". And
// a `$` is escaped, or GitHub renders `$...$` as math.

const SERVER = 'https://github.com'
const RLO = '\u202E'
const ZWSP = '\u200B'
const LRI = '\u2066'
const PDI = '\u2069'
const EVIL_NAME = `Safe${RLO}etirw :stnetnoc`
const EVIL_DESCRIPTION = `Reads${ZWSP} ${LRI}code${PDI} for $x$ and $$y$$`

/** Hidden characters left raw, by code point (line feeds aside). */
const rawHidden = (text: string) =>
  findHiddenCharacters(text, '\n').map((found) =>
    found.code.toString(16).toUpperCase(),
  )

/** The text a reader sees: the rendered HTML without tags and entities. */
const shownText = (markdown: string) =>
  renderHtml(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** A `$` not escaped by a backslash: GitHub may start math there. */
const UNESCAPED_DOLLAR = /(?:^|[^\\])(?:\\\\)*\$/m

describe('escapeTableCell: hidden characters', () => {
  it.each([
    ['U+202E', RLO],
    ['U+200B', ZWSP],
    ['U+2066', LRI],
    ['U+2069', PDI],
    ['U+200E', '\u200E'],
    ['U+061C', '\u061C'],
    ['U+FEFF', '\uFEFF'],
    ['U+00AD', '\u00AD'],
    ['U+3164', '\u3164'],
    ['U+E0041', '\u{E0041}'],
    ['U+0000', '\u0000'],
    ['U+001B', '\u001B'],
    ['U+0085', '\u0085'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('shows %s escaped', (name, char) => {
    const cell = escapeTableCell(`a${char}b`)
    expect(cell).toBe(`a&lt;${name}&gt;b`)
    expect(shownText(cell)).toBe(`a<${name}>b`)
  })

  it('shows "Safe\\u202Eetirw :stnetnoc" as written, not reordered', () => {
    expect(shownText(escapeTableCell(EVIL_NAME))).toBe(
      'Safe<U+202E>etirw :stnetnoc',
    )
  })

  it('still breaks lines at line feeds and shows tabs as spaces', () => {
    expect(escapeTableCell('a\r\nb\tc\rd\ne')).toBe('a<br>b c<br>d<br>e')
  })

  it('keeps emoji sequences and joiners of joining scripts whole', () => {
    for (const text of [
      '\u26A0\uFE0F Admin',
      '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}',
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
    ])
      expect(escapeTableCell(text)).toBe(text)
  })

  it('leaves no hidden character raw, whatever the text', () => {
    let text = ''
    for (let code = 0; code <= 0x3000; code++)
      text += String.fromCodePoint(code)
    text += '\uFE0F\uFEFF\uFFA0\u{E0001}\u{E0041}\u{E0100}\u{1D173}'
    expect(rawHidden(escapeTableCell(text))).toEqual([])
  })
})

describe('escapeTableCell: math', () => {
  it.each([
    ['$x$', '\\$x\\$'],
    ['$$y$$', '\\$\\$y\\$\\$'],
    ['$`z`$', '\\$\\`z\\`\\$'],
    ['costs $5', 'costs \\$5'],
  ])('escapes every $ of %s', (text, cell) => {
    expect(escapeTableCell(text)).toBe(cell)
    expect(shownText(cell)).toBe(text)
  })
})

describe('renderLinksTable with hidden characters', () => {
  const md = renderLinksTable(
    [
      {
        name: EVIL_NAME,
        description: EVIL_DESCRIPTION,
        target_name: `octo${ZWSP}`,
        justification: `needs ${RLO}it`,
        permissions: { contents: 'read' },
      },
    ],
    SERVER,
  )

  it('holds none of them raw and no unescaped $', () => {
    expect(rawHidden(md)).toEqual([])
    expect(md).not.toMatch(UNESCAPED_DOLLAR)
  })

  it('shows each of them escaped in the link text and the cells', () => {
    const shown = shownText(md)
    expect(shown).toContain('Safe<U+202E>etirw :stnetnoc')
    expect(shown).toContain(
      'Reads<U+200B> <U+2066>code<U+2069> for $x$ and $$y$$',
    )
    expect(shown).toContain('octo<U+200B>')
    expect(shown).toContain('Justification: needs <U+202E>it')
  })

  it('keeps the name, percent-encoded, in the token link', () => {
    const [url] = linkUrls(md)
    expect(url).toContain('name=Safe%E2%80%AEetirw+%3Astnetnoc')
    expect(new URL(url!).searchParams.get('name')).toBe(EVIL_NAME)
  })

  it('holds none of them raw through the docs section either', () => {
    const section = renderDocsSection(
      [{ name: EVIL_NAME, description: EVIL_DESCRIPTION }],
      SERVER,
    )
    expect(rawHidden(section)).toEqual([])
    expect(section).not.toMatch(UNESCAPED_DOLLAR)
  })
})

describe('renderJobSummary with hidden characters', () => {
  const finding = (file: string, message: string): Finding => ({
    file,
    line: 1,
    column: 7,
    endLine: 1,
    endColumn: 20,
    severity: 'error',
    rule: 'duplicate-name',
    message,
  })
  const input: JobSummaryInput = {
    summary: { files: 2, templates: 2, errors: 1, warnings: 0, notices: 0 },
    findings: [
      // quote() escapes control characters, not bidi or zero-width ones.
      finding(
        `t/${LRI}evil.yml`,
        `the name "${EVIL_NAME}" is also used at t/a.yml:1; costs $x$`,
      ),
    ],
    notes: [`A note about ${RLO}this${ZWSP}`],
    pullRequest: {
      added: [`t/${LRI}evil.yml`, 't/plain.yml'],
      modified: [`t/${RLO}lmy.exe`],
    },
    linksTable: renderLinksTable([{ name: EVIL_NAME }], SERVER),
    lineUrl: () => 'https://github.com/o/r/blob/sha/t/x.yml#L1',
  }
  const summary = renderJobSummary(input)

  it('holds none of them raw and no unescaped $ in a finding', () => {
    expect(rawHidden(summary)).toEqual([])
    expect(summary).not.toMatch(/costs \$x/)
  })

  it('shows them escaped in the findings table', () => {
    const shown = shownText(summary)
    expect(shown).toContain(
      'the name "Safe<U+202E>etirw :stnetnoc" is also used at t/a.yml:1; costs $x$',
    )
    expect(shown).toContain('t/<U+2066>evil.yml:1:7')
  })

  it('shows them escaped in the notes', () => {
    expect(shownText(summary)).toContain('A note about <U+202E>this<U+200B>')
  })

  it('lists a pull request file with one as escaped text, not a code span', () => {
    const shown = shownText(summary)
    expect(shown).toContain('adds t/<U+2066>evil.yml, t/plain.yml')
    expect(shown).toContain('changes t/<U+202E>lmy.exe')
    expect(codeSpans(summary)).toEqual(['t/plain.yml', 'duplicate-name'])
  })
})

describe('readmeDiff with hidden characters', () => {
  const before = `# Tokens\r\n\r\n${RLO}old${ZWSP} row\r\n\tkept\r\nend\r\n`
  const after = `# Tokens\r\n\r\nnew ${LRI}row\r\n\tkept\r\nend\r\n`
  const diff = readmeDiff('README.md', before, after)

  it('shows both sides escaped', () => {
    const lines = diff.replace(/\r\n/g, '\n').replace(/\t/g, ' ')
    expect(rawHidden(lines)).toEqual([])
    expect(diff).toContain('-<U+202E>old<U+200B> row\r\n')
    expect(diff).toContain('+new <U+2066>row\r\n')
  })

  it('keeps CRLF line ends and tabs as they are', () => {
    expect(diff).toContain(' \tkept\r\n')
  })
})
