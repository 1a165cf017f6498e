import { renderLinksTable } from '../src/docs/links-table.js'
import { toTokenTemplate } from '../src/links/from-fields.js'
import {
  DEFAULT_REPOSITORY_SELECTION,
  isRepositorySelection,
  REPOSITORY_SELECTION_LABELS,
  REPOSITORY_SELECTIONS,
  selectionAllows,
} from '../src/links/repository-selection.js'
import type {
  RepositorySelection,
  RequestedSelection,
} from '../src/links/repository-selection.js'
import { buildTokenUrl } from '../src/links/token-url.js'
import { TEMPLATE_KEYS } from '../src/rules/template-keys.js'
import { compileSchema } from '../src/schema/compile.js'
import { buildTemplateSchema } from '../src/schema/index.js'
import { lint, VALID } from './support/rule-tester.js'

/**
 * The template field `repositories: selected | all | none`: which
 * repository access a token request may choose for `token-templates review`
 * to approve it. It is checked by the schema and never part of the link.
 */

const withRepositories = (value: string) => `${VALID}repositories: ${value}\n`
const schemaFindings = (code: string) =>
  lint(code).findings.filter((finding) => finding.rule === 'schema')

describe('the repositories field in the schema', () => {
  const validate = compileSchema(buildTemplateSchema())
  const template = (repositories: unknown) => ({
    name: 'token',
    permissions: { contents: 'read' },
    repositories,
  })

  it('is selected, all or none, documented as not part of the link', () => {
    expect(REPOSITORY_SELECTIONS).toEqual(['selected', 'all', 'none'])
    const schema = buildTemplateSchema() as {
      properties: Record<
        string,
        { enum?: unknown[]; description?: string; markdownDescription?: string }
      >
    }
    const property = schema.properties.repositories!
    expect(property.enum).toEqual(['selected', 'all', 'none'])
    expect(property.description).toContain('Not part of the link')
    expect(property.markdownDescription).toContain('token-templates review')
    expect(TEMPLATE_KEYS).toContain('repositories')
  })

  it.each(['selected', 'all', 'none'])('accepts %s', (value) => {
    expect(validate(template(value))).toBe(true)
    expect(lint(withRepositories(value)).findings).toEqual([])
  })

  it('is optional', () => {
    expect(lint(VALID).findings).toEqual([])
  })

  it.each([
    ['some', 'selected'],
    ['select', 'selected'],
    ['Selected', 'selected'],
    ['selected_repositories', 'selected'],
    ['subset', 'selected'],
    ['Only select repositories', 'selected'],
    ['alll', 'all'],
    ['All repositories', 'all'],
    ['public', 'none'],
    ['nne', 'none'],
  ])('refuses %j with the allowed values: did you mean %j?', (value, meant) => {
    expect(validate(template(value))).toBe(false)
    const findings = schemaFindings(withRepositories(JSON.stringify(value)))
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 6,
        message: `"repositories" must be selected (Only select repositories), all (All repositories) or none (Public repositories, read-only): the repository access review approves; got ${JSON.stringify(value)}: did you mean "${meant}"?`,
      }),
    ])
  })

  it('refuses a value nothing resembles without a guess', () => {
    const [finding] = schemaFindings(withRepositories('octo/hello'))
    expect(finding?.message).toMatch(/; got "octo\/hello"$/)
  })

  it.each([
    ['true', 'true (true/false)'],
    ['3', 'the number 3'],
    ['', 'empty'],
    ['{all: true}', 'a map'],
  ])('refuses %j, saying what it got', (yaml, got) => {
    const findings = schemaFindings(withRepositories(yaml))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('must be selected (')
    expect(findings[0]!.message).toMatch(
      new RegExp(`; got ${got.replace(/[()]/g, '\\$&')}$`),
    )
  })

  it('says a list of repositories is not what it takes', () => {
    const findings = schemaFindings(withRepositories('[octo/a, octo/b]'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain(
      'got a list: a template cannot name repositories',
    )
  })

  it('suggests the key for a misspelt one', () => {
    const findings = schemaFindings(`${VALID}repository: all\n`)
    expect(findings).toEqual([
      expect.objectContaining({
        message: 'unknown key "repository": did you mean "repositories"?',
      }),
    ])
  })
})

describe('toTokenTemplate and the link', () => {
  const fields = {
    name: 'Deploy',
    description: 'Deploys the site',
    target_name: 'octodemo',
    expires_in: 30,
    permissions: { contents: 'read' },
  }

  it.each(['selected', 'all', 'none'] as const)('carries %s', (value) => {
    expect(toTokenTemplate({ ...fields, repositories: value })).toMatchObject({
      repositories: value,
    })
  })

  it('leaves out an absent or wrong value (rules can be turned off)', () => {
    expect(toTokenTemplate(fields).repositories).toBeUndefined()
    for (const wrong of ['some', 3, ['all'], null])
      expect(
        toTokenTemplate({ ...fields, repositories: wrong }).repositories,
      ).toBeUndefined()
  })

  it.each(['selected', 'all', 'none'] as const)(
    'is never part of the link (%s)',
    (value) => {
      const template = toTokenTemplate({ ...fields, repositories: value })
      const url = buildTokenUrl(template)
      expect(url).toBe(buildTokenUrl(toTokenTemplate(fields)))
      expect(url).not.toMatch(/repositor/)
      expect([...new URL(url).searchParams.keys()]).toEqual([
        'name',
        'description',
        'target_name',
        'expires_in',
        'contents',
      ])
    },
  )

  it('leaves the docs table as it is without the field', () => {
    const server = 'https://github.com'
    const plain = renderLinksTable([toTokenTemplate(fields)], server)
    for (const value of REPOSITORY_SELECTIONS) {
      const table = renderLinksTable(
        [toTokenTemplate({ ...fields, repositories: value })],
        server,
      )
      expect(table).toBe(plain)
      expect(table).not.toMatch(/repositor/)
    }
  })
})

describe('selectionAllows', () => {
  const table: [
    RepositorySelection | undefined,
    RequestedSelection,
    boolean,
  ][] = [
    ['selected', 'subset', true],
    ['selected', 'none', true],
    ['selected', 'all', false],
    ['all', 'subset', true],
    ['all', 'none', true],
    ['all', 'all', true],
    ['none', 'none', true],
    ['none', 'subset', false],
    ['none', 'all', false],
    [undefined, 'subset', true],
    [undefined, 'none', true],
    [undefined, 'all', false],
  ]

  it.each(table)(
    'template %s, request %s: %s',
    (template, request, allowed) => {
      expect(selectionAllows(template, request)).toBe(allowed)
    },
  )

  it('defaults to selected', () => {
    expect(DEFAULT_REPOSITORY_SELECTION).toBe('selected')
  })

  it('allows nothing for a value lint refuses', () => {
    for (const request of ['none', 'all', 'subset'] as const)
      expect(selectionAllows('some' as RepositorySelection, request)).toBe(
        false,
      )
  })

  it('knows the form label of each selection', () => {
    expect(REPOSITORY_SELECTION_LABELS).toEqual({
      selected: 'Only select repositories',
      all: 'All repositories',
      none: 'Public repositories',
    })
    expect(REPOSITORY_SELECTIONS.every(isRepositorySelection)).toBe(true)
    expect(isRepositorySelection('subset')).toBe(false)
  })
})
