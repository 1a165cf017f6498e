import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { UserError } from '../src/errors.js'
import {
  DEFAULT_SERVER_URL,
  NEW_TOKEN_PATH,
} from '../src/links/token-template.js'
import type { TokenTemplate } from '../src/links/token-template.js'
import { buildTokenUrl, resolveServerUrl } from '../src/links/token-url.js'

const FIXTURES = resolve('__tests__/fixtures/links')

/**
 * The example links of GitHub's token page (a verbatim excerpt of the seed
 * page): the multi-line "URL template" joined into one link, then the
 * bullet links, in page order.
 */
function seedLinks(): Array<{ title: string; url: string }> {
  const md = readFileSync(resolve(FIXTURES, 'seed-example-links.md'), 'utf8')
  const block = /```http copy\n([\s\S]*?)```/.exec(md)?.[1] ?? ''
  const multiLine = block
    .split('\n')
    .map((line) => line.trim())
    .join('')
  const bullets = [...md.matchAll(/^\* \[([^\]]+)\]\((https:[^)\s]+)\)/gm)]
  return [
    { title: 'URL template (multi-line example)', url: multiLine },
    ...bullets.map((match) => ({ title: match[1]!, url: match[2]! })),
  ]
}

const SEED_TEMPLATES = JSON.parse(
  readFileSync(resolve(FIXTURES, 'seed-templates.json'), 'utf8'),
) as Array<{ title: string; template: TokenTemplate }>

/** What a link says, whatever its encoding (`+` or `%20`). */
function linkParts(link: string) {
  const url = new URL(link)
  return {
    origin: url.origin,
    pathname: url.pathname,
    hash: url.hash,
    params: [...url.searchParams],
  }
}

describe('the seed page example links', () => {
  const links = seedLinks()

  it('finds all 7 links in the seed excerpt, the multi-line one first', () => {
    expect(links).toHaveLength(7)
    expect(links[0]!.url).toBe(
      'https://github.com/settings/personal-access-tokens/new?name=Repo-reading+token&description=Just+contents:read&target_name=octodemo&expires_in=45&contents=read',
    )
    expect(links.map((link) => link.title)).toEqual(
      SEED_TEMPLATES.map((seed) => seed.title),
    )
  })

  it.each(SEED_TEMPLATES.map((seed, index) => [seed.title, index] as const))(
    '%s: buildTokenUrl reproduces it parameter for parameter',
    (_title, index) => {
      const expected = linkParts(links[index]!.url)
      const built = buildTokenUrl(SEED_TEMPLATES[index]!.template)
      expect(linkParts(built)).toEqual(expected)
      expect(expected.origin).toBe('https://github.com')
      expect(expected.pathname).toBe(NEW_TOKEN_PATH)
    },
  )

  it('spells spaces as + (form encoding), which GitHub reads like %20', () => {
    const built = buildTokenUrl(SEED_TEMPLATES[1]!.template)
    expect(built).toBe(
      'https://github.com/settings/personal-access-tokens/new?name=Repo-reading+token&description=Just+contents%3Aread&contents=read',
    )
  })
})

