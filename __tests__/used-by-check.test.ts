import { PermissionCatalog } from '../src/catalog/index.js'
import type { ApiCall } from '../src/code/api-call.js'
import type { CodeScan } from '../src/code/find-calls.js'
import { usedByFindings, usedByPatterns } from '../src/code/used-by-check.js'
import type { UsedByTemplate } from '../src/code/used-by-check.js'
import { parseYamlFile } from '../src/common/yaml-file.js'
import { Linter } from '../src/lint/engine.js'
import type { Finding } from '../src/lint/finding.js'

// The used_by check as a function: templates and the calls found in their
// code in, findings out. No file is read here.

const FILE = '.github/token-templates/release.yml'

function template(yaml: string): UsedByTemplate {
  const document = parseYamlFile(yaml).documents[0]!
  return {
    file: FILE,
    documentIndex: 0,
    fields: document.value as Record<string, unknown>,
    line: document.lines().line,
    locate: (path, part) => document.locate(path, part),
  }
}

function scan(calls: ApiCall[], more: Partial<CodeScan> = {}): CodeScan {
  return {
    files: [...new Set(calls.map((call) => call.file))],
    calls,
    syntaxErrors: [],
    skipped: [],
    unread: [],
    unmatched: [],
    defaultTokenSteps: 0,
    ...more,
  }
}

const CREATE_RELEASE: ApiCall = {
  file: 'src/main.ts',
  line: 29,
  column: 25,
  kind: 'rest',
  route: 'POST /repos/{owner}/{repo}/releases',
  source: 'octokit.rest.repos.createRelease',
}

const UNRESOLVED: ApiCall = {
  file: 'src/main.ts',
  line: 31,
  column: 9,
  kind: 'unresolved',
  source: 'octokit.rest.repos[method]',
  reason: 'the method name is computed at run time',
}

const RELEASE = (permissions: string) =>
  `name: Release\ndescription: Publishes releases\nexpires_in: 30\npermissions:\n${permissions}used_by:\n  - src/**/*.ts\n`

const check = (yaml: string, calls: ApiCall[], more?: Partial<CodeScan>) =>
  usedByFindings([{ template: template(yaml), scan: scan(calls, more) }], {
    catalog: new PermissionCatalog(),
  })

const brief = (findings: Finding[]) =>
  findings.map(({ file, line, column, endColumn, severity, rule }) => ({
    file,
    line,
    column,
    endColumn,
    severity,
    rule,
  }))

