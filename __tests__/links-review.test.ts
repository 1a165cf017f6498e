import { findTokenLinks, MAX_LINK_LENGTH } from '../src/links/find-links.js'
import type { TextKind } from '../src/links/find-links.js'
import { fixedText } from '../src/links/fix-links.js'
import { placeLink, positionsOf } from '../src/links/lint-links.js'
import type { StaleLink } from '../src/links/lint-links.js'
import { approveLink } from '../src/links/approved-links.js'
import type { ApprovedTemplate } from '../src/links/approved-links.js'

// Regressions from the outside review of `token-templates links`.

const FORM = 'https://github.com/settings/personal-access-tokens/new'
const NEW_LINK = `${FORM}?name=Reader&description=Reads+code&expires_in=7&contents=read`

const texts = (text: string, kind?: TextKind) =>
  findTokenLinks(text, kind).map((link) => text.slice(link.start, link.end))

const params = (text: string, kind?: TextKind) =>
  findTokenLinks(text, kind)[0]!.parameters.map((p) => ({
    name: p.name,
    value: p.value,
    written: text.slice(p.start, p.end),
  }))

/** `fixedText` with every found link stale, replaced by NEW_LINK. */
function fixAll(file: string, text: string, kind: TextKind) {
  const stale: StaleLink[] = findTokenLinks(text, kind).map((link) => ({
    link,
    replacement: NEW_LINK,
    placeholders: false,
  }))
  return fixedText(file, text, stale)
}

describe('a link ends where what opened it ends (1)', () => {
  it("runs to the ) of a Markdown link, a ' inside included", () => {
    const link = `${FORM}?name=Reader&expires_in=7&contents=read&description=Reader's+code`
    const text = `[reader](${link}).`
    expect(texts(text, 'markdown')).toEqual([link])
    expect(fixAll('a.md', text, 'markdown')!.text).toBe(
      `[reader](${NEW_LINK}).`,
    )
  })

  it('runs to the > of an autolink, spaces included', () => {
    const link = `${FORM}?name=Reader&contents=read&expires_in=7&description=Reads code`
    const text = `[x](<${link}>)`
    expect(texts(text, 'markdown')).toEqual([link])
    expect(fixAll('a.md', text, 'markdown')!.text).toBe(`[x](<${NEW_LINK}>)`)
  })

  it('runs to the closing quote', () => {
    const link = `${FORM}?name=It's&contents=read`
    expect(texts(`x = "${link}"`)).toEqual([link])
  })

  it('--fix leaves a link alone when it is cut before its proper end', () => {
    const text = `[x](${FORM}?name=A&contents=read "title) with"\n"${FORM}?name=B\nC"`
    const links = findTokenLinks(text, 'markdown')
    expect(links.map((l) => l.proper)).toEqual([true, false])
    expect(fixAll('a.md', text, 'markdown')!.fixed).toBe(1)
  })
})

describe('HTML entities are read in HTML only (2, 3)', () => {
  it('keeps &amp; as written in scripts, text and Markdown code', () => {
    const text = `open "${FORM}?name=A&amp;contents=read"`
    for (const kind of ['text', 'markdown'] as const)
      expect(params(text, kind).map((p) => p.name)).toEqual([
        'name',
        'amp;contents',
      ])
  })

  it('reads them in HTML attributes of Markdown', () => {
    const text = `<a href="${FORM}?name=A&amp;contents=read">x</a>`
    expect(params(text, 'markdown').map((p) => p.name)).toEqual([
      'name',
      'contents',
    ])
  })

  it('reads &#38; &#x26; &AMP; &lt; &gt; &quot; &#39; in HTML, at their offsets', () => {
    const text = `<a href="${FORM}?name=&lt;A&gt;&#38;description=&quot;it&#39;s&quot;&#x26;contents=read&AMP;issues=write&Amp;pages=read">`
    expect(params(text, 'html')).toEqual([
      { name: 'name', value: '<A>', written: 'name=&lt;A&gt;' },
      {
        name: 'description',
        value: `"it's"`,
        written: 'description=&quot;it&#39;s&quot;',
      },
      { name: 'contents', value: 'read', written: 'contents=read' },
      { name: 'issues', value: 'write', written: 'issues=write' },
      { name: 'pages', value: 'read', written: 'pages=read' },
    ])
  })
})

describe('an HTML tag after a link ends it (4)', () => {
  it.each(['<br>', '<wbr>', '<sup>1</sup>', '</td>', '<br/>'])('%s', (tag) => {
    const link = `${FORM}?contents=write`
    expect(texts(`<td>${link}${tag}`, 'html')).toEqual([link])
  })

  it('keeps a <name> placeholder', () => {
    const link = `${FORM}?target_name=<OWNER>&name=<name>`
    expect(texts(`${link}<br>`, 'html')).toEqual([link])
  })
})

