import { suggestTemplate } from '../cli/suggest-command.js'
import type { Suggestion } from '../cli/suggest-command.js'
import { requiredGrant } from '../endpoints/index.js'
import { routeEndpoint } from './resolve-route.js'
import type { Endpoint } from '../endpoints/index.js'
import { notSupportedMessage } from '../rules/endpoint-not-supported.js'
import type { ApiCall } from './api-call.js'

const NOT_IN_DATA =
  "GitHub's permission data does not have this route (it may need no permission)"

/** `src/release.ts:12:9`: where a call is, as lint prints places. */
export const placeOf = (call: ApiCall): string =>
  `${call.file}:${call.line}:${call.column}`

/** Why the template holds a permission: the routes that need it, and the calls of each. */
export interface PermissionReason {
  route: string
  calls: string[]
}

export interface CodeTemplate {
  suggestion: Suggestion
  /** Permission → the routes (and their calls) that need it. */
  reasons: Record<string, PermissionReason[]>
  /** REST calls the template leaves out because GitHub's data does not have their route (a note). */
  leftOut: Array<{ call: ApiCall; why: string }>
  /** REST calls no fine-grained token can make (an error): what to use instead. */
  impossible: Array<{ call: ApiCall; why: string }>
}

/**
 * The least-privilege template for the REST calls found in code, as
 * `suggest` makes it for their routes, with each permission's reason.
 * A route GitHub's data does not have (it may need no permission) is left
 * out, and said so; one fine-grained tokens cannot call is left out too,
 * as an error, with what to use instead.
 */
export function templateForCalls(
  calls: readonly ApiCall[],
  fields: { name?: string; description?: string; target?: string } = {},
): CodeTemplate {
  const byEndpoint = new Map<Endpoint, ApiCall[]>()
  const leftOut: CodeTemplate['leftOut'] = []
  const impossible: CodeTemplate['impossible'] = []
  for (const call of calls) {
    if (call.kind !== 'rest' || call.route === undefined) continue
    const found = routeEndpoint(call.route)
    if (found.kind === 'unsupported') {
      impossible.push({
        call,
        why: notSupportedMessage(call.route, found.lookup),
      })
      continue
    }
    if (found.kind === 'unknown') {
      leftOut.push({ call, why: NOT_IN_DATA })
      continue
    }
    const { endpoint } = found
    byEndpoint.set(endpoint, [...(byEndpoint.get(endpoint) ?? []), call])
  }
  const routes = [...byEndpoint.keys()].map((endpoint) => endpoint.id)
  const suggestion: Suggestion =
    routes.length > 0
      ? suggestTemplate(routes, fields)
      : {
          ok: false,
          problems: ['no REST call was found that needs a permission'],
        }
  return { suggestion, reasons: reasonsFor(byEndpoint), leftOut, impossible }
}

/** For each permission of the chosen grant, the routes whose chosen set holds it. */
function reasonsFor(
  byEndpoint: ReadonlyMap<Endpoint, readonly ApiCall[]>,
): Record<string, PermissionReason[]> {
  const reasons: Record<string, PermissionReason[]> = {}
  for (const { endpoint, set } of requiredGrant([...byEndpoint.keys()]).choices)
    for (const permission of Object.keys(set))
      (reasons[permission] ??= []).push({
        route: endpoint.id,
        calls: (byEndpoint.get(endpoint) ?? []).map(placeOf),
      })
  return reasons
}
