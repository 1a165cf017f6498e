import fc from 'fast-check'
import type { Nodes, Root, Table, TableCell } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import type { AccessLevel } from '../src/catalog/index.js'
import {
  findHiddenCharacters,
  formatCodePoint,
  showHiddenCharacters,
} from '../src/common/hidden-characters.js'
import {
  APPROVAL_NOTE,
  renderLinksTable,
  sortByName,
} from '../src/docs/links-table.js'
import { escapeTableCell } from '../src/docs/markdown-escape.js'
import { END_MARKER, START_MARKER } from '../src/docs/readme-markers.js'
import { toTokenTemplates } from '../src/links/from-fields.js'
import { displayName } from '../src/links/token-template.js'
import type { TokenTemplate } from '../src/links/token-template.js'
import { buildTokenUrl, resolveServerUrl } from '../src/links/token-url.js'

const SERVER = 'https://github.com'

/** The table as GitHub's markdown (CommonMark + GFM) reads it. */
function parse(md: string): Root {
  return fromMarkdown(md, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  })
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  if ('children' in node)
    for (const child of node.children) walk(child as Nodes, visit)
}

function nodesOf(node: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  walk(node, (n) => {
    if (n.type === type) found.push(n)
  })
  return found
}

/** What a reader sees in a cell: its text, with `<br>` where lines break. */
function cellText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'html') return node.value
  if ('children' in node)
    return node.children.map((child) => cellText(child as Nodes)).join('')
  throw new Error(`unexpected ${node.type} node in a cell`)
}

/**
 * The documented rendering of template text in a cell: each line break
 * (\n, \r\n, \r) is a `<br>`, tabs are spaces, each line is trimmed, and
 * control and other hidden characters (including U+2028/U+2029, which are
 * not markdown line endings) are shown as `<U+2028>`.
 */
function shown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      showHiddenCharacters(
        line.replace(/\t/g, ' '),
        (code) => `<${formatCodePoint(code)}>`,
      ).trim(),
    )
    .join('<br>')
}

// Table order: lowercased names by code unit, the same on every machine.
const compareNames = (a: string, b: string) =>
  a.toLowerCase() < b.toLowerCase()
    ? -1
    : a.toLowerCase() > b.toLowerCase()
      ? 1
      : 0

/**
 * Checks everything the README table promises and returns its rows'
 * templates in table order: one table, a header and one row of exactly 5
 * cells per template, the first cell one link to that template's token
 * form and no other link anywhere, no HTML but `<br>`, and every cell of
 * template text showing that text.
 */
function checkTable(
  md: string,
  templates: readonly TokenTemplate[],
  server = SERVER,
  otherLinks: 'forbid' | 'ignore' = 'forbid',
): TokenTemplate[] {
  const tree = parse(md)
  // Hidden characters are shown as <U+202E>, never written raw.
  expect(findHiddenCharacters(md, '\n')).toEqual([])
  expect(tree.children).toHaveLength(1)
  expect(tree.children[0]!.type).toBe('table')
  const table = tree.children[0] as Table
  expect(table.children).toHaveLength(templates.length + 1)
  expect(table.children[0]!.children.map(cellText)).toEqual([
    'Token',
    'Description',
    'Resource owner',
    'Expires',
    'Permissions',
  ])
  for (const row of table.children) expect(row.children).toHaveLength(5)

  // No HTML but our own <br>, no markup but the token links.
  for (const html of nodesOf(tree, 'html'))
    expect(html).toMatchObject({ value: '<br>' })
  for (const type of [
    'inlineCode',
    'emphasis',
    'strong',
    'delete',
    'image',
    'imageReference',
    'linkReference',
    'footnoteReference',
    'break',
  ])
    expect(nodesOf(tree, type)).toEqual([])
  const links = nodesOf(tree, 'link')
  for (const link of links) {
    if (link.type !== 'link') throw new Error('not a link')
    expect(link.url).not.toMatch(/^\s*javascript:/i)
    if (otherLinks === 'forbid')
      expect(link.url.startsWith(`${server}/settings/`)).toBe(true)
  }
  if (otherLinks === 'forbid') expect(links).toHaveLength(templates.length)

  const remaining = [...templates]
  const order: TokenTemplate[] = []
  for (const row of table.children.slice(1)) {
    const [token, description, owner] = row.children as TableCell[]
    expect(token!.children).toHaveLength(1)
    const link = token!.children[0]!
    if (link.type !== 'link') throw new Error(`${link.type} is not a link`)
    const index = remaining.findIndex(
      (template) =>
        buildTokenUrl(template, server) === link.url &&
        cellText(link) === shown(displayName(template)),
    )
    expect(index).toBeGreaterThanOrEqual(0)
    const [template] = remaining.splice(index, 1)
    order.push(template!)
    expect(cellText(description!)).toBe(shown(template!.description ?? ''))
    expect(cellText(owner!)).toBe(
      template!.target_name === undefined
        ? 'you'
        : `${shown(template!.target_name)}<br>${APPROVAL_NOTE}`,
    )
  }
  for (let i = 1; i < order.length; i++)
    expect(
      compareNames(order[i - 1]!.name, order[i]!.name),
    ).toBeLessThanOrEqual(0)
  return order
}

