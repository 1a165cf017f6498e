import type { Rule } from './rule.js'

/** Reported by the used_by check after the run (src/code/used-by-check.ts); no visitor here. */
export const usedByPartialRule: Rule = {
  id: 'used-by-partial',
  defaultSeverity: 'notice',
  description:
    'The used_by check could judge every GitHub API call in the code a template names.',
  docs: [
    "A template with `used_by:` is checked against the GitHub API calls found in that code (`missing-permission`, `excess-permission`). Some calls cannot be judged: a method name or path built at run time, a GraphQL query (GitHub's data gives no permissions for GraphQL), a route GitHub's permission data does not have, a file that does not parse, a glob that matches no file, a workflow step that hands the token to an action (`actions/checkout` with `token:`: what the action calls is not read), a `run:` step in a shell that is not read (pwsh), or a client whose methods go where the scan cannot follow them. Each is a notice at the call (or file), and one at the template's `used_by:` says the check is partial and why. While it is, `excess-permission` is not reported from the code: an unresolved call may need any permission.",
    '```yaml\n# .github/token-templates/release.yml\nname: Release\npermissions:\n  contents: write\nused_by:\n  - scripts/release.js   # octokit.rest.repos[method](...): the method is chosen at run time\n```',
    "Write the call so that its route can be read (`octokit.rest.repos.createRelease(...)`, `request('POST /repos/{owner}/{repo}/releases')`), list the endpoints it calls under `endpoints:`, or turn the rule off in the config when the code cannot say.",
  ].join('\n\n'),
}
