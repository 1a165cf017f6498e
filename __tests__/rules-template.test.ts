import { HEAD, lint, ruleTester, VALID } from './support/rule-tester.js'
import { Linter } from '../src/lint/engine.js'

/**
 * Table-driven tests in the spirit of ESLint's RuleTester for the rules
 * about a template as a whole: duplicate-name, no-expiration,
 * missing-description and empty-permissions; and rule levels from the config.
 *
 * An invalid case lists every finding the snippet yields (of any rule), so
 * that it also checks that the problem is reported once, under one rule.
 * A case with `otherRules: 'ignore'` checks only the findings of the rule.
 */

const named = (name: string) => VALID.replace('name: Deploy', `name: ${name}`)

ruleTester('duplicate-name', 'error', {
  valid: [
    {
      name: 'different names',
      code: `${named('Deploy')}---\n${named('Release')}`,
    },
    {
      name: 'names that are not text (schema reports them)',
      code: `${named('42')}---\n${named('42')}`,
    },
    {
      name: 'empty names (schema reports them)',
      code: `${named('""')}---\n${named('""')}`,
    },
  ],
  invalid: [
    {
      name: 'twice in one file, ignoring case: both places, each naming the other',
      code: `${named('Deploy')}---\n${named('DEPLOY')}`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          message:
            'the name "DEPLOY" is also used at t.yml:7: give each template its own name',
        },
        {
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 13,
          message: 'the name "DEPLOY" is also used at t.yml:1',
        },
      ],
    },
    {
      name: 'ignoring surrounding spaces',
      code: `${named('Deploy')}---\n${named("'  deploy '")}`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          message: 'is also used at t.yml:7',
        },
        {
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 18,
          message: 'the name "  deploy " is also used at t.yml:1',
        },
      ],
    },
    {
      name: 'three times: every place',
      code: `${named('Deploy')}---\n${named('Deploy')}---\n${named('Deploy')}`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          message: 'also used at t.yml:7',
        },
        {
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 13,
          message: 'also used at t.yml:1',
        },
        {
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 13,
          message: 'also used at t.yml:1',
        },
      ],
    },
  ],
})

describe('rule duplicate-name across files', () => {
  const lintFiles = (files: Record<string, string>) => {
    const linter = new Linter()
    for (const [file, text] of Object.entries(files)) {
      linter.lintText(file, text)
    }
    return linter.finish()
  }

  it('reports both places, each message naming the other place', () => {
    const { findings, summary } = lintFiles({
      'a.yml': named('Deploy'),
      'b.yml': `${named('Other')}---\n${named('deploy')}`,
    })
    expect(findings).toEqual([
      {
        file: 'a.yml',
        rule: 'duplicate-name',
        severity: 'error',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 13,
        message: expect.stringContaining('is also used at b.yml:7'),
      },
      {
        file: 'b.yml',
        rule: 'duplicate-name',
        severity: 'error',
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 13,
        message: expect.stringContaining('is also used at a.yml:1'),
      },
    ])
    expect(summary.errors).toBe(2)
  })

  it('does not compare names of different runs', () => {
    for (let run = 0; run < 2; run += 1) {
      expect(lintFiles({ 'a.yml': named('Deploy') }).findings).toEqual([])
    }
  })

  it('leaves templates without a name alone', () => {
    const nameless = VALID.replace('name: Deploy\n', '')
    const { findings } = lintFiles({
      'a.yml': `${nameless}---\n${nameless}`,
      'b.yml': nameless,
    })
    expect(findings.map((f) => f.rule)).toEqual([
      'missing-name',
      'missing-name',
      'missing-name',
    ])
  })

  it('can be turned off', () => {
    const linter = new Linter({ ruleLevels: { 'duplicate-name': 'off' } })
    linter.lintText('a.yml', named('Deploy'))
    linter.lintText('b.yml', named('Deploy'))
    expect(linter.finish().findings).toEqual([])
  })
})

ruleTester('no-expiration', 'warning', {
  valid: [
    { name: 'a number of days', code: VALID },
    {
      name: 'no expires_in (GitHub uses 30 days)',
      code: VALID.replace('expires_in: 30\n', ''),
    },
    {
      name: 'an invalid value (schema reports it)',
      code: VALID.replace('30', 'never'),
    },
  ],
  invalid: [
    {
      name: 'expires_in: none: on the value',
      code: VALID.replace('30', 'none'),
      findings: [
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 17,
          message:
            'a token that never expires stays valid until someone revokes it: set expires_in to a number of days (1 to 366)',
        },
      ],
    },
    {
      name: 'expires_in: "none" (quoted)',
      code: VALID.replace('30', '"none"'),
      findings: [
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 19,
          message: 'a token that never expires',
        },
      ],
    },
  ],
})

