import type { Grant } from '../endpoints/index.js'
import { alternativeGrants, certaintyNote } from './endpoint-certainty.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import {
  describeGrant,
  endpointLabel,
  listedEndpoints,
  templateGrant,
  templateGrantCheck,
} from './template-endpoints.js'
import { permissionEntries } from './template-fields.js'

/** "add it under permissions:", or how to raise what is there. */
function fix(add: Grant, held: Grant): string {
  const names = Object.keys(add)
  const raised = names.filter((name) => held[name] !== undefined)
  if (names.length === 1 && raised.length === 1) {
    const name = names[0]!
    return `, not just ${held[name]}: raise ${name} to ${add[name]}`
  }
  const low = raised.map((name) => `${name} is ${held[name]} here`)
  const note = low.length > 0 ? ` (${low.join(', ')})` : ''
  return `${note}: ${names.length === 1 ? 'add it' : 'add them'} under permissions:`
}

export const missingPermissionRule: Rule = {
  id: 'missing-permission',
  defaultSeverity: 'error',
  description:
    "The permissions cover every endpoint listed under endpoints, per GitHub's data.",
  docs: [
    "With an `endpoints:` list, each endpoint is looked up in GitHub's data of which permissions fine-grained tokens need for it, and a template that lacks one (or grants too low a level) is an error: the token would get 403 or 404 from that endpoint. The message names the smallest grant that fixes it, and the alternatives when GitHub accepts several. Where GitHub's data is not exact (it marks some endpoints as needing 'additional permissions' without saying whether they are alternatives or needed together), the message says so.",
    '```yaml\nendpoints:\n  - PUT /repos/{owner}/{repo}/contents/{path}   # needs contents: write\npermissions:\n  contents: read\n```',
    '`metadata: read` is never asked for: GitHub adds it to every token with repository access. `token-templates suggest ENDPOINT...` prints a template with exactly the permissions its endpoints need.',
    "With `used_by:` (paths or globs of the code that uses the token), the GitHub API calls found there are checked too: a call that needs more than the template grants is an error at the call, in the code file, and at the template's `used_by:` key. See [docs/endpoints.md](endpoints.md#used_by-check-a-template-against-its-code).",
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    const listed = listedEndpoints(template)
    if (!listed) return
    const held = templateGrant(template)
    // A level that is no level (`contents: Write`) is unsupported-access-level's.
    const unreadable = new Set(
      permissionEntries(template)
        .filter(({ name }) => held[name] === undefined)
        .map(({ name }) => name),
    )
    const { missing } = templateGrantCheck(template, listed)
    for (const { endpoint: item, add } of missing) {
      if (Object.keys(add).some((name) => unreadable.has(name))) continue
      const others = alternativeGrants(item.endpoint, held, add)
      const or =
        others.length > 0
          ? ` (or ${others.map(describeGrant).join(', or ')})`
          : ''
      const note = certaintyNote(item.endpoint, add)
      report(
        template.locate(['endpoints', item.index]),
        `${endpointLabel(item)} needs ${describeGrant(add)}${or}${fix(add, held)}${note ? ` (${note})` : ''}`,
      )
    }
  }),
}
