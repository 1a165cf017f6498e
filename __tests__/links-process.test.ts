import { lstatSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, workspace } from './support/cli-process.js'

// `token-templates links`, the bundled CLI run as a process, on files shaped
// like real ones: each finding at the line and column where the offending
// parameter starts in the file (or where the link starts).

const FORM = 'https://github.com/settings/personal-access-tokens/new'

const SETUP_MD = [
  '# Setup',
  '',
  `Create the [deploy token](${FORM}?name=Deploy&description=Deploys+the+site&contents=read&pull-requests=write) first.`,
  '',
  `Or open <${FORM}?name=Reader&description=Reads+code&target_name=octo_demo-&contents=read>.`,
  '',
  '```sh',
  `open "${FORM}?name=CI&description=Runs+CI&target_name={owner}&gists=read"`,
  '```',
  '',
  'See also `https://github.example.com/settings/personal-access-tokens/new?name=GHES&description=On+GHES&expires_in=400&issues=write`.',
  '',
].join('\n')

const INDEX_HTML = [
  '<!doctype html>',
  '<p>',
  `  <a href="${FORM}?name=Pages&amp;description=Publishes+pages&amp;pages=write&amp;contents=red">Create</a>`,
  '</p>',
  '',
].join('\n')

const SCRIPT_SH = [
  '#!/bin/sh',
  '# Opens the token form for the current owner.',
  'OWNER="$1"',
  `open "${FORM}?name=Release&description=Tags+releases&target_name=$OWNER&contents=write&workflow=write"`,
  '',
].join('\n')

const LINKS_JS = [
  'export const TOKEN_LINK =',
  `  '${FORM}?name=Bot&description=Comments&issues=admin'`,
  'export const CLASSIC = "https://github.com/settings/tokens/new?scopes=repo,workflow&description=Old"',
  '',
].join('\n')

const BAD_LINK = `[x](${FORM}?name=Hidden&description=d&nope=read)\n`

const FILES = {
  'docs/setup.md': SETUP_MD,
  'docs/index.html': INDEX_HTML,
  'scripts/new-token.sh': SCRIPT_SH,
  'src/links.js': LINKS_JS,
  'node_modules/dep/README.md': BAD_LINK,
  'packages/a/node_modules/dep/docs/x.md': BAD_LINK,
  'packages/a/README.md': `[Reader](${FORM}?name=Reader&description=Reads+code&contents=read)\n`,
  'dist/README.md': BAD_LINK,
}

interface Diagnostic {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: string
  rule: string
  message: string
}

function json(args: string[], root: string) {
  const result = runCli(['links', '--format', 'json', ...args], root)
  const parsed = JSON.parse(result.stdout) as {
    diagnostics: Diagnostic[]
    summary: Record<string, number>
  }
  return { ...result, ...parsed }
}

const places = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)

