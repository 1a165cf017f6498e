/**
 * Names people write for fine-grained permissions that are not the link
 * parameter: the keys of a workflow's `permissions:` block, GitHub App
 * permission names, labels of older copies of GitHub's page. Each says what
 * it grants in fine-grained terms; display names of the current catalog and
 * REST path words are derived elsewhere (see rules/permission-name-meaning).
 */

/** Where a name people write comes from, as a message says it. */
export type NameSource =
  'spelling' | 'display name' | 'actions key' | 'app permission' | 'rest path'

export interface NameMeaning {
  readonly source: NameSource
  /**
   * The fine-grained permissions that grant what the name grants; more
   * than one when the name covers several owners (repository and
   * organization webhooks). Empty: fine-grained tokens have no equivalent.
   */
  readonly permissions: readonly string[]
  /** What to do instead, when `permissions` is empty or needs a caveat. */
  readonly note?: string
}

/**
 * The form a name is compared in: lowercase words joined by `_`, so that
 * "Commit statuses", `pull-requests` and `Pull_Requests` meet.
 */
export function normalizeName(written: string): string {
  return written
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

const OIDC_NOTE =
  'it lets a workflow job request an OpenID Connect token, which only GitHub Actions issues; fine-grained tokens have no equivalent'
const CLASSIC_PROJECTS_NOTE =
  "it grants Projects (classic) of a repository, which fine-grained tokens cannot reach; for an organization's Projects use organization_projects"
const APP_ONLY_TOKEN_REVIEW_NOTE =
  "only GitHub Apps may list and review an organization's fine-grained tokens and token requests; fine-grained tokens have no equivalent"

/*
 * Sources:
 * - Actions: "Controlling permissions for GITHUB_TOKEN" (workflow syntax,
 *   `permissions`): actions, artifact-metadata, attestations, checks,
 *   contents, deployments, discussions, id-token, issues, models, packages,
 *   pages, pull-requests, repository-projects, security-events, statuses.
 *   Those whose normalized form is a permission name (`pull-requests`) or
 *   a capability fine-grained tokens lack (`checks`, `packages`) need no row.
 * - GitHub Apps: the "app-permissions" schema of github/rest-api-description.
 *   Rows only where the App name differs from the fine-grained one.
 * - Labels that the seed copy of GitHub's page used and the later copy
 *   renamed (differences of case alone are covered by normalizeName).
 */
const CURATED: ReadonlyArray<readonly [string, NameMeaning]> = [
  ['id_token', { source: 'actions key', permissions: [], note: OIDC_NOTE }],
  [
    'repository_projects',
    { source: 'actions key', permissions: [], note: CLASSIC_PROJECTS_NOTE },
  ],
  [
    'single_file',
    {
      source: 'app permission',
      permissions: [],
      note: 'fine-grained tokens cannot be limited to one file: contents grants every file of the repositories the token may access',
    },
  ],
  ['email_addresses', { source: 'app permission', permissions: ['emails'] }],
  ['git_ssh_keys', { source: 'app permission', permissions: ['keys'] }],
  [
    'organization_personal_access_tokens',
    {
      source: 'app permission',
      permissions: [],
      note: APP_ONLY_TOKEN_REVIEW_NOTE,
    },
  ],
  [
    'organization_personal_access_token_requests',
    {
      source: 'app permission',
      permissions: [],
      note: APP_ONLY_TOKEN_REVIEW_NOTE,
    },
  ],
  [
    'code_scanning_dismissal_requests',
    {
      source: 'display name',
      permissions: ['organization_code_scanning_dismissal_requests'],
    },
  ],
  [
    'private_registries',
    {
      source: 'display name',
      permissions: ['organization_private_registries'],
    },
  ],
]

/** Names of workflows, Apps and older pages, by normalized name. */
export const CURATED_NAMES: ReadonlyMap<string, NameMeaning> = new Map(CURATED)
