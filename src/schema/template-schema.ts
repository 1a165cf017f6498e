import {
  FIELD_LIMITS,
  PERMISSIONS,
  UNDOCUMENTED_PERMISSIONS,
} from '../catalog/index.js'
import { listing } from '../common/quote.js'
import { REPOSITORY_SELECTIONS } from '../links/repository-selection.js'
import {
  ENTERPRISE_ONLY_PERMISSIONS,
  PLATFORM_NAMES,
  platformsWith,
} from '../endpoints/index.js'
import type { Permission, UndocumentedPermission } from '../catalog/index.js'

export const TEMPLATE_SCHEMA_ID =
  'https://github.com/token-templates/token-templates/raw/main/schemas/token-template.schema.json'

/**
 * GitHub user and organization slugs: letters, digits and single hyphens,
 * not at either end, at most 39 characters. Underscores appear in the
 * logins of Enterprise Managed Users (`octocat_acme`), so they pass too.
 */
export const TARGET_NAME_PATTERN =
  '^(?!.*--)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,37}[A-Za-z0-9_])?$'

type JsonSchema = Record<string, unknown>

function documented(
  schema: JsonSchema,
  description: string,
  markdownDescription = description,
): JsonSchema {
  return { ...schema, description, markdownDescription }
}

const SCOPE_TEXT: Record<Permission['scope'], string> = {
  account:
    'Account permission: only when the resource owner is the user creating the token.',
  repository:
    'Repository permission: works for user and organization resource owners; grants `metadata: read` too.',
  organization:
    'Organization permission: only when the resource owner (`target_name`) is an organization.',
}

function permissionSchema(permission: Permission): JsonSchema {
  const levels = permission.levels.map((level) => `\`${level}\``).join(', ')
  const notes = [
    permission.featureFlag &&
      `Only where GitHub ships the \`${permission.featureFlag}\` feature.`,
    permission.caution,
  ].filter(Boolean)
  const plain = [
    `${permission.displayName} (${permission.scope}). Levels: ${permission.levels.join(', ')}.`,
    ...notes,
  ].join(' ')
  const markdown = [
    `**${permission.displayName}**`,
    SCOPE_TEXT[permission.scope],
    `Access levels: ${levels}. \`write\` includes \`read\`; \`admin\` includes \`write\`.`,
    ...notes,
  ].join('\n\n')
  return documented({ enum: [...permission.levels] }, plain, markdown)
}