describe('the used_by check', () => {
  it('passes a template that grants what its calls need, and no more', () => {
    expect(check(RELEASE('  contents: write\n'), [CREATE_RELEASE])).toEqual([])
  })

  it('reports a missing permission at the call and at used_by', () => {
    const findings = check(RELEASE('  contents: read\n'), [CREATE_RELEASE])
    expect(brief(findings)).toEqual([
      {
        file: 'src/main.ts',
        line: 29,
        column: 25,
        endColumn: 25 + 'octokit.rest.repos.createRelease'.length,
        severity: 'error',
        rule: 'missing-permission',
      },
      {
        file: FILE,
        line: 6,
        column: 1,
        endColumn: 8,
        severity: 'error',
        rule: 'missing-permission',
      },
    ])
    expect(findings[0]!.message).toBe(
      'POST /repos/{owner}/{repo}/releases (octokit.rest.repos.createRelease) needs contents: write; the token of "Release" (.github/token-templates/release.yml:1) grants contents: read',
    )
    expect(findings[1]!.message).toBe(
      'src/main.ts:29:25 calls POST /repos/{owner}/{repo}/releases, which needs contents: write: raise contents to write',
    )
  })

  it('says to add a permission the template lacks', () => {
    const findings = check(RELEASE('  issues: read\n'), [CREATE_RELEASE])
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('grants no contents'),
      expect.stringMatching(/: add contents: write under permissions:$/),
      'none of the calls in used_by needs issues: remove it, or add the code that needs it to used_by',
    ])
  })

  it('reports a permission, or a level, that no call needs', () => {
    const findings = check(
      RELEASE('  contents: write\n  issues: write\n  metadata: read\n'),
      [CREATE_RELEASE],
    )
    expect(brief(findings)).toEqual([
      {
        file: FILE,
        line: 6,
        column: 3,
        endColumn: 9,
        severity: 'warning',
        rule: 'excess-permission',
      },
    ])
    const read: ApiCall = {
      ...CREATE_RELEASE,
      route: 'GET /repos/{owner}/{repo}/releases',
      source: 'octokit.rest.repos.listReleases',
    }
    expect(
      check(RELEASE('  contents: write\n'), [read]).map((f) => f.message),
    ).toEqual([
      'the calls in used_by need only contents: read, not write: lower it to read',
    ])
  })

  it('counts the listed endpoints as needs too', () => {
    const yaml = `${RELEASE('  contents: write\n  issues: write\n')}endpoints:\n  - POST /repos/{owner}/{repo}/issues\n`
    expect(check(yaml, [CREATE_RELEASE])).toEqual([])
  })

  it('is a notice at an unresolved call and at used_by, and then judges no excess', () => {
    const findings = check(RELEASE('  contents: write\n  issues: write\n'), [
      CREATE_RELEASE,
      UNRESOLVED,
    ])
    expect(brief(findings)).toEqual([
      expect.objectContaining({
        file: 'src/main.ts',
        line: 31,
        severity: 'notice',
        rule: 'used-by-partial',
      }),
      expect.objectContaining({
        file: FILE,
        line: 7,
        severity: 'notice',
        rule: 'used-by-partial',
      }),
    ])
    expect(findings[1]!.message).toBe(
      'the used_by check is partial: 1 call not resolved to a route (first src/main.ts:31:9); excess-permission is not checked while it is',
    )
  })

  it('says the check is partial for a glob that matches nothing and code that does not parse', () => {
    const yaml = `${RELEASE('  contents: write\n')}  - lib/**/*.js\n`
    const findings = check(yaml, [CREATE_RELEASE], {
      unmatched: ['lib/**/*.js'],
      syntaxErrors: [
        {
          file: 'src/broken.ts',
          line: 3,
          column: 7,
          message: 'Unexpected token',
        },
      ],
    })
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['src/broken.ts', 3, 'used-by-partial'],
      [FILE, 8, 'used-by-partial'],
      [FILE, 6, 'used-by-partial'],
    ])
    expect(findings[1]!.message).toBe(
      '"lib/**/*.js" matches no file: the calls of the code it names are not checked; fix the path, or remove it',
    )
    expect(findings[2]!.message).toContain('"lib/**/*.js" matches no file')
    expect(findings[2]!.message).toContain('1 file that does not parse')
  })

  it('says the check is partial at a step that hands the token to an action', () => {
    const findings = check(RELEASE('  contents: write\n'), [CREATE_RELEASE], {
      skipped: [
        {
          file: '.github/workflows/release.yml',
          line: 12,
          column: 15,
          kind: 'action',
          message: 'the token goes to actions/checkout@v4',
        },
      ],
    })
    expect(findings.map((f) => [f.file, f.line, f.rule, f.message])).toEqual([
      [
        '.github/workflows/release.yml',
        12,
        'used-by-partial',
        'the token goes to actions/checkout@v4: what it calls is not checked',
      ],
      [
        FILE,
        6,
        'used-by-partial',
        'the used_by check is partial: 1 step hands the token to an action not read (.github/workflows/release.yml:12: the token goes to actions/checkout@v4); excess-permission is not checked while it is',
      ],
    ])
  })

  it('never reads a route GitHub lacks as another endpoint, nor prints hidden characters raw', () => {
    // As a concrete path, `attestations/bulk-list` would match
    // /orgs/{org}/{security_product}/{enablement} and ask for
    // organization_administration: write.
    const bulk: ApiCall = {
      ...CREATE_RELEASE,
      route: 'POST /orgs/{org}/attestations/bulk-list',
      source: 'octokit.rest.orgs.listAttestationsBulk\u202e',
    }
    const findings = check(RELEASE('  contents: read\n'), [bulk])
    expect(findings.map((f) => f.rule)).not.toContain('missing-permission')
    const notice = findings.find(
      (f) => f.rule === 'used-by-partial' && f.file === 'src/main.ts',
    )
    expect(notice?.message).toContain(
      'POST /orgs/{org}/attestations/bulk-list (octokit.rest.orgs.listAttestationsBulk\\u{202e}) is not in',
    )
    expect(findings.every((f) => !f.message.includes('\u202e'))).toBe(true)
  })

  it('reports a call fine-grained tokens cannot make at the call', () => {
    const checks: ApiCall = {
      ...CREATE_RELEASE,
      route: 'POST /repos/{owner}/{repo}/check-runs',
      source: 'octokit.rest.checks.create',
    }
    const findings = check(RELEASE('  contents: write\n'), [checks])
    expect(findings[0]).toMatchObject({
      file: 'src/main.ts',
      rule: 'endpoint-not-supported',
      severity: 'error',
    })
  })

  it('keeps to the configured levels, and skips a grant it cannot read', () => {
    const scans = [
      {
        template: template(RELEASE('  contents: read\n')),
        scan: scan([CREATE_RELEASE]),
      },
    ]
    expect(
      usedByFindings(scans, {
        catalog: new PermissionCatalog(),
        ruleLevels: { 'missing-permission': 'warning' },
      }).map((f) => f.severity),
    ).toEqual(['warning', 'warning'])
    expect(
      usedByFindings(scans, {
        catalog: new PermissionCatalog(),
        ruleLevels: { 'missing-permission': 'off' },
      }),
    ).toEqual([])
    // `Write` is no level: unsupported-access-level's, not judged here.
    expect(check(RELEASE('  contents: Write\n'), [CREATE_RELEASE])).toEqual([])
    expect(check('name: X\nused_by: [src]\n', [CREATE_RELEASE])).toEqual([])
  })
})