describe('renderLinksTable', () => {
  const TEMPLATES: TokenTemplate[] = [
    {
      name: 'Gamma',
      description: 'Deploys\nthe site',
      target_name: 'octodemo',
      expires_in: 90,
      permissions: { contents: 'read', pull_requests: 'write' },
    },
    { name: 'beta', expires_in: 'none' },
    {
      name: 'Alpha',
      description: 'Reads',
      expires_in: 1,
      permissions: { contents: 'read' },
    },
  ]

  it('has a header and one row of 5 cells per template, sorted by name', () => {
    const md = renderLinksTable(TEMPLATES, SERVER)
    const order = checkTable(md, TEMPLATES)
    expect(order.map((template) => template.name)).toEqual([
      'Alpha',
      'beta',
      'Gamma',
    ])
  })

  it('links each name to its token form and says what the token does', () => {
    const table = parse(renderLinksTable(TEMPLATES, SERVER))
      .children[0] as Table
    const rows = table.children.slice(1).map((row) => row.children)
    expect(rows.map((cells) => cells.map(cellText))).toEqual([
      ['Alpha', 'Reads', 'you', '1 day', 'contents: read'],
      ['beta', '', 'you', 'never', 'none'],
      [
        'Gamma',
        'Deploys<br>the site',
        `octodemo<br>${APPROVAL_NOTE}`,
        '90 days',
        'contents: read<br>pull_requests: write',
      ],
    ])
    expect(
      rows.map((cells) => (cells[0]!.children[0] as { url: string }).url),
    ).toEqual([
      buildTokenUrl(TEMPLATES[2]!, SERVER),
      buildTokenUrl(TEMPLATES[1]!, SERVER),
      buildTokenUrl(TEMPLATES[0]!, SERVER),
    ])
  })

  it('says so when a template has no expires_in (GitHub default)', () => {
    const table = parse(renderLinksTable([{ name: 'x' }], SERVER))
      .children[0] as Table
    expect(cellText(table.children[1]!.children[3]!)).toBe('30 days (default)')
  })

  it('points the links at the server it is given', () => {
    const server = 'https://github.example.com'
    const md = renderLinksTable(TEMPLATES, server)
    checkTable(md, TEMPLATES, server)
    expect(md).not.toContain('https://github.com/')
  })

  it.each(['https://example.com/a|b', 'https://example.com/a)b'])(
    'refuses the server URL %s, which would break the table',
    (flag) => {
      expect(() => resolveServerUrl(flag, undefined, {})).toThrow(/server URL/)
    },
  )

  it('keeps templates with the same name (ignoring case) in input order', () => {
    const same: TokenTemplate[] = [
      { name: 'b', description: 'first' },
      { name: 'B', description: 'second' },
      { name: 'a' },
      { name: 'b', description: 'third' },
    ]
    const order = checkTable(renderLinksTable(same, SERVER), same)
    expect(order.map((t) => t.description)).toEqual([
      undefined,
      'first',
      'second',
      'third',
    ])
    expect(sortByName(same).map((t) => t.description)).toEqual([
      undefined,
      'first',
      'second',
      'third',
    ])
  })

  it('says what a template with endpoints is for: their API categories, in order', () => {
    const template: TokenTemplate = {
      name: 'Release bot',
      description: 'Opens release pull requests',
      endpoints: [
        'GET /repos/{owner}/{repo}/contents/{path}',
        'POST /repos/octo/hello/pulls',
        'PUT /repos/{owner}/{repo}/contents/{path}',
        // Neither known nor callable: no category.
        'GET /repos/{owner}/{repo}/nonsense',
        'POST /repos/{owner}/{repo}/check-runs',
      ],
      justification: 'Bumps the version file',
      permissions: { contents: 'write', pull_requests: 'write' },
    }
    const md = renderLinksTable([template], SERVER)
    const table = parse(md).children[0] as Table
    const cells = table.children[1]!.children
    expect(cells).toHaveLength(5)
    expect(cellText(cells[1]!)).toBe(
      'Opens release pull requests<br>For: repos, pulls<br>Justification: Bumps the version file',
    )
    // The endpoints are not part of the link.
    expect(buildTokenUrl(template, SERVER)).not.toContain('endpoints')
    expect(buildTokenUrl(template, SERVER)).toBe(
      buildTokenUrl({ ...template, endpoints: undefined }, SERVER),
    )
  })

  it('shows "For:" alone when there is no description', () => {
    const md = renderLinksTable(
      [{ name: 'x', endpoints: ['GET /orgs/{org}/members'] }],
      SERVER,
    )
    const table = parse(md).children[0] as Table
    expect(cellText(table.children[1]!.children[1]!)).toBe('For: orgs')
  })

  it('labels a template without a name by its file (and document number), escaped, with no name in its link', () => {
    const sources = [
      { file: 'ci/tokens.yml', documentIndex: 0, fields: { name: 'Zed' } },
      {
        file: 'ci/tokens.yml',
        documentIndex: 1,
        fields: { description: 'Reads', permissions: { contents: 'read' } },
      },
      { file: 'a_b*[x](y)|z.yml', documentIndex: 0, fields: {} },
      // A file's later template, left out, still numbers its first.
      { file: 'one.yml', documentIndex: 0, fields: { expires_in: 7 } },
    ]
    const left = { file: 'one.yml', documentIndex: 1, fields: {} }
    const templates = toTokenTemplates(sources, [...sources, left])
    expect(templates.map((template) => template.label)).toEqual([
      'ci/tokens.yml #1',
      'ci/tokens.yml #2',
      'a_b*[x](y)|z.yml',
      'one.yml #1',
    ])
    expect(templates.map((template) => template.name)).toEqual([
      'Zed',
      '',
      '',
      '',
    ])
    const md = renderLinksTable(templates, SERVER)
    checkTable(md, templates)
    const table = parse(md).children[0] as Table
    const rows = table.children.slice(1).map((row) => row.children)
    expect(rows.map((cells) => cellText(cells[0]!))).toEqual([
      'a_b*[x](y)|z.yml',
      'ci/tokens.yml #2',
      'one.yml #1',
      'Zed',
    ])
    expect(cellText(rows[1]![1]!)).toBe('Reads')
    const urls = rows.map(
      (cells) => (cells[0]!.children[0] as { url: string }).url,
    )
    expect(urls[1]).toBe(
      `${SERVER}/settings/personal-access-tokens/new?description=Reads&contents=read`,
    )
    for (const url of urls.slice(0, 3)) expect(url).not.toMatch(/[?&]name=/)
    expect(urls[3]).toContain('?name=Zed')
  })

  it('numbers no template of a file holding one document', () => {
    expect(
      toTokenTemplates([{ file: 'a.yml', documentIndex: 0, fields: {} }]),
    ).toEqual([{ name: '', label: 'a.yml' }])
  })

  it('has a placeholder, not an empty table, without templates', () => {
    expect(renderLinksTable([], SERVER)).toBe('_No token templates yet._')
  })
})

