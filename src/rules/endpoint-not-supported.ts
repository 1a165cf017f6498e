import type { EndpointLookup } from '../endpoints/index.js'
import { quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { listedEndpoints } from './template-endpoints.js'

/** That fine-grained tokens cannot call it, and what to use instead. */
export function notSupportedMessage(
  text: string,
  lookup: Extract<EndpointLookup, { kind: 'unsupported' }>,
): string {
  return `${lookup.reason} (${quote(text.trim())}), whatever the permissions: ${lookup.capability.instead}`
}

export const endpointNotSupportedRule: Rule = {
  id: 'endpoint-not-supported',
  defaultSeverity: 'error',
  description: 'Every listed endpoint is one fine-grained tokens can call.',
  docs: [
    'Some REST APIs refuse fine-grained personal access tokens whatever their permissions: the Checks API (check runs and suites), GitHub Packages, Projects owned by a user, and the APIs that manage an enterprise. An endpoint of theirs under `endpoints:` is an error, with what to use instead: a GitHub App, `GITHUB_TOKEN` inside Actions, or a classic token.',
    '```yaml\nendpoints:\n  - POST /repos/{owner}/{repo}/check-runs   # use a GitHub App with the checks permission\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const { index, text, lookup } of listedEndpoints(template) ?? []) {
      if (lookup.kind !== 'unsupported') continue
      report(
        template.locate(['endpoints', index]),
        `${notSupportedMessage(text, lookup)}; then remove it from this template`,
      )
    }
  }),
}
