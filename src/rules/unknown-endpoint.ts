import type { EndpointLookup } from '../endpoints/index.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { listedEndpoints } from './template-endpoints.js'

// The engine shows at most 100 findings per file: past this many unknown
// endpoints in one template, messages skip the costly did-you-mean.
const SUGGESTIONS_PER_TEMPLATE = 100

/** Why `text` names no endpoint, and what to write instead. */
export function unknownEndpointMessage(
  text: string,
  lookup: EndpointLookup,
  suggest = true,
): string {
  const written = quote(text.trim())
  if (lookup.kind === 'invalid') {
    return `${written} is not an endpoint: ${lookup.message}`
  }
  if (lookup.kind !== 'unknown') return ''
  // The right path with a wrong verb: the nearest path is no help then.
  if (lookup.otherVerbs.length > 0) {
    const verbs = listing([...lookup.otherVerbs])
    return `unknown endpoint ${written}: GitHub's data has this path only as ${verbs}: check the verb, or remove the endpoint if it needs no permission (GitHub's data lists only endpoints that need one)`
  }
  const suggestion = suggest ? lookup.suggestion : undefined
  if (suggestion !== undefined) {
    return `unknown endpoint ${written}: did you mean "${suggestion}"?`
  }
  return `unknown endpoint ${written}: GitHub's data lists no such endpoint for fine-grained tokens; check the verb and path in the REST API docs, or remove the endpoint if it needs no permission (such as GET /rate_limit)`
}

export const unknownEndpointRule: Rule = {
  id: 'unknown-endpoint',
  defaultSeverity: 'error',
  description: "Every listed endpoint is one GitHub's data knows.",
  docs: [
    "Each item of `endpoints:` is an HTTP verb and a path: a template from the REST API docs (`GET /repos/{owner}/{repo}/pulls/{pull_number}`) or a concrete path (`GET /repos/octo/hello/pulls/12`, also as a full `https://api.github.com/...` URL). One GitHub's data does not list is an error, with the verbs that path does take, or else the nearest endpoint of the same verb.",
    "GitHub's data lists only endpoints that need a permission: endpoints anyone may call (`GET /user`, `GET /rate_limit`) need no entry.",
    '```yaml\nendpoints:\n  - GET /repos/{owner}/{repo}/pull/{pull_number}   # did you mean GET /repos/{owner}/{repo}/pulls/{pull_number}?\n  - PUT /repos/{owner}/{repo}/pulls               # this path is only GET and POST\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    let reported = 0
    for (const { index, text, lookup } of listedEndpoints(template) ?? []) {
      if (lookup.kind !== 'unknown' && lookup.kind !== 'invalid') continue
      reported += 1
      report(
        template.locate(['endpoints', index]),
        unknownEndpointMessage(
          text,
          lookup,
          reported <= SUGGESTIONS_PER_TEMPLATE,
        ),
      )
    }
  }),
}