describe('token-templates links', () => {
  const root = workspace(FILES, 'tt-links-')

  it('finds the links of the text files by default, at their parameters, never in node_modules or dist', () => {
    const run = json([], root)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(places(run.diagnostics)).toEqual([
      'docs/index.html:3:130 unsupported-access-level',
      'docs/setup.md:3:137 unknown-permission',
      'docs/setup.md:5:100 invalid-target-name',
      'docs/setup.md:8:90 link-placeholder',
      'docs/setup.md:8:110 unsupported-access-level',
      'docs/setup.md:11:104 schema',
    ])
    expect(run.summary).toEqual({
      files: 3,
      templates: 6,
      errors: 5,
      warnings: 0,
      notices: 1,
    })
    // The range covers the parameter: `pull-requests=write`.
    const unknown = run.diagnostics[1]!
    expect(unknown.endColumn - unknown.column).toBe(
      'pull-requests=write'.length,
    )
    expect(unknown.message).toContain('did you mean "pull_requests"?')
  })

  it('reads a script and code named on the command line', () => {
    const run = json(['scripts/new-token.sh', 'src/links.js'], root)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(places(run.diagnostics)).toEqual([
      'scripts/new-token.sh:4:101 link-placeholder',
      'scripts/new-token.sh:4:135 unknown-permission',
      'src/links.js:2:89 unsupported-access-level',
      'src/links.js:3:25 classic-token-link',
    ])
    const classic = run.diagnostics[3]!
    expect(classic.severity).toBe('notice')
    expect(classic.message).toContain(
      'contents, issues, pull_requests, metadata and workflows',
    )
    // A whole-link finding spans the link.
    expect(classic.endColumn - classic.column).toBe(
      'https://github.com/settings/tokens/new?scopes=repo,workflow&description=Old'
        .length,
    )
  })

  it('says a placeholder is filled in at run time, and reports nothing else about it', () => {
    const run = json(['scripts/new-token.sh'], root)
    const rules = run.diagnostics.map((d) => d.rule)
    expect(rules).not.toContain('invalid-target-name')
    expect(run.diagnostics[0]!.message).toBe(
      'the value of target_name, "$OWNER", has the placeholder "$OWNER": it is filled in at run time, so it is not checked here',
    )
  })

  it('reads a value a page leaves out (…) as a placeholder', () => {
    const elided = workspace(
      {
        'docs/cli.md': `Links look like \`${FORM}?name=…&description=...&target_name=…&expires_in=…&contents=read\`.\n`,
      },
      'tt-links-',
    )
    const run = json([], elided)
    expect(
      run.diagnostics.map((d) => `${d.column} ${d.rule} ${d.message}`),
    ).toEqual([
      '73 link-placeholder the value of name is left out ("…"): it is not checked here',
      '80 link-placeholder the value of description is left out ("..."): it is not checked here',
      '96 link-placeholder the value of target_name is left out ("…"): it is not checked here',
      '110 link-placeholder the value of expires_in is left out ("…"): it is not checked here',
    ])
    expect(run.status).toBe(0)
  })

  it('shows each finding under its source line in text, at the same place', () => {
    const run = runCli(['links', 'docs/index.html'], root)
    expect(run.stdout).toBe(
      [
        'docs/index.html:3:130: error: "red" is not an access level of "contents": it supports read and write [unsupported-access-level]',
        `  3 | ${INDEX_HTML.split('\n')[2]}`,
        `    | ${' '.repeat(129)}${'^'.repeat('contents=red'.length)}`,
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 link, 1 file',
        '',
      ].join('\n'),
    )
    expect(run.status).toBe(1)
  })

  it('writes annotations and SARIF at the same places', () => {
    const github = runCli(
      ['links', '--format', 'github', 'docs/setup.md'],
      root,
    )
    expect(github.stdout.split('\n')[0]).toBe(
      '::error file=docs/setup.md,line=3,col=137,endLine=3,endColumn=156,title=unknown-permission::unknown permission "pull-requests": did you mean "pull_requests"?',
    )
    const sarif = runCli(['links', '--format', 'sarif', 'docs/setup.md'], root)
    const log = JSON.parse(sarif.stdout) as {
      runs: {
        results: {
          ruleId: string
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string }
              region: { startLine: number; startColumn: number }
            }
          }[]
        }[]
      }[]
    }
    const first = log.runs[0]!.results.find(
      (r) => r.ruleId === 'unknown-permission',
    )!
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'docs/setup.md',
    )
    expect(first.locations[0]!.physicalLocation.region).toMatchObject({
      startLine: 3,
      startColumn: 137,
    })
  })

  it('searches a directory, but not the node_modules below it', () => {
    const run = json(['packages'], root)
    expect(run.diagnostics).toEqual([])
    expect(run.summary).toMatchObject({ files: 1, templates: 1 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('searches dist only when a path names it', () => {
    const run = json(['dist/README.md'], root)
    expect(places(run.diagnostics)).toContain(
      'dist/README.md:1:86 unknown-permission',
    )
  })

  it('exits 0 on a clean repository, and 2 when a named path matches nothing', () => {
    const clean = workspace(
      {
        'README.md': `[Reader](${FORM}?name=Reader&description=Reads+code&contents=read)\n`,
      },
      'tt-links-',
    )
    const ok = runCli(['links'], clean)
    expect(ok.stdout).toBe('✔ 1 link in 1 file: no problems\n')
    expect(ok.status).toBe(0)
    const missing = runCli(['links', 'nope.md'], clean)
    expect(missing.stderr).toBe('token-templates: no file matches "nope.md"\n')
    expect(missing.status).toBe(2)
    const outside = runCli(['links', '../x.md'], clean)
    expect(outside.status).toBe(2)
  })

  it('reads nothing outside the working directory', () => {
    const outside = workspace({ 'secret.md': BAD_LINK }, 'tt-links-out-')
    const inside = workspace({}, 'tt-links-')
    symlinkSync(join(outside, 'secret.md'), join(inside, 'linked.md'))
    const run = json([], inside)
    expect(places(run.diagnostics)).toEqual(['linked.md:1:1 unreadable-file'])
    expect(run.stdout).not.toContain('Hidden')
    for (const path of ['/etc/passwd', join(tmpdir(), 'x.md'), '../x.md']) {
      const refused = runCli(['links', path], inside)
      expect(refused.stderr).toContain('is refused')
      expect(refused.status).toBe(2)
    }
  })

  it('prints a link text that holds a workflow command only as harmless text', () => {
    const hostile = workspace(
      {
        'x.md': `${FORM}?name=%0A::error::forged&description=d&contents=reed\n`,
      },
      'tt-links-',
    )
    const run = runCli(['links'], hostile)
    for (const line of run.stdout.split('\n'))
      expect(line.trimStart().startsWith('::')).toBe(false)
    expect(readFileSync(join(hostile, 'x.md'), 'utf8')).toContain('%0A')
  })
})

describe('token-templates links, with approved templates', () => {
  const DEPLOY = [
    'name: Deploy',
    'description: Deploys the site',
    'target_name: octodemo',
    'expires_in: 30',
    'permissions:',
    '  contents: read',
    '  pages: write',
    '',
  ].join('\n')
  const READER = [
    'name: Reader',
    'description: Reads code',
    'expires_in: 7',
    'permissions:',
    '  contents: read',
    '',
  ].join('\n')
  const BROKEN = ['name: Broken', 'permissions:', '  gists: read', ''].join(
    '\n',
  )
  const DEPLOY_LINK = `${FORM}?name=Deploy&description=Deploys+the+site&target_name=octodemo&expires_in=30&contents=read&pages=write`
  const OLD_DEPLOY_LINK = `${FORM}?name=Deploy&description=Old+text&target_name=octodemo&expires_in=30&contents=read&pages=write`
  const templates = {
    '.github/token-templates/deploy.yml': DEPLOY,
    '.github/token-templates/reader.yml': READER,
    '.github/token-templates/broken.yml': BROKEN,
  }

  it('finds the README table that docs writes clean, every link matching its template', () => {
    const root = workspace(
      {
        ...templates,
        'README.md':
          '# Tokens\n\n<!-- token-templates:start -->\n<!-- token-templates:end -->\n',
      },
      'tt-links-',
    )
    expect(runCli(['docs'], root).status).toBe(0)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain(DEPLOY_LINK)
    const run = runCli(['links'], root)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('✔ 2 links in 1 file: no problems\n')
    expect(run.status).toBe(0)
  })

  it('reports stale and unapproved links at the link, naming the template', () => {
    const root = workspace(
      {
        ...templates,
        'docs/use.md': [
          `Use the [deploy token](${OLD_DEPLOY_LINK}).`,
          '',
          `Or [this](${FORM}?name=Reader&description=Reads+code&expires_in=7&contents=write).`,
          '',
          `The broken one: <${FORM}?name=Broken&gists=write>`,
          '',
        ].join('\n'),
      },
      'tt-links-',
    )
    const run = json([], root)
    expect(places(run.diagnostics)).toEqual([
      'docs/use.md:1:24 stale-link',
      'docs/use.md:3:11 unapproved-link',
      'docs/use.md:5:18 unapproved-link',
      'docs/use.md:5:73 missing-description',
    ])
    expect(run.diagnostics[0]!.message).toBe(
      `this link has the permissions of the template "Deploy" (.github/token-templates/deploy.yml:1) but not its fields: description "Old text" (the template: "Deploys the site"); use ${DEPLOY_LINK}`,
    )
    expect(run.diagnostics[1]!.message).toBe(
      'no approved template asks for these permissions: the closest is "Reader" (.github/token-templates/reader.yml:1), and the link differs in contents=write (the template: read); add a template for it, or link to an approved one',
    )
    // A template with lint errors approves nothing.
    expect(run.diagnostics[2]!.message).not.toContain('broken.yml')
    expect(run.status).toBe(0)
  })

  it('takes the rule levels of the config', () => {
    const root = workspace(
      {
        ...templates,
        '.github/token-templates.config.yml':
          'rules:\n  unapproved-link: error\n  stale-link: off\n',
        'docs/use.md': `[a](${OLD_DEPLOY_LINK}) [b](${FORM}?name=X&description=Y&issues=read)\n`,
      },
      'tt-links-',
    )
    const run = json([], root)
    expect(places(run.diagnostics)).toEqual([
      'docs/use.md:1:159 unapproved-link',
    ])
    expect(run.diagnostics[0]!.severity).toBe('error')
    expect(run.status).toBe(1)
  })

  it('--fix rewrites stale links in Markdown and HTML in place, and nothing else', () => {
    const markdown = `\uFEFFIntro ✓\r\n\r\n[deploy](${OLD_DEPLOY_LINK}) and <${OLD_DEPLOY_LINK}>.\r\n`
    const html = `<a href="${OLD_DEPLOY_LINK.replace(/&/g, '&amp;')}">x</a>\n`
    const script = `open '${OLD_DEPLOY_LINK}'\n`
    const root = workspace(
      {
        ...templates,
        'docs/use.md': markdown,
        'docs/use.html': html,
        'scripts/open.sh': script,
      },
      'tt-links-',
    )
    const run = runCli(
      ['links', '--fix', '--format', 'json', 'docs', 'scripts/open.sh'],
      root,
    )
    expect(run.stderr).toBe(
      [
        'token-templates: docs/use.html: rewrote 1 stale link',
        'token-templates: docs/use.md: rewrote 2 stale links',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(root, 'docs/use.md'), 'utf8')).toBe(
      markdown.replaceAll(OLD_DEPLOY_LINK, DEPLOY_LINK),
    )
    expect(readFileSync(join(root, 'docs/use.html'), 'utf8')).toBe(
      `<a href="${DEPLOY_LINK.replace(/&/g, '&amp;')}">x</a>\n`,
    )
    // A script is left alone: what is left is its finding.
    expect(readFileSync(join(root, 'scripts/open.sh'), 'utf8')).toBe(script)
    const left = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }
    expect(places(left.diagnostics)).toEqual(['scripts/open.sh:1:7 stale-link'])
  })
  it('--fix rewrites a link cut early by a quote or a space to its true end (review 1)', () => {
    const quoted = `[reader](${FORM}?name=Reader&expires_in=7&contents=read&description=Reader's+code).\n`
    const spaced = `[x](<${FORM}?name=Reader&contents=read&expires_in=7&description=Reads the code>)\n`
    const root = workspace(
      { ...templates, 'a.md': quoted, 'b.md': spaced },
      'tt-links-',
    )
    const run = runCli(['links', '--fix', 'a.md', 'b.md'], root)
    const READER_LINK = `${FORM}?name=Reader&description=Reads+code&expires_in=7&contents=read`
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(
      `[reader](${READER_LINK}).\n`,
    )
    expect(readFileSync(join(root, 'b.md'), 'utf8')).toBe(
      `[x](<${READER_LINK}>)\n`,
    )
    expect(run.stdout).toBe('✔ 2 links in 2 files: no problems\n')
  })

  it('--fix leaves a symbolic link and its target alone (review 7)', () => {
    const root = workspace(
      { ...templates, 'docs/real.md': `[d](${OLD_DEPLOY_LINK})\n` },
      'tt-links-',
    )
    symlinkSync(join(root, 'docs/real.md'), join(root, 'docs/alias.md'))
    const run = runCli(['links', '--fix', 'docs/alias.md'], root)
    expect(run.stderr).toBe(
      'token-templates: docs/alias.md: not rewritten: it is a symbolic link\n',
    )
    expect(lstatSync(join(root, 'docs/alias.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(root, 'docs/real.md'), 'utf8')).toBe(
      `[d](${OLD_DEPLOY_LINK})\n`,
    )
  })
})

describe('token-templates links, as GitHub reads the text (review)', () => {
  it('says &amp; outside HTML is sent as is (2), and skips a link to the bare form (11)', () => {
    const root = workspace(
      {
        'open.txt': `open "${FORM}?name=A&description=B&amp;contents=read"\n`,
        'README.md': `Create one at ${FORM}\n`,
      },
      'tt-links-',
    )
    const run = json([], root)
    expect(run.summary).toMatchObject({ files: 2, templates: 1 })
    const amp = run.diagnostics.find((d) => d.rule === 'unknown-permission')
    expect(amp!.message).toBe(
      '"amp;contents" comes from "&amp;" outside HTML, which is sent as is: write & between parameters',
    )
  })
})