describe('hostile input (5, 6)', () => {
  it('cuts a 9 MB link at 64 KiB, once, without overflowing the stack', () => {
    const text = `https://${'a'.repeat(9_000_000)}`
    expect(findTokenLinks(text)).toEqual([])
    const long = `${FORM}?name=${'a'.repeat(9_000_000)}`
    const links = findTokenLinks(long)
    expect(links).toHaveLength(1)
    expect(links[0]!.cut).toBe(true)
    expect(links[0]!.end - links[0]!.start).toBe(MAX_LINK_LENGTH)
  })

  it('places 100k parameters of one link in linear time', () => {
    // Longer than a link is read (64 KiB): the link is built by hand.
    const query = Array.from(
      { length: 100_000 },
      (_, i) => `p${i}=read&p${i}=write`,
    ).join('&')
    const text = `${FORM}?${query}`
    const short = findTokenLinks(`${FORM}?p0=read&p0=write`)[0]!
    const parameters = []
    let at = FORM.length + 1
    for (const piece of query.split('&')) {
      const [name, value] = piece.split('=') as [string, string]
      parameters.push({
        name,
        value,
        raw: value,
        start: at,
        end: at + piece.length,
      })
      at += piece.length + 1
    }
    const link = { ...short, text, end: text.length, url: text, parameters }
    const started = Date.now()
    const placed = placeLink(link, positionsOf(text))
    expect(placed.problems).toHaveLength(100_000)
    for (let i = 0; i < 100_000; i += 1)
      expect(placed.locate(['permissions', `p${i}`]).column).toBeGreaterThan(1)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('finds every parameter of a 64 KiB link', () => {
    const query = Array.from({ length: 12_000 }, (_, i) => `p${i}=r`).join('&')
    const [link] = findTokenLinks(`${FORM}?${query}`)
    expect(link!.parameters.length).toBeGreaterThan(8_000)
  })
})

describe('--fix writes what the link had (8, 9)', () => {
  it('writes & in a <script> string of HTML, &amp; where the link had it', () => {
    const old = `${FORM}?name=Old&contents=read`
    const text = `<a href="${old.replace('&', '&amp;')}">x</a><script>open('${old}')</script>`
    expect(fixAll('a.html', text, 'html')!.text).toBe(
      `<a href="${NEW_LINK.replace(/&/g, '&amp;')}">x</a><script>open('${NEW_LINK}')</script>`,
    )
  })

  it('leaves a link whose path is not written literally', () => {
    const text = `[x](https://github.com/settings/personal-access-tokens/./new?name=A&contents=read)`
    expect(findTokenLinks(text, 'markdown')).toHaveLength(1)
    expect(fixAll('a.md', text, 'markdown')).toBeUndefined()
  })
})

describe('messages quote text from the link (10)', () => {
  const reader: ApprovedTemplate = {
    template: {
      name: 'Reader',
      description: 'Reads code',
      permissions: { contents: 'read' },
    } as ApprovedTemplate['template'],
    where: 'r.yml:1',
  }

  it('quotes a hostile permission name and level in unapproved-link', () => {
    const approval = approveLink(
      FORM,
      { permissions: { 'x\u202ey': 'w\nrite' } },
      [],
      [reader],
    )
    expect(approval.kind).toBe('unapproved')
    const { message } = approval as { message: string }
    expect(message).toContain('"x\\u{202e}y"="w\\nrite" (not in the template)')
    expect(message).not.toMatch(/[\n\u202e]/)
  })

  it('quotes a hostile server in stale-link', () => {
    const approval = approveLink(
      `https://evil\u202e.example/x\n::error::${'/a'.repeat(100)}/settings/personal-access-tokens/new?name=B`,
      { name: 'B', permissions: { contents: 'read' } },
      [],
      [reader],
    )
    expect(approval.kind).toBe('stale')
    const { message } = approval as { message: string }
    expect(message).not.toMatch(/[\n\u202e]/)
    expect(message).toContain('…"/settings/personal-access-tokens/new?')
  })
})

describe('placeholders (12)', () => {
  it('reads placeholders as written: %7Bservice%7D is none', () => {
    const text = `${FORM}?name=A&description=Uses+%7Bservice%7D&target_name={owner}&contents=read`
    const placed = placeLink(findTokenLinks(text)[0]!, positionsOf(text))
    expect(
      placed.problems!.filter((p) => p.rule === 'link-placeholder'),
    ).toHaveLength(1)
    expect(placed.problems![0]!.message).toContain('target_name')
  })
})

describe('more placeholders (13)', () => {
  it.each(['$1', '$org', '$ORG', '{}', '#{org}'])('%s in a value', (value) => {
    const text = `"${FORM}?name=A&description=B&target_name=${value}&contents=read"`
    const [link] = findTokenLinks(text)
    expect(link!.parameters.at(-2)!.raw).toBe(value)
    const placed = placeLink(link!, positionsOf(text))
    expect(placed.problems!.map((p) => p.rule)).toEqual(['link-placeholder'])
    expect(placed.unchecked).toHaveLength(1)
  })

  it.each([
    'https://<HOSTNAME>',
    '{server}',
    '%s',
    'https://{host}',
    '$SERVER',
  ])('a server written %s', (server) => {
    const text = `"${server}/settings/personal-access-tokens/new?name=Old&contents=read"`
    const links = findTokenLinks(text)
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual([
      text.slice(1, -1),
    ])
    expect(() => placeLink(links[0]!, positionsOf(text))).not.toThrow()
    expect(fixAll('a.md', text, 'markdown')).toBeUndefined()
  })

  it('reports a link cut at 64 KiB', () => {
    const text = `${FORM}?contents=read&name=${'a'.repeat(70_000)}`
    const placed = placeLink(findTokenLinks(text)[0]!, positionsOf(text))
    expect(placed.problems!.map((p) => p.rule)).toEqual(['unreadable-file'])
  })
})

describe('review follow-ups', () => {
  it('keeps an upper-case <B> placeholder, ends at a lower-case <b> tag', () => {
    expect(texts(`${FORM}?name=<B>&contents=read<b>x</b>`, 'html')).toEqual([
      `${FORM}?name=<B>&contents=read`,
    ])
  })

  it('quotes a hostile server of a classic link', () => {
    const text = `https://ghe.example/x\u202ey/settings/tokens/new?scopes=repo`
    const placed = placeLink(findTokenLinks(text)[0]!, positionsOf(text))
    expect(placed.problems![0]!.message).toContain(
      '"https://ghe.example/x\\u{202e}y"/settings/personal-access-tokens/new',
    )
  })
})
