import type { MissingCapability } from './types.js'

const PACKAGES: MissingCapability = {
  capability: 'access GitHub Packages',
  instead:
    'use a personal access token (classic) with the read:packages or write:packages scope, or GITHUB_TOKEN inside GitHub Actions',
}
const CHECKS: MissingCapability = {
  capability: 'call the Checks API',
  instead:
    'use a GitHub App with the checks permission, or GITHUB_TOKEN (checks: write) inside GitHub Actions; commit statuses work with the `statuses` permission',
}
const USER_PROJECTS: MissingCapability = {
  capability: 'access Projects owned by a user account',
  instead:
    'use `organization_projects` for projects owned by an organization, or a personal access token (classic) with the project scope for user-owned ones',
}
const SEVERAL_ORGANIZATIONS: MissingCapability = {
  capability: 'access several organizations at once',
  instead:
    'write one template per organization (each with its own target_name), or use a GitHub App installed on each organization',
}
const ENTERPRISE: MissingCapability = {
  capability: 'call the APIs that manage an enterprise account',
  instead:
    'use a personal access token (classic) with the admin:enterprise scope, or a GitHub App installed on the enterprise',
}

/**
 * What fine-grained tokens cannot do, keyed by the permission names people
 * try for it, so that the linter can explain instead of guessing a spelling.
 */
export const MISSING_CAPABILITIES: ReadonlyMap<string, MissingCapability> =
  new Map([
    ['packages', PACKAGES],
    ['package', PACKAGES],
    ['organization_packages', PACKAGES],
    ['read_packages', PACKAGES],
    ['write_packages', PACKAGES],
    ['delete_packages', PACKAGES],
    ['checks', CHECKS],
    ['check_runs', CHECKS],
    ['check_suites', CHECKS],
    ['projects', USER_PROJECTS],
    ['project', USER_PROJECTS],
    ['user_projects', USER_PROJECTS],
    ['read_project', USER_PROJECTS],
    ['organizations', SEVERAL_ORGANIZATIONS],
    ['orgs', SEVERAL_ORGANIZATIONS],
    ['enterprise', ENTERPRISE],
    ['enterprise_administration', ENTERPRISE],
    ['admin_enterprise', ENTERPRISE],
  ])

/**
 * Scopes of classic tokens, which people paste into fine-grained templates,
 * with the fine-grained permissions that cover the same ground.
 */
export const CLASSIC_SCOPES: ReadonlyMap<string, readonly string[]> = new Map<
  string,
  readonly string[]
>([
  ['repo', ['contents', 'issues', 'pull_requests', 'metadata']],
  ['public_repo', ['contents']],
  ['repo:status', ['statuses']],
  ['repo_deployment', ['deployments']],
  ['workflow', ['workflows']],
  ['gist', ['gists']],
  ['notifications', []],
  ['user', ['profile', 'emails', 'followers']],
  ['user:email', ['emails']],
  ['user:follow', ['followers']],
  ['delete_repo', ['administration']],
  ['admin:org', ['organization_administration', 'members']],
  ['read:org', ['members']],
  ['write:org', ['members']],
  ['admin:repo_hook', ['repository_hooks']],
  ['admin:org_hook', ['organization_hooks']],
  ['read:repo_hook', ['repository_hooks']],
  ['write:repo_hook', ['repository_hooks']],
  ['admin:public_key', ['keys']],
  ['read:public_key', ['keys']],
  ['write:public_key', ['keys']],
  ['admin:gpg_key', ['gpg_keys']],
  ['read:gpg_key', ['gpg_keys']],
  ['write:gpg_key', ['gpg_keys']],
  ['admin:ssh_signing_key', ['git_signing_ssh_public_keys']],
  ['read:ssh_signing_key', ['git_signing_ssh_public_keys']],
  ['write:ssh_signing_key', ['git_signing_ssh_public_keys']],
  ['read:discussion', ['team_discussions']],
  ['write:discussion', ['team_discussions']],
  ['manage_runners:org', ['organization_self_hosted_runners']],
  ['codespace', ['codespaces']],
  ['codespace:secrets', ['codespaces_user_secrets']],
  ['read:packages', []],
  ['write:packages', []],
  ['delete:packages', []],
  ['admin:enterprise', []],
  ['security_events', ['security_events']],
])