describe('used_by globs', () => {
  it('are searched only when they stay inside the repository', () => {
    expect(
      usedByPatterns({ used_by: ['src/**/*.ts', '../x/*.js', '/etc/*', 3] }),
    ).toEqual(['src/**/*.ts'])
  })

  it('that could leave it are a schema error at the item', () => {
    const linter = new Linter()
    linter.lintText(
      FILE,
      `${RELEASE('  contents: read\n')}  - ../other/*.js\n  - /etc/passwd\n`,
    )
    const findings = linter
      .finish()
      .findings.filter((finding) => finding.rule === 'schema')
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        8,
        5,
        expect.stringMatching(
          /^used_by glob "..\/other\/\*.js" is refused: it has a ".." segment/,
        ),
      ],
      [
        9,
        5,
        expect.stringMatching(
          /^used_by glob "\/etc\/passwd" is refused: it is an absolute path/,
        ),
      ],
    ])
  })

  it('keep a negated glob, which leaves files out', () => {
    expect(usedByPatterns({ used_by: ['src/**', '!src/skip.js'] })).toEqual([
      'src/**',
      '!src/skip.js',
    ])
  })

  it('may not be an empty list', () => {
    const linter = new Linter()
    linter.lintText(
      FILE,
      'name: Release\ndescription: x\nexpires_in: 30\npermissions:\n  contents: write\nused_by: []\n',
    )
    const findings = linter
      .finish()
      .findings.filter((finding) => finding.rule === 'schema')
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        6,
        10,
        '"used_by" is an empty list: it must be a list of paths or globs of the code that uses the token, such as src/**/*.ts, with at least one; or remove it',
      ],
    ])
  })

  it.each([
    ['empty', '[]'],
    ['only refused', '["../x/*.js"]'],
    ['only negated', '["!src/skip.js"]'],
  ])(
    'that are %s leave the endpoints-only excess-permission rule on',
    (_, list) => {
      const linter = new Linter()
      linter.lintText(
        FILE,
        `name: Release\ndescription: x\nexpires_in: 30\npermissions:\n  contents: write\n  issues: write\nendpoints:\n  - POST /repos/{owner}/{repo}/releases\nused_by: ${list}\n`,
      )
      expect(
        linter
          .finish()
          .findings.filter((f) => f.rule === 'excess-permission')
          .map((f) => f.message),
      ).toEqual([
        'none of the listed endpoints needs issues: remove it, or list the endpoint it is for under endpoints:',
      ])
    },
  )

  it('turn the endpoints-only excess-permission rule off for the template', () => {
    const linter = new Linter()
    linter.lintText(
      FILE,
      `${RELEASE('  contents: write\n  issues: write\n')}endpoints:\n  - POST /repos/{owner}/{repo}/releases\n`,
    )
    expect(
      linter.finish().findings.filter((f) => f.rule === 'excess-permission'),
    ).toEqual([])
  })
})

describe('used_by findings and the README table', () => {
  it('leave a template out only by an error on its own lines', async () => {
    const { partitionByErrors } =
      await import('../src/lint/approved-templates.js')
    const yaml = RELEASE('  contents: read\n')
    const document = parseYamlFile(yaml).documents[0]!
    const linted = {
      file: FILE,
      documentIndex: 0,
      fields: document.value as Record<string, unknown>,
      ...document.lines(),
      locate: document.locate,
    }
    const findings = check(yaml, [CREATE_RELEASE])
    const [atCall, atTemplate] = findings
    expect(partitionByErrors([linted], [atCall!]).approved).toEqual([linted])
    expect(partitionByErrors([linted], [atTemplate!]).rejected).toEqual([
      { template: linted, error: atTemplate },
    ])
  })
})