describe('buildTokenUrl values', () => {
  const HOSTILE = [
    'a & b',
    'a&contents=admin',
    'see #3',
    '#',
    '1 + 1 = 2',
    '+',
    '100% sure %20 %zz %',
    `"double" 'single' \`back\``,
    'emoji 🔑🚀 and 👩‍💻',
    '中文字符 한국어 日本語',
    'line one\nline two',
    'crlf\r\nline\rcr',
    'tab\there',
    '  leading and trailing  ',
    '?x=1&y=2;z',
    '=&=&',
    '\\ back\\slash /',
    '<script>alert(1)</script>',
    'nul \u0000 and \u2028 separator',
    'accents: café, naïve, Ångström',
  ]

  it.each(HOSTILE.map((value) => [JSON.stringify(value), value] as const))(
    '%s survives build -> parse in every text field',
    (_label, value) => {
      const link = buildTokenUrl({
        name: value,
        description: value,
        target_name: value,
        permissions: { contents: 'read' },
      })
      const url = new URL(link)
      expect(url.hash).toBe('')
      expect(url.pathname).toBe(NEW_TOKEN_PATH)
      expect([...url.searchParams]).toEqual([
        ['name', value],
        ['description', value],
        ['target_name', value],
        ['contents', 'read'],
      ])
      // Nothing that ends or splits a link in text: no spaces, no line breaks.
      expect(link).not.toMatch(/[\s#"'<>`]/)
    },
  )

  it('lists name, description, target_name, expires_in, then permissions in object order', () => {
    const template = {
      permissions: { workflows: 'write', contents: 'read', actions: 'read' },
      expires_in: 7,
      target_name: 'octodemo',
      description: 'd',
      name: 'n',
    } as TokenTemplate
    expect([...new URL(buildTokenUrl(template)).searchParams]).toEqual([
      ['name', 'n'],
      ['description', 'd'],
      ['target_name', 'octodemo'],
      ['expires_in', '7'],
      ['workflows', 'write'],
      ['contents', 'read'],
      ['actions', 'read'],
    ])
  })

  it('leaves out fields the template does not have', () => {
    expect(buildTokenUrl({ name: 'only a name' })).toBe(
      `${DEFAULT_SERVER_URL}${NEW_TOKEN_PATH}?name=only+a+name`,
    )
  })

  it.each([
    [1, '1'],
    [366, '366'],
    ['none', 'none'],
  ] as const)('writes expires_in %j as %s', (expiresIn, text) => {
    const link = buildTokenUrl({ name: 'x', expires_in: expiresIn })
    expect(new URL(link).searchParams.get('expires_in')).toBe(text)
  })

  it('puts the server URL in front, trailing slashes or not', () => {
    for (const server of [
      'https://github.example.com',
      'https://github.example.com/',
      'https://github.example.com///',
    ]) {
      expect(buildTokenUrl({ name: 'x' }, server)).toBe(
        `https://github.example.com${NEW_TOKEN_PATH}?name=x`,
      )
    }
    expect(buildTokenUrl({ name: 'x' }, 'https://example.com/github/')).toBe(
      `https://example.com/github${NEW_TOKEN_PATH}?name=x`,
    )
  })
})

describe('resolveServerUrl', () => {
  const ENV = { GITHUB_SERVER_URL: 'https://env.example.com' }

  it('takes the flag, else the config, else GITHUB_SERVER_URL, else github.com', () => {
    expect(
      resolveServerUrl(
        'https://flag.example.com',
        'https://config.example.com',
        ENV,
      ),
    ).toBe('https://flag.example.com')
    expect(resolveServerUrl(undefined, 'https://config.example.com', ENV)).toBe(
      'https://config.example.com',
    )
    expect(resolveServerUrl(undefined, undefined, ENV)).toBe(
      'https://env.example.com',
    )
    expect(resolveServerUrl(undefined, undefined, {})).toBe(
      'https://github.com',
    )
    expect(resolveServerUrl(undefined, undefined, {})).toBe(DEFAULT_SERVER_URL)
  })

  it('treats an empty flag, config or variable as not set', () => {
    expect(resolveServerUrl('', '', { GITHUB_SERVER_URL: '' })).toBe(
      'https://github.com',
    )
    expect(resolveServerUrl('', undefined, ENV)).toBe('https://env.example.com')
  })

  it('drops trailing slashes', () => {
    expect(resolveServerUrl('https://github.example.com/', undefined, {})).toBe(
      'https://github.example.com',
    )
    expect(
      resolveServerUrl(undefined, undefined, {
        GITHUB_SERVER_URL: 'https://github.example.com//',
      }),
    ).toBe('https://github.example.com')
  })

  it('keeps a GitHub Enterprise Server host and a path prefix', () => {
    expect(resolveServerUrl(undefined, 'https://github.example.com', {})).toBe(
      'https://github.example.com',
    )
    expect(resolveServerUrl('https://example.com/github/', undefined, {})).toBe(
      'https://example.com/github',
    )
    const server = resolveServerUrl('https://example.com/github', undefined, {})
    const link = new URL(buildTokenUrl({ name: 'x' }, server))
    expect(link.origin).toBe('https://example.com')
    expect(link.pathname).toBe(`/github${NEW_TOKEN_PATH}`)
  })

  it('normalizes the host and drops credentials, query and fragment', () => {
    expect(
      resolveServerUrl('HTTPS://GitHub.Example.COM:443/', undefined, {}),
    ).toBe('https://github.example.com')
    expect(
      resolveServerUrl('https://user:secret@github.example.com/?a=1#b', '', {}),
    ).toBe('https://github.example.com')
    expect(resolveServerUrl('http://localhost:8080', undefined, {})).toBe(
      'http://localhost:8080',
    )
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://github.example.com',
    'github.example.com',
    'not a url',
    '//github.example.com',
    ' ',
  ])('refuses %j with a UserError', (server) => {
    expect(() => resolveServerUrl(server, undefined, {})).toThrow(UserError)
    expect(() => resolveServerUrl(undefined, server, {})).toThrow(UserError)
    expect(() =>
      resolveServerUrl(undefined, undefined, { GITHUB_SERVER_URL: server }),
    ).toThrow(UserError)
  })

  it('names the bad value in the message', () => {
    expect(() =>
      resolveServerUrl('javascript:alert(1)', undefined, {}),
    ).toThrow(/"javascript:alert\(1\)" must start with https:\/\//)
    expect(() => resolveServerUrl('not a url', undefined, {})).toThrow(
      /"not a url" is not a URL/,
    )
  })

  it('checks only the value it uses: a bad lower-precedence value is ignored', () => {
    expect(
      resolveServerUrl('https://flag.example.com', 'javascript:x', {
        GITHUB_SERVER_URL: 'nonsense',
      }),
    ).toBe('https://flag.example.com')
  })
})
