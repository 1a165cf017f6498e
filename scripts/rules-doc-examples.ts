// One failing example per rule, for docs/rules.md (scripts/generate-rules-doc.ts
// lints each one and shows the real output). A rule without an example fails
// __tests__/rules-doc.test.ts, as does an example that finds nothing of its
// rule or also finds another rule's problems: keep each one to its rule.

/** A template file and what it is linted with. */
export interface RuleExample {
  /** `.github/token-templates/example.yml` (or, with `linkTo`, what it links to). */
  template: string
  /** `.github/token-templates.config.yml`, for rules that need a setting. */
  config?: string
  /**
   * The template file is a symbolic link with this target (relative to
   * its folder), and `template` is written there instead.
   */
  linkTo?: string
  /**
   * Rules the CLI cannot check (target-owner-type): the Action's owner
   * lookups are run on the template instead, the lookup of each name
   * answering as GitHub's API does for such an account.
   */
  ownerTypes?: Readonly<Record<string, 'User' | 'Organization'>>
  /**
   * Rules of `token-templates links`: `template` is a Markdown file,
   * `docs/example.md`, and the example runs `links` on it.
   */
  links?: true
  /** With `links`: a template at `.github/token-templates/example.yml` too. */
  approved?: string
  /** Other files of the repository (the code a template's `used_by` names), by path. */
  files?: Readonly<Record<string, string>>
}

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'account-permission-with-target': {
    template: `name: Gist sync
description: Updates my gists from the build
target_name: octodemo
permissions:
  gists: write
`,
  },
  billing: {
    template: `name: Copilot client
description: Sends Copilot requests from the terminal
permissions:
  copilot_requests: write
`,
  },
  'classic-token-link': {
    links: true,
    template: `Create a [token for the release script](https://github.com/settings/tokens/new?scopes=repo,workflow&description=Release+script).
`,
  },
  'duplicate-name': {
    template: `name: Deploy
description: Deploys the site
permissions:
  contents: read
---
name: deploy
description: Deploys the docs
permissions:
  pages: write
`,
  },
  'empty-file': {
    template: `# The deploy template moved to deploy.yml
`,
  },
  'empty-permissions': {
    template: `name: Public reader
description: Reads public repositories
permissions: {}
`,
  },
  'endpoint-not-supported': {
    template: `name: CI status
description: Reports the build as a check run
endpoints:
  - POST /repos/{owner}/{repo}/check-runs
  - POST /repos/{owner}/{repo}/statuses/{sha}
permissions:
  statuses: write
`,
  },
  'excess-permission': {
    template: `name: Docs reader
description: Reads files of the docs repository
endpoints:
  - GET /repos/{owner}/{repo}/contents/{path}
permissions:
  contents: write
  issues: read
`,
  },
  'feature-gated-permission': {
    template: `name: Provenance
description: Records artifact metadata for releases
permissions:
  artifact_metadata: write
`,
  },
  'forbidden-permission': {
    config: `policy:
  forbidden_permissions:
    - organization_administration
    - administration: write
`,
    template: `name: Organization settings
description: Reads the organization's settings
target_name: octodemo
permissions:
  organization_administration: read
`,
  },
  'hidden-characters': {
    template: `# Shows as "Safecontents: write" where the text is reordered
name: "Safe\\u202Eetirw :stnetnoc"
description: Reads the site's source
permissions:
  contents: read
`,
  },
  'invalid-target-name': {
    template: `name: Org reader
description: Reads the organization's repositories
target_name: https://github.com/octodemo
permissions:
  contents: read
`,
  },
  'link-placeholder': {
    links: true,
    template: `\`\`\`sh
open "https://github.com/settings/personal-access-tokens/new?name=Release&description=Tags+releases&target_name=$OWNER&contents=write"
\`\`\`
`,
  },
  'max-lifetime': {
    config: `policy:
  max_lifetime_days: 90
`,
    template: `name: Release
description: Publishes releases
target_name: octodemo
expires_in: 120
permissions:
  contents: write
`,
  },
  'missing-description': {
    template: `name: Deploy
permissions:
  contents: read
`,
  },
  'missing-name': {
    template: `description: Deploys the site
permissions:
  contents: read
`,
  },
  'missing-permission': {
    template: `name: Docs writer
description: Updates files of the docs repository
endpoints:
  - PUT /repos/{owner}/{repo}/contents/{path}
permissions:
  contents: read
`,
  },
  'mixed-owner-scopes': {
    template: `name: Team and gists
description: Manages team members and my gists
target_name: octodemo
permissions:
  members: write
  gists: write
`,
  },
  'no-expiration': {
    template: `name: Deploy
description: Deploys the site
expires_in: none
permissions:
  contents: read
`,
  },
  'org-permission-needs-org-target': {
    template: `name: Team sync
description: Syncs team members from the directory
permissions:
  members: write
`,
  },
  'permission-not-in-catalog': {
    template: `name: Agent secrets
description: Sets secrets for coding agents
permissions:
  agent_secrets: write
`,
  },
  'platform-availability': {
    config: `platform: ghes-3.20
`,
    template: `name: Codespaces
description: Starts codespaces for the repository
permissions:
  codespaces: write
`,
  },
  'redundant-metadata': {
    template: `name: Reader
description: Reads the repository
permissions:
  contents: read
  metadata: read
`,
  },
  'repeated-link-parameter': {
    links: true,
    template: `[Reader token](https://github.com/settings/personal-access-tokens/new?name=Reader&description=Reads+code&contents=read&contents=write)
`,
  },
  'stale-link': {
    links: true,
    approved: `name: Reader
description: Reads code
expires_in: 7
permissions:
  contents: read
`,
    template: `[Reader token](https://github.com/settings/personal-access-tokens/new?name=Reader&description=Reads+the+code&expires_in=7&contents=read)
`,
  },
  schema: {
    template: `name: Deploy
description: Deploys the site
expires: 30
permissions:
  contents: read
`,
  },
  'sensitive-permission-needs-justification': {
    config: `policy:
  sensitive_permissions:
    - workflows: write
`,
    template: `name: Release bot
description: Pushes release tags and edits workflow files
target_name: octodemo
permissions:
  contents: write
  workflows: write
`,
  },
  'target-not-allowed': {
    config: `policy:
  allowed_targets:
    - octodemo
    - octodemo-*
`,
    template: `name: Reader
description: Reads the repositories of another organization
target_name: octo-org
permissions:
  contents: read
`,
  },
  'target-owner-type': {
    template: `name: Team sync
description: Syncs team members from the directory
target_name: octocat
permissions:
  members: write
`,
    ownerTypes: { octocat: 'User' },
  },
  'unapproved-link': {
    links: true,
    approved: `name: Reader
description: Reads code
expires_in: 7
permissions:
  contents: read
`,
    template: `[Writer token](https://github.com/settings/personal-access-tokens/new?name=Writer&description=Pushes+code&expires_in=7&contents=write)
`,
  },
  'used-by-partial': {
    template: `name: Release
description: Publishes the release notes
expires_in: 30
permissions:
  contents: write
used_by:
  - scripts/release.js
`,
    files: {
      'scripts/release.js': `const { Octokit } = require('@octokit/rest')

async function release(owner, repo, tag, method) {
  const octokit = new Octokit({ auth: process.env.RELEASE_TOKEN })
  await octokit.rest.repos.createRelease({ owner, repo, tag_name: tag })
  await octokit.rest.repos[method]({ owner, repo })
}
`,
    },
  },
  'undocumented-permission': {
    // Copilot requests are billed: a billing notice without this.
    config: `rules:
  billing: off
`,
    template: `name: Copilot client
description: Sends Copilot requests from the terminal
permissions:
  user_copilot_requests: read
`,
  },
  'unknown-endpoint': {
    template: `name: Pull request reader
description: Reads pull requests
endpoints:
  - GET /repos/{owner}/{repo}/pull/{pull_number}
permissions:
  pull_requests: read
`,
  },
  'unknown-permission': {
    template: `name: Reviewer
description: Comments on pull requests
permissions:
  pull_request: write
`,
  },
  'unreadable-file': {
    linkTo: '../../../shared/deploy.yml',
    template: `name: Deploy
description: Deploys the site
permissions:
  contents: read
`,
  },
  'unsupported-access-level': {
    template: `name: Gist reader
description: Reads my gists
permissions:
  gists: read
`,
  },
  'yaml-syntax': {
    template: `name: Deploy
description: Deploys the site
permissions:
  contents: read
  contents: write
`,
  },
}
