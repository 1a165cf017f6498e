import { ACCESS_LEVELS, OWNER_SCOPES } from '../catalog/index.js'
import { RULE_LEVELS } from '../lint/finding.js'
import { RULES } from '../rules/index.js'

export const CONFIG_SCHEMA_ID =
  'https://github.com/token-templates/token-templates/raw/main/schemas/config.schema.json'

const describe = (description: string) => ({
  description,
  markdownDescription: description,
})

/** The JSON Schema of `.github/token-templates.config.yml`. */
export function buildConfigSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      {
        enum: [...RULE_LEVELS],
        ...describe(`${rule.description} Default: ${rule.defaultSeverity}.`),
      },
    ]),
  )
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'token-templates configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      templates: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
          },
        ],
        ...describe(
          'Paths, directories or globs of template files, relative to the repository root. Default: .github/token-templates/**/*.{yml,yaml}',
        ),
      },
      server_url: {
        type: 'string',
        pattern: '^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$',
        ...describe(
          'GitHub server for token links, e.g. https://github.example.com for GitHub Enterprise Server. Default: GITHUB_SERVER_URL, else https://github.com',
        ),
      },
      readme: {
        type: 'string',
        minLength: 1,
        ...describe(
          'The markdown file whose token links table `docs` writes. Default: README.md',
        ),
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
        ...describe('Rule id -> off, notice, warning or error.'),
      },
      extra_permissions: {
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
        additionalProperties: {
          type: 'object',
          required: ['scope', 'levels'],
          additionalProperties: false,
          properties: {
            scope: {
              enum: [...OWNER_SCOPES],
              ...describe('account, repository or organization'),
            },
            levels: {
              type: 'array',
              items: { enum: [...ACCESS_LEVELS] },
              minItems: 1,
              uniqueItems: true,
              ...describe('The access levels the permission supports.'),
            },
            display_name: {
              type: 'string',
              minLength: 1,
              ...describe('The label GitHub shows.'),
            },
          },
        },
        ...describe(
          'Permissions GitHub added after this version of token-templates: name -> { scope, levels, display_name }.',
        ),
      },
    },
  }
}