describe('renderLinksTable with hostile template text', () => {
  const HOSTILE = [
    'a | b || c |',
    '\\| escaped pipe \\\\| two',
    '`code` and ``double`` and ```',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '[x]: javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    'line one\nline two',
    'crlf\r\nline\rcr',
    'unicode\u2028line\u2029separators',
    START_MARKER,
    `text ${END_MARKER} text`,
    '*emphasis* _under_ **strong** ~~strike~~ ~one~',
    '&amp; &lt;b&gt; &#106;avascript&colon; &copy;',
    '# heading\n- list\n> quote\n---\n1. one',
    'trailing backslash \\',
    '[^1] footnote\n\n[^1]: note',
    '  spaced  \n\n\t tabbed\t',
    'emoji 🔑 CJK 中文',
    '<br> written <br/> by hand',
    '\u0000nul \u0007bell \u001bescape \u0085nel',
    'Safe\u202Eetirw :stnetnoc',
    'zero\u200Bwidth \u2066isolate\u2069 \uFEFFbom \u3164filler',
    'math $x$ and $$y$$ and $`z`$',
  ]

  /** Text that GFM's literal autolinks (www., scheme://, addresses) match. */
  const AUTOLINK_BAIT = [
    'https://evil.example',
    'see https://evil.example/path?q=1 now',
    '<https://evil.example>',
    '![img](https://evil.example/x.png)',
    'www.evil.example',
    'a@b.example',
    'mailto:a@b.example',
    'xmpp:a@b.example',
  ]

  const asTemplate = (text: string, index: number): TokenTemplate => ({
    name: text.slice(0, 40),
    description: `${index}: ${text}`,
    target_name: text,
    permissions: { contents: 'read' },
  })

  const inEveryField = (text: string): TokenTemplate => ({
    name: text,
    description: text,
    target_name: text,
    expires_in: 7,
    permissions: { contents: 'read', workflows: 'write' },
  })

  it('keeps the shape: one row of 5 cells and one token link per template', () => {
    const templates = HOSTILE.map(asTemplate)
    checkTable(renderLinksTable(templates, SERVER), templates)
  })

  it('keeps the shape with autolink bait too (other links aside)', () => {
    const templates = [...HOSTILE, ...AUTOLINK_BAIT].map(asTemplate)
    checkTable(renderLinksTable(templates, SERVER), templates, SERVER, 'ignore')
  })

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text] as const))(
    '%s stays text in every cell',
    (_label, text) => {
      const template = inEveryField(text)
      const md = renderLinksTable([template], SERVER)
      checkTable(md, [template])
      // Nothing of the text can end the table, the row or the marked section.
      expect(md.split('\n')).toHaveLength(3)
      expect(md).not.toContain(START_MARKER)
      expect(md).not.toContain(END_MARKER)
    },
  )

  it.each(AUTOLINK_BAIT.map((text) => [JSON.stringify(text), text] as const))(
    '%s keeps the row, its token link and its text',
    (_label, text) => {
      const template = inEveryField(text)
      checkTable(
        renderLinksTable([template], SERVER),
        [template],
        SERVER,
        'ignore',
      )
    },
  )

  // GitHub renders READMEs and job summaries with cmark-gfm, which, like
  // micromark's tokenizer, does not autolink text whose `:`, `.` or `@` is
  // backslash-escaped. (remark/mdast renderers re-scan decoded text and
  // would link it: a documented limitation, see README "Token links".)
  it.each(AUTOLINK_BAIT.map((text) => [JSON.stringify(text), text] as const))(
    '%s renders (as GitHub does) with no link but the token link',
    (_label, text) => {
      const html = micromark(renderLinksTable([inEveryField(text)], SERVER), {
        extensions: [gfm()],
        htmlExtensions: [gfmHtml()],
      })
      expect(html.match(/<a /g)).toHaveLength(1)
      expect(html).toContain(
        `<a href="${SERVER}/settings/personal-access-tokens/new?`,
      )
    },
  )

  it('shows line breaks as <br> and the rest of the text as written', () => {
    const table = parse(
      renderLinksTable(
        [
          {
            name: '<b>Bold</b> | `x`',
            description:
              'Use [x](javascript:alert(1))\r\nor <img src=x onerror=alert(1)>\n<!-- token-templates:end -->',
          },
        ],
        SERVER,
      ),
    ).children[0] as Table
    const [token, description] = table.children[1]!.children
    expect(cellText(token!)).toBe('<b>Bold</b> | `x`')
    expect(cellText(description!)).toBe(
      'Use [x](javascript:alert(1))<br>or <img src=x onerror=alert(1)><br><!-- token-templates:end -->',
    )
    expect(nodesOf(description!, 'html')).toHaveLength(2)
  })

  it('escapeTableCell leaves no raw HTML, line break or hidden character and escapes every markdown mark', () => {
    // A mark preceded by an even number of backslashes is not escaped.
    const unescaped = /(?:^|[^\\])(?:\\\\)*[|[\]`*_~:.@$]/
    for (const text of [...HOSTILE, ...AUTOLINK_BAIT]) {
      const escaped = escapeTableCell(text).replace(/<br>/g, '')
      expect(escaped).not.toMatch(/[<>\n\r\u2028\u2029]/)
      expect(escaped).not.toMatch(unescaped)
      expect(findHiddenCharacters(escaped)).toEqual([])
    }
  })
})

describe('renderLinksTable (property)', () => {
  const text = (minLength: number, maxLength: number) =>
    fc.oneof(
      fc.string({ minLength, maxLength }),
      fc.string({ unit: 'binary', minLength, maxLength }),
      fc.string({ unit: 'grapheme', minLength, maxLength }),
      // Markdown's own characters, densely.
      fc.string({
        unit: fc.constantFrom(
          ...'|\\`*_[]()<>!&#;:.@~-+=/$\n\r\t \u2028\u202E\u200B\u2066\uFE0F hjw'.split(
            '',
          ),
          'http://',
          'www.',
          'a@b.c',
          '<br>',
          '&amp;',
          START_MARKER,
          END_MARKER,
        ),
        minLength,
        maxLength,
      }),
    )

  const templateArb: fc.Arbitrary<TokenTemplate> = fc.record(
    {
      name: text(1, 40),
      description: text(0, 200),
      target_name: text(0, 40),
      expires_in: fc.oneof(
        fc.integer({ min: 1, max: 366 }),
        fc.constant('none' as const),
      ),
      permissions: fc.constantFrom<Record<string, AccessLevel>>(
        {},
        { contents: 'read' },
        { contents: 'write', pull_requests: 'write' },
      ),
    },
    { requiredKeys: ['name'] },
  )

  /** Text GFM's literal-autolink transform could match (see the bug above). */
  const autolinkBait = (template: TokenTemplate) =>
    [template.name, template.description, template.target_name].some(
      (value) => value !== undefined && /www\.|:\/\/|@/i.test(value),
    )

  it('keeps its shape for any template text: rows x 5 cells, one token link per row', () => {
    fc.assert(
      fc.property(
        fc.array(templateArb, { minLength: 1, maxLength: 4 }),
        (templates) => {
          checkTable(
            renderLinksTable(templates, SERVER),
            templates,
            SERVER,
            'ignore',
          )
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })

  it('adds no link and shows the text as written, for text without autolink bait', () => {
    fc.assert(
      fc.property(
        fc.array(
          templateArb.filter((template) => !autolinkBait(template)),
          { minLength: 1, maxLength: 4 },
        ),
        (templates) => {
          checkTable(renderLinksTable(templates, SERVER), templates)
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })
})
