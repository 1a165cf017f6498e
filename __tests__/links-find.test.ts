import { findTokenLinks } from '../src/links/find-links.js'
import type { TextKind } from '../src/links/find-links.js'

const FORM = 'https://github.com/settings/personal-access-tokens/new'

/** Each link's text, and each parameter as the text has it at its offsets. */
function found(text: string, kind?: TextKind) {
  return findTokenLinks(text, kind).map((link) => ({
    kind: link.kind,
    text: text.slice(link.start, link.end),
    parameters: link.parameters.map((p) => ({
      name: p.name,
      value: p.value,
      written: text.slice(p.start, p.end),
    })),
  }))
}

describe('findTokenLinks', () => {
  it('ends a Markdown link at its closing parenthesis, and keeps balanced ones', () => {
    const text = `[a](${FORM}?name=A+(ci)&contents=read) and (see ${FORM}?name=B).`
    expect(found(text).map((l) => l.text)).toEqual([
      `${FORM}?name=A+(ci)&contents=read`,
      `${FORM}?name=B`,
    ])
    expect(found(text)[0]!.parameters).toEqual([
      { name: 'name', value: 'A (ci)', written: 'name=A+(ci)' },
      { name: 'contents', value: 'read', written: 'contents=read' },
    ])
  })

  it('ends at whitespace, quotes, backticks, angle brackets and a stray ]', () => {
    const text = [
      `<${FORM}?name=A>`,
      `"${FORM}?name=B"`,
      `'${FORM}?name=C'`,
      `\`${FORM}?name=D\``,
      `[${FORM}?name=E]`,
      `${FORM}?name=F, then`,
    ].join('\n')
    expect(found(text).map((l) => l.text)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => `${FORM}?name=${name}`),
    )
  })

  it('reads &amp; as the separator in HTML, at the offsets it is written at', () => {
    const text = `<a href="${FORM}?name=X&amp;contents=read">`
    const [link] = found(text, 'html')
    expect(link!.parameters).toEqual([
      { name: 'name', value: 'X', written: 'name=X' },
      { name: 'contents', value: 'read', written: 'contents=read' },
    ])
  })

  it('keeps placeholders inside the link, <OWNER> included', () => {
    const text = `open "${FORM}?target_name=<OWNER>&expires_in=\${DAYS}&name=%s"`
    expect(found(text)[0]!.parameters.map((p) => p.value)).toEqual([
      '<OWNER>',
      '${DAYS}',
      '%s',
    ])
  })

  it('finds links on any host, under a path prefix, or a server variable', () => {
    const text = [
      'https://ghe.example.com/github/settings/personal-access-tokens/new?contents=read',
      '"${GITHUB_SERVER_URL}/settings/personal-access-tokens/new?contents=read"',
      'https://github.com/settings/tokens/new?scopes=repo',
      'https://github.com/settings/tokens and https://example.com/new?contents=read',
    ].join('\n')
    expect(found(text).map((l) => [l.kind, l.text])).toEqual([
      [
        'fine-grained',
        'https://ghe.example.com/github/settings/personal-access-tokens/new?contents=read',
      ],
      [
        'fine-grained',
        '${GITHUB_SERVER_URL}/settings/personal-access-tokens/new?contents=read',
      ],
      ['classic', 'https://github.com/settings/tokens/new?scopes=repo'],
    ])
  })

  it('leaves a fragment out of the parameters', () => {
    expect(found(`${FORM}?contents=read#top`)[0]!.parameters).toEqual([
      { name: 'contents', value: 'read', written: 'contents=read' },
    ])
  })
})

describe('findTokenLinks on hostile text', () => {
  it('stays linear on long runs of what a link may hold', () => {
    const run = 200_000
    const texts = [
      `${FORM}?name=${'.'.repeat(run)}x`,
      `${FORM}?${'&amp;'.repeat(run)}`,
      `${FORM}?${'('.repeat(run)}`,
      `${'https://'.repeat(run)}`,
      `\${${'a'.repeat(run)}`,
    ]
    const started = Date.now()
    for (const text of texts) findTokenLinks(text)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
