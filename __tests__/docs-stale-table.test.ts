import { spawnSync } from 'node:child_process'
import { micromark } from 'micromark'
import {
  PATCH_BYTE_BUDGET,
  SUMMARY_BYTE_BUDGET,
  renderJobSummary,
  renderStaleTableSection,
} from '../src/action/job-summary.js'
import type { Finding } from '../src/lint/finding.js'
import { readmeDiff } from '../src/docs/readme-update.js'
import {
  codeFence,
  docsCommandLine,
  shellWord,
} from '../src/docs/stale-table.js'
import { VERSION } from '../src/version.js'

// What the job summary says about a stale README table: the command that
// rewrites it, and the exact patch in a code block nothing in it can
// leave.

const decodeEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Rendered as GitHub would, raw HTML kept (GitHub keeps `<details>`). */
const render = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true })

function codeBlocks(markdown: string): Array<{ lang?: string; text: string }> {
  return [
    ...render(markdown).matchAll(
      /<pre><code(?: class="language-([^"]+)")?>([\s\S]*?)<\/code><\/pre>/g,
    ),
  ].map((match) => ({ lang: match[1], text: decodeEntities(match[2]!) }))
}

/** The words a POSIX shell makes of `line`. */
function shellWords(line: string): string[] {
  const { stdout, status } = spawnSync(
    'sh',
    ['-c', `set -f; set -- ${line}; for a; do printf '%s\\0' "$a"; done`],
    { encoding: 'utf8' },
  )
  expect(status).toBe(0)
  return stdout.split('\0').slice(0, -1)
}

const START = '<!-- token-templates:start -->'
const END = '<!-- token-templates:end -->'

describe('codeFence', () => {
  it.each([
    ['', '```'],
    ['no backticks', '```'],
    ['a `code` span', '```'],
    ['```', '````'],
    [' ```` in a context line\n+ and `` here', '`````'],
    ['x\n`````````\n', '``````````'],
  ])('fences %j with %s', (text, fence) => {
    expect(codeFence(text)).toBe(fence)
  })
})

describe('shellWord', () => {
  it.each(['README.md', 'docs/TOKENS.md', 'https://ghe.example.com/x'])(
    'leaves %s as it is',
    (word) => {
      expect(shellWord(word)).toBe(word)
    },
  )

  it.each([
    'my README.md',
    "it's.md",
    '$(touch pwned).md',
    '`id`.md',
    'a\nb.md',
    '.github/token-templates/**/*.{yml,yaml}',
    '-n',
    '',
  ])('quotes %j so that a shell reads it back as it is', (word) => {
    expect(shellWords(shellWord(word))).toEqual([word])
  })
})

describe('docsCommandLine', () => {
  it('is the short command when the Action ran with the defaults', () => {
    expect(
      docsCommandLine({
        readme: 'README.md',
        patterns: ['.github/token-templates/**/*.{yml,yaml}'],
      }),
    ).toBe(`npx token-templates@${VERSION} docs --readme README.md`)
  })

  it('names the config, a server other than github.com and other templates', () => {
    const line = docsCommandLine({
      readme: "our tokens's.md",
      patterns: ['tokens/*.yml', 'more tokens/**/*.yaml'],
      config: 'ci/tokens config.yml',
      serverUrl: 'https://ghe.example.com',
    })
    expect(shellWords(line)).toEqual([
      'npx',
      `token-templates@${VERSION}`,
      'docs',
      '--readme',
      "our tokens's.md",
      '--config',
      'ci/tokens config.yml',
      '--server-url',
      'https://ghe.example.com',
      'tokens/*.yml',
      'more tokens/**/*.yaml',
    ])
  })
})

