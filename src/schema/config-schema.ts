import { ACCESS_LEVELS, OWNER_SCOPES } from '../catalog/index.js'
import { PLATFORMS } from '../endpoints/index.js'
import { RULE_LEVELS } from '../lint/finding.js'
import { RULES } from '../rules/index.js'
import { LINK_FIELDS } from '../links/token-template.js'

export const CONFIG_SCHEMA_ID =
  'https://github.com/token-templates/token-templates/raw/main/schemas/config.schema.json'

/** More than GitHub has added in the catalog's lifetime, many times over. */
export const MAX_EXTRA_PERMISSIONS = 500

const describe = (description: string) => ({
  description,
  markdownDescription: description,
})

/** `name` or `{ name: level }`: a permission from a level up. */
const permissionLimit = {
  anyOf: [
    { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: { enum: [...ACCESS_LEVELS] },
    },
  ],
}

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
      platform: {
        enum: [...PLATFORMS],
        ...describe(
          "The GitHub the tokens are for: github.com, ghec (GitHub Enterprise Cloud) or ghes-3.20 (GitHub Enterprise Server 3.20). Permissions that GitHub's API data for it lacks are platform-availability warnings. Default: github.com",
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
      policy: {
        type: 'object',
        additionalProperties: false,
        properties: {
          max_lifetime_days: {
            type: 'integer',
            minimum: 1,
            maximum: 366,
            ...describe(
              "Longest lifetime a template may ask for, in days (mirrors the organization's maximum lifetime policy). `expires_in` above it, or `none`, is a max-lifetime error.",
            ),
          },
          forbidden_permissions: {
            type: 'array',
            items: permissionLimit,
            ...describe(
              'Permissions no template may ask for: `name` (any level) or `name: level` (that level and above; `administration: write` still allows read).',
            ),
          },
          allowed_targets: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            ...describe(
              'The only target_name values allowed, as glob patterns (`octodemo`, `octo-*`); case-insensitive.',
            ),
          },
          allow_personal: {
            type: 'boolean',
            ...describe(
              'Whether templates without target_name (tokens owned by whoever creates them) are allowed. Default: true.',
            ),
          },
          require_description: {
            type: 'boolean',
            ...describe('Make missing-description an error.'),
          },
          sensitive_permissions: {
            type: 'array',
            items: permissionLimit,
            ...describe(
              'Permissions that need a `justification:` in the template, as `name` or `name: level` (and above). Default: administration, workflows, secrets, members, organization_administration, organization_secrets and other settings, secrets and people permissions at write.',
            ),
          },
        },
        ...describe(
          'Token policy, enforced by lint (max-lifetime, forbidden-permission, target-not-allowed, sensitive-permission-needs-justification) and summarised above the docs table.',
        ),
      },
      extra_permissions: {
        type: 'object',
        // GitHub adds a few permissions a year; thousands would only make
        // every run compile a schema that large.
        maxProperties: MAX_EXTRA_PERMISSIONS,
        // The token link carries the template's own fields as parameters
        // too: a permission of one of their names would be in it twice.
        propertyNames: {
          pattern: '^[a-z][a-z0-9_]*$',
          not: { enum: [...LINK_FIELDS] },
        },
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
          `Permissions GitHub added after this version of token-templates: name -> { scope, levels, display_name }. Not ${LINK_FIELDS.join(', ')}: the token link uses those names for the template's fields.`,
        ),
      },
    },
  }
}
