import { parseConfig } from '../src/config/config.js'
import type { Policy } from '../src/config/policy.js'
import { renderDocsSection } from '../src/docs/docs-section.js'
import { APPROVAL_NOTE, renderLinksTable } from '../src/docs/links-table.js'
import { renderPolicySummary } from '../src/docs/policy-summary.js'
import { Linter } from '../src/lint/engine.js'
import type { LintedTemplate } from '../src/lint/engine.js'
import { toTokenTemplate } from '../src/links/from-fields.js'
import type { TokenTemplate } from '../src/links/token-template.js'

/**
 * The docs section under a policy: the "**Token policy**" summary line
 * above the table, the justification in the description cell and the
 * approval note in the owner cell.
 */

const FILE = '.github/token-templates.config.yml'
/** The file name as the summary escapes it. */
const ESCAPED_FILE = '\\.github/token-templates\\.config\\.yml'
const SERVER = 'https://github.com'

const policyOf = (text: string): Policy => parseConfig(text, FILE).policy!

const DEPLOY: TokenTemplate = {
  name: 'Deploy',
  description: 'Deploys the site',
  target_name: 'octodemo',
  expires_in: 30,
  justification: 'Runs the deploy workflow',
  permissions: { contents: 'write', workflows: 'write' },
}
const MINE: TokenTemplate = {
  name: 'Mine',
  description: 'Reads my repos',
  permissions: { contents: 'read' },
}

/** The table rows (not header or delimiter) of a rendered section. */
function rows(section: string): string[][] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ['))
    .map((line) =>
      line
        .slice(2, -2)
        // a pipe in template text is escaped as "\|", so never " | "
        .split(' | ')
        .map((cell) => cell.trim()),
    )
}

describe('the policy summary above the table', () => {
  const FULL = `policy:
  max_lifetime_days: 90
  forbidden_permissions:
    - organization_administration
    - administration: write
  allowed_targets: [octodemo, 'octo-*']
  allow_personal: false
  require_description: true
  sensitive_permissions:
    - workflows
    - contents: write
`

  it('is one line naming every setting, a blank line, then the table', () => {
    const section = renderDocsSection([DEPLOY], SERVER, policyOf(FULL))
    const [summary, blank, ...table] = section.split('\n')
    expect(summary).toBe(
      `**Token policy** (${ESCAPED_FILE}): tokens expire within 90 days; forbidden: organization_administration, administration: write or above; resource owners: octodemo, octo-\\*; no personal tokens; every token has a description; a justification is needed for workflows, contents: write or above.`,
    )
    expect(blank).toBe('')
    expect(table.join('\n')).toBe(renderLinksTable([DEPLOY], SERVER))
  })

  it.each([
    [
      'max_lifetime_days',
      '  max_lifetime_days: 7\n',
      'tokens expire within 7 days',
    ],
    [
      'forbidden_permissions (a bare name)',
      '  forbidden_permissions: [members]\n',
      'forbidden: members',
    ],
    [
      'forbidden_permissions (name: level)',
      '  forbidden_permissions: [{organization_projects: admin}]\n',
      'forbidden: organization_projects: admin or above',
    ],
    [
      'allowed_targets',
      "  allowed_targets: ['{acme,globex}', 'team-?']\n",
      'resource owners: {acme,globex}, team-?',
    ],
    [
      'allow_personal: false',
      '  allow_personal: false\n',
      'no personal tokens',
    ],
    [
      'require_description: true',
      '  require_description: true\n',
      'every token has a description',
    ],
    [
      'sensitive_permissions',
      '  sensitive_permissions: [{secrets: read}]\n',
      'a justification is needed for secrets',
    ],
  ])('names %s', (_, setting, clause) => {
    // An empty sensitive list, so that the default one adds no clause.
    const text = setting.includes('sensitive')
      ? `policy:\n${setting}`
      : `policy:\n${setting}  sensitive_permissions: []\n`
    expect(renderPolicySummary(policyOf(text))).toBe(
      `**Token policy** (${ESCAPED_FILE}): ${clause}.`,
    )
  })

  it.each([
    ['allow_personal: true', '  allow_personal: true\n'],
    ['require_description: false', '  require_description: false\n'],
  ])('leaves out %s (nothing to enforce)', (_, setting) => {
    const summary = renderPolicySummary(
      policyOf(`policy:\n${setting}  sensitive_permissions: [workflows]\n`),
    )
    expect(summary).toBe(
      `**Token policy** (${ESCAPED_FILE}): a justification is needed for workflows.`,
    )
  })

  it('names the default sensitive permissions when the policy gives none', () => {
    const summary = renderPolicySummary(
      policyOf('policy:\n  max_lifetime_days: 30\n'),
    )
    expect(summary).toMatch(
      /^\*\*Token policy\*\* \(.*\): tokens expire within 30 days; a justification is needed for administration: write or above, workflows: write or above, .*members: write or above, .*\.$/,
    )
  })

  it('without a policy there is no summary: the section is the table', () => {
    const config = parseConfig('rules: {}\n', FILE)
    expect(config.policy).toBeUndefined()
    const section = renderDocsSection([DEPLOY, MINE], SERVER, config.policy)
    expect(section).toBe(renderLinksTable([DEPLOY, MINE], SERVER))
    expect(section).not.toContain('Token policy')
    expect(renderPolicySummary(undefined)).toBe('')
  })

  it('with a policy but no templates, keeps the summary above the placeholder', () => {
    expect(
      renderDocsSection(
        [],
        SERVER,
        policyOf('policy:\n  allow_personal: false\n'),
      ),
    ).toMatch(
      /^\*\*Token policy\*\* .*no personal tokens; .*\.\n\n_No token templates yet\._$/,
    )
  })

  it('a policy that enforces nothing renders no empty summary', () => {
    const summary = renderPolicySummary(
      policyOf(
        'policy:\n  allow_personal: true\n  sensitive_permissions: []\n',
      ),
    )
    expect(summary).not.toMatch(/: \.$/)
  })
})