describe('renderStaleTableSection', () => {
  const hostileReadme = [
    '# Tokens',
    '',
    '```',
    'code',
    '```',
    START,
    '| old | ```` </details> <img src=x onerror=alert(1)> |',
    '</details>',
    '\ttabbed\u202Eevil',
    END,
    '``````` seven',
    '',
  ].join('\n')
  const newReadme = hostileReadme.replace(
    /(?<=-->\n)[^]*(?=\n<!-- token-templates:end)/,
    '| Token |\n| --- |\n| [\\`\\`\\`&lt;/details&gt;](https://github.com/x) |',
  )
  const diff = readmeDiff('README.md', hostileReadme, newReadme)
  const command = 'npx token-templates@0.1.0 docs --readme README.md'
  const section = renderStaleTableSection({
    readme: 'README.md',
    diff,
    command,
  })

  it('shows the command and the whole patch, each in a code block of its own', () => {
    expect(codeBlocks(section)).toEqual([
      { lang: 'sh', text: `${command}\n` },
      // The diff shows the hidden character already (readmeDiff); the tab
      // is kept, so the patch still applies.
      { lang: 'diff', text: diff },
    ])
    expect(diff).toContain('-\ttabbed<U+202E>evil')
    expect(section).toContain('\n````````diff\n')
  })

  it('lets no HTML out of the patch', () => {
    const html = render(section)
    expect(html.match(/<details/g)).toHaveLength(1)
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    expect(html).not.toMatch(/<img\b/)
  })

  it('shows a hidden character that reached the diff raw, and keeps CRLF', () => {
    const crlf = renderStaleTableSection({
      readme: 'README.md',
      diff: '-a\u202Eb\r\n+c\u200Bd\r\n',
      command,
    })
    expect(codeBlocks(crlf)[1]!.text).toBe('-a<U+202E>b\r\n+c<U+200B>d\r\n')
    expect(crlf).not.toMatch(/[\u202E\u200B]/)
  })

  it('escapes the README name in the text', () => {
    const named = renderStaleTableSection({
      readme: '[x](javascript:alert(1)) <b>.md',
      diff,
      command,
    })
    const text = named.split('\n')[2]!
    expect(text).toContain('\\[x\\](javascript\\:alert(1)) &lt;b&gt;\\.md')
    expect(render(named)).not.toMatch(/<a |<b>/)
  })

  it('counts the lines the patch adds and removes', () => {
    expect(section).toContain(
      '<details open><summary>Patch: 3 lines added, 3 removed</summary>',
    )
  })

  it('leaves a patch over the budget to the log', () => {
    const big = `${'+| row |\n'.repeat(PATCH_BYTE_BUDGET / 8)}`
    const large = renderStaleTableSection({
      readme: 'README.md',
      diff: big,
      command,
    })
    expect(codeBlocks(large)).toEqual([{ lang: 'sh', text: `${command}\n` }])
    expect(large).toContain(
      `_The patch (${Buffer.byteLength(big)} bytes) is too large for a job summary: the step's log shows it._`,
    )
  })
})

describe('renderJobSummary with a section', () => {
  const finding: Finding = {
    file: '.github/token-templates/a.yml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    severity: 'warning',
    rule: 'no-expiration',
    message: 'x'.repeat(200),
  }
  const summary = {
    templates: 1,
    files: 1,
    errors: 0,
    warnings: 10_000,
    notices: 0,
    omitted: 0,
  }

  it('puts it after the findings and before the token links, as written', () => {
    const markdown = renderJobSummary({
      summary,
      findings: [finding],
      linksTable: '| Token |\n| --- |',
      notes: [],
      sections: ['### Section\n\n```\n\tkept\u202E\n```'],
    })
    const findings = markdown.indexOf('### Findings')
    const section = markdown.indexOf('### Section')
    const links = markdown.indexOf('### Token links')
    expect(findings).toBeLessThan(section)
    expect(section).toBeLessThan(links)
    // Sections show their hidden characters themselves (code blocks need
    // `<U+202E>`, not an entity): this one is passed through as written.
    expect(markdown).toContain('\tkept\u202E')
  })

  it('keeps the summary within the budget, cutting findings for the section', () => {
    const section = `### Section\n\n${'x'.repeat(PATCH_BYTE_BUDGET)}`
    const findings = Array.from({ length: 10_000 }, () => finding)
    const markdown = renderJobSummary({
      summary,
      findings,
      notes: [],
      sections: [section],
    })
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_BYTE_BUDGET)
    expect(markdown).toContain(section)
    expect(markdown).toMatch(/more findings not shown/)
  })
})

describe('a patch with hidden characters', () => {
  it('is shown, but not offered to git apply', () => {
    const section = renderStaleTableSection({
      readme: 'README.md',
      diff: '--- a/README.md\n+++ b/README.md\n@@ -1,2 +1,3 @@\n \uFEFF# T\n <!-- token-templates:start -->\n+| row |\n',
      command: 'npx token-templates@0.1.0 docs --readme README.md',
    })
    expect(section).toContain('<U+FEFF>')
    expect(section).not.toContain('run `git apply')
    expect(section).toContain('run the command above instead')
  })
})