function undocumentedSchema(permission: UndocumentedPermission): JsonSchema {
  const schema = permissionSchema(permission)
  const why = `Not in GitHub's permission tables: ${permission.source}. The documented permission is \`${permission.documentedAs}\`.`
  return {
    ...schema,
    deprecated: true,
    description: `${schema.description} ${why.replace(/`/g, '')}`,
    markdownDescription: `${schema.markdownDescription}\n\n${why}`,
  }
}

function enterpriseOnlySchema(permission: Permission): JsonSchema {
  const schema = permissionSchema(permission)
  const where = listing(
    platformsWith(permission.name).map((platform) => PLATFORM_NAMES[platform]),
  )
  const note = `Only on ${where}: set platform: in the config.`
  return {
    ...schema,
    description: `${schema.description} ${note}`,
    markdownDescription: `${schema.markdownDescription}\n\n${note.replace('platform:', '`platform:`')}`,
  }
}

/** The JSON Schema of one template document, generated from the catalog. */
export function buildTemplateSchema(
  permissions: readonly Permission[] = PERMISSIONS,
): JsonSchema {
  const permissionProperties = Object.fromEntries([
    ...permissions.map((permission) => [
      permission.name,
      permissionSchema(permission),
    ]),
    // Accepted with a warning (undocumented-permission); an editor shows
    // them struck through, pointing at the documented name.
    ...UNDOCUMENTED_PERMISSIONS.filter(
      (permission) => !permissions.some((p) => p.name === permission.name),
    ).map((permission) => [permission.name, undocumentedSchema(permission)]),
    // Known on their platforms; elsewhere a platform-availability warning.
    ...ENTERPRISE_ONLY_PERMISSIONS.filter(
      (permission) => !permissions.some((p) => p.name === permission.name),
    ).map((permission) => [permission.name, enterpriseOnlySchema(permission)]),
  ])
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: TEMPLATE_SCHEMA_ID,
    title: 'GitHub fine-grained personal access token template',
    description:
      'One token template: the fields of the link that pre-fills GitHub’s “new fine-grained token” form.',
    type: 'object',
    additionalProperties: false,
    properties: {
      name: documented(
        {
          type: 'string',
          minLength: 1,
          maxLength: FIELD_LIMITS.nameMaxLength,
        },
        `Token name shown in GitHub, 1 to ${FIELD_LIMITS.nameMaxLength} characters.`,
      ),
      description: documented(
        { type: 'string', maxLength: FIELD_LIMITS.descriptionMaxLength },
        `What the token is for, at most ${FIELD_LIMITS.descriptionMaxLength} characters.`,
      ),
      target_name: documented(
        { type: 'string', pattern: TARGET_NAME_PATTERN },
        'Resource owner: the user or organization slug whose resources the token reaches. Absent means the person creating the token.',
        'Resource owner: the **user or organization slug** whose resources the token reaches (e.g. `octodemo`). Absent means the person creating the token. Organization permissions need an organization here.',
      ),
      expires_in: documented(
        {
          anyOf: [
            {
              type: 'integer',
              minimum: FIELD_LIMITS.expiresInMinDays,
              maximum: FIELD_LIMITS.expiresInMaxDays,
            },
            { const: 'none' },
          ],
        },
        `Days until the token expires, ${FIELD_LIMITS.expiresInMinDays} to ${FIELD_LIMITS.expiresInMaxDays}, or none for a token that never expires. Absent means ${FIELD_LIMITS.defaultExpiresInDays}.`,
        `Days until the token expires: an integer from ${FIELD_LIMITS.expiresInMinDays} to ${FIELD_LIMITS.expiresInMaxDays}, or \`none\` for a token that never expires (organizations may forbid that). Absent means ${FIELD_LIMITS.defaultExpiresInDays} days.`,
      ),
      justification: documented(
        {
          type: 'string',
          minLength: 1,
          maxLength: FIELD_LIMITS.descriptionMaxLength,
        },
        'Why the token needs its sensitive permissions: shown in the docs table, for the people who approve it. Not part of the link.',
      ),
      repositories: documented(
        { enum: [...REPOSITORY_SELECTIONS] },
        'Which repository access a token request may choose for token-templates review to approve it: selected (Only select repositories, the default; also allows none), all (All repositories; also allows selected and none) or none (Public repositories, read-only). Not part of the link.',
        'Which **Repository access** a token request may choose for `token-templates review` to approve it: `selected` (“Only select repositories”, the default; a request with no repositories passes too), `all` (“All repositories”; also passes selected repositories and none) or `none` (“Public repositories”, read-only access to public repositories only). GitHub’s form has no link parameter for it: the person creating the token chooses it. Not part of the link.',
      ),
      permissions: documented(
        {
          type: 'object',
          additionalProperties: false,
          properties: permissionProperties,
        },
        'Permission name -> access level (read, write or admin, as each permission supports).',
        'Permission name → access level (`read`, `write` or `admin`, as each permission supports). `write` includes `read`; `admin` includes `write`.',
      ),
      endpoints: documented(
        {
          type: 'array',
          items: documented(
            { type: 'string', minLength: 1 },
            'A REST endpoint the token calls: HTTP verb and path, e.g. GET /repos/{owner}/{repo}/contents/{path}.',
            'A REST endpoint the token calls: HTTP verb and path, as a template (`GET /repos/{owner}/{repo}/contents/{path}`) or a concrete path (`GET /repos/octo/hello/pulls/12`).',
          ),
        },
        'The REST endpoints the token calls. Lint then checks the permissions against what they need (missing-permission, excess-permission). Not part of the link.',
        'The REST endpoints the token calls, e.g. `GET /repos/{owner}/{repo}/contents/{path}`. Lint checks `permissions` against what they need, per GitHub’s data: a missing permission is an error (`missing-permission`), one no endpoint needs a warning (`excess-permission`). `token-templates suggest ENDPOINT...` writes the least-privilege template. Not part of the link.',
      ),
      used_by: documented(
        {
          type: 'array',
          // An empty list would check nothing, yet stand down the
          // endpoints-only excess-permission check.
          minItems: 1,
          items: documented(
            { type: 'string', minLength: 1 },
            'A path or glob of code that uses the token, relative to the repository root, e.g. src/**/*.ts or .github/workflows/release.yml.',
            'A path or glob of code that uses the token, relative to the repository root (the directory lint runs in): `src/**/*.ts`, `.github/workflows/release.yml`, `scripts/` (a directory stands for the code files below it). No `..` and no absolute paths.',
          ),
        },
        'The code that uses the token: paths or globs of JavaScript, TypeScript, workflows and shell scripts. Lint finds the GitHub API calls there and checks the permissions against what they need (missing-permission at the call and here, excess-permission, used-by-partial). Not part of the link.',
        'The code that uses the token: paths or globs of JavaScript, TypeScript, workflows (`actions/github-script`, `run:` steps) and shell scripts, relative to the repository root. Lint finds the GitHub API calls there, as `token-templates suggest --from-code` does, and checks `permissions` against what they need, together with any `endpoints:`: a call that needs more is an error at the call and here (`missing-permission`), a permission no call needs a warning (`excess-permission`), calls it cannot resolve a notice that the check is partial (`used-by-partial`). A leading `!` leaves files out (`!scripts/vendor/**`). In workflows only the steps given a token other than the workflow’s own `GITHUB_TOKEN` are counted. Not part of the link.',
      ),
    },
  }
}