describe('the table under a policy', () => {
  const POLICY = policyOf('policy:\n  allow_personal: true\n')

  it('shows the justification in the description cell', () => {
    const [deploy] = rows(renderDocsSection([DEPLOY], SERVER, POLICY))
    expect(deploy?.[1]).toBe(
      'Deploys the site<br>Justification: Runs the deploy workflow',
    )
  })

  it('shows the justification alone when there is no description', () => {
    const [row] = rows(
      renderDocsSection(
        [{ ...DEPLOY, description: undefined }],
        SERVER,
        POLICY,
      ),
    )
    expect(row?.[1]).toBe('Justification: Runs the deploy workflow')
  })

  it('escapes the justification like any template text', () => {
    const [row] = rows(
      renderDocsSection(
        [{ ...DEPLOY, justification: 'a | b <script> [x](y)\nsecond' }],
        SERVER,
        POLICY,
      ),
    )
    expect(row?.[1]).toBe(
      'Deploys the site<br>Justification: a \\| b &lt;script&gt; \\[x\\](y)<br>second',
    )
  })

  it('keeps the justification out of the token link', () => {
    const section = renderDocsSection([DEPLOY], SERVER, POLICY)
    const link = /\]\((https:[^)]+)\)/.exec(section)?.[1] ?? ''
    expect(link).toContain('name=Deploy')
    expect(link).not.toMatch(/justification|Runs/)
  })

  it('a template without justification shows its description alone', () => {
    const [mine] = rows(renderDocsSection([MINE], SERVER, POLICY))
    expect(mine?.[1]).toBe('Reads my repos')
  })

  it('a template with a target_name notes that approval may be required', () => {
    expect(APPROVAL_NOTE).toBe('(approval may be required)')
    const [deploy, mine] = rows(
      renderDocsSection([DEPLOY, MINE], SERVER, POLICY),
    )
    expect(deploy?.[2]).toBe('octodemo<br>(approval may be required)')
    expect(mine?.[2]).toBe('you')
  })

  it('the justification and approval note show without a policy too', () => {
    const [deploy] = rows(renderDocsSection([DEPLOY], SERVER))
    expect(deploy?.[1]).toContain('Justification: Runs the deploy workflow')
    expect(deploy?.[2]).toBe('octodemo<br>(approval may be required)')
  })
})

describe('from template YAML to the docs section', () => {
  it('carries justification and target_name from a linted template', () => {
    const config = parseConfig(
      'policy:\n  max_lifetime_days: 30\n  allowed_targets: [octodemo]\n',
      FILE,
    )
    const templates: LintedTemplate[] = []
    const linter = new Linter({
      policy: config.policy,
      ruleLevels: config.ruleLevels,
      onTemplate: (template) => templates.push(template),
    })
    linter.lintText(
      't.yml',
      `name: Admin
description: Manages settings
target_name: octodemo
expires_in: 30
justification: Turns on branch protection
permissions:
  administration: write
`,
    )
    expect(linter.finish().findings).toEqual([])
    const section = renderDocsSection(
      templates.map((t) => toTokenTemplate(t.fields)),
      SERVER,
      config.policy,
    )
    expect(section.split('\n')[0]).toMatch(
      /^\*\*Token policy\*\* .*: tokens expire within 30 days; resource owners: octodemo; /,
    )
    expect(rows(section)).toEqual([
      [
        expect.stringMatching(/^\[Admin\]\(https:\/\/github\.com\//) as string,
        'Manages settings<br>Justification: Turns on branch protection',
        'octodemo<br>(approval may be required)',
        '30 days',
        'administration: write',
      ],
    ])
  })
})