ruleTester('missing-description', 'warning', {
  valid: [
    { name: 'a description', code: VALID },
    {
      name: 'a description that is not text (schema reports it)',
      code: VALID.replace('Deploys the site', '[a]'),
    },
  ],
  invalid: [
    {
      name: 'no description: on the name',
      code: VALID.replace('description: Deploys the site\n', ''),
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          message:
            'add a description that says what the token is for: it is pre-filled in the form and read by whoever approves the token',
        },
      ],
    },
    ...['""', "'   '"].map((value) => ({
      name: `description: ${value}: on its key`,
      code: VALID.replace('Deploys the site', value),
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          message: 'add a description',
        },
      ],
    })),
    {
      name: 'description with no value: once, as a schema error',
      code: VALID.replace(' Deploys the site', ''),
      findings: [
        {
          rule: 'schema',
          severity: 'error',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          message:
            '"description" must be text of at most 1024 characters; got empty',
        },
      ],
    },
  ],
})

const NAMELESS = VALID.replace('name: Deploy\n', '')

ruleTester('missing-name', 'warning', {
  valid: [
    { name: 'a name', code: VALID },
    {
      name: 'an empty name (schema reports it)',
      code: VALID.replace('Deploy', '""'),
    },
    {
      name: 'a name with no value (schema reports it)',
      code: VALID.replace(' Deploy', ''),
    },
    {
      name: 'a name that is not text (schema reports it)',
      code: VALID.replace('Deploy', '[a]'),
    },
    {
      name: 'a misspelt name key (schema reports it)',
      code: VALID.replace('name:', 'nmae:'),
    },
  ],
  invalid: [
    {
      name: 'no name: at the start of the template, a warning only',
      code: NAMELESS,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
          message:
            "add a name: GitHub's form will ask whoever opens the link to type one",
        },
      ],
    },
    {
      name: 'the second document of a file: where it starts',
      code: `${VALID}---\n${NAMELESS}`,
      findings: [
        {
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 12,
          message: 'add a name',
        },
      ],
    },
    {
      name: 'raised to an error by the config',
      code: NAMELESS,
      options: { ruleLevels: { 'missing-name': 'error' } },
      findings: [
        {
          severity: 'error',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
          message: 'add a name',
        },
      ],
    },
  ],
})

ruleTester('empty-permissions', 'warning', {
  valid: [
    { name: 'a permission', code: VALID },
    {
      name: 'only unknown permissions (unknown-permission reports them)',
      code: `${HEAD}permissions:\n  packages: read\n`,
    },
    {
      name: 'permissions that are not a map (schema reports them)',
      code: `${HEAD}permissions: [contents]\n`,
    },
  ],
  invalid: [
    {
      name: 'no permissions: on the name',
      code: HEAD,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          message:
            'this template grants no permission: add the ones the token needs under permissions:, such as contents: read',
        },
      ],
    },
    {
      name: 'permissions: {}: on its key',
      code: `${HEAD}permissions: {}\n`,
      findings: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 12,
          message: 'this template grants no permission',
        },
      ],
    },
    {
      name: 'permissions with only comments: on its key',
      code: `${HEAD}permissions: {} # contents: read\n`,
      findings: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 12,
          message: 'this template grants no permission',
        },
      ],
    },
  ],
})

describe('rule levels from the config', () => {
  const code = `${HEAD.replace('30', 'none')}permissions:\n  metadata: read\n  contents: read\n`

  it('by default: no-expiration warns, redundant-metadata notes', () => {
    const { findings, summary } = lint(code)
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['no-expiration', 'warning'],
      ['redundant-metadata', 'notice'],
    ])
    expect(summary).toMatchObject({ errors: 0, warnings: 1, notices: 1 })
  })

  it('change a severity and silence a rule', () => {
    const { findings, summary } = lint(code, {
      ruleLevels: { 'no-expiration': 'error', 'redundant-metadata': 'off' },
    })
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['no-expiration', 'error', 3],
    ])
    expect(summary).toMatchObject({ errors: 1, warnings: 0, notices: 0 })
  })

  it('apply to the rules the engine reports itself', () => {
    const broken = 'name: [\n'
    expect(lint(broken).findings.map((f) => f.severity)).toEqual(['error'])
    expect(
      lint(broken, { ruleLevels: { 'yaml-syntax': 'warning' } }).findings.map(
        (f) => f.severity,
      ),
    ).toEqual(['warning'])
    const { findings, summary } = lint(broken, {
      ruleLevels: { 'yaml-syntax': 'off' },
    })
    expect(findings).toEqual([])
    expect(summary).toMatchObject({ files: 1, errors: 0 })
  })

  it('leave rules not named at their default', () => {
    const { findings } = lint(`${HEAD}permissions: {}\n`, {
      ruleLevels: { 'no-expiration': 'off' },
    })
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['empty-permissions', 'warning'],
    ])
  })
})
