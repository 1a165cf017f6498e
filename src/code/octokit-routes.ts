import { closestMatch } from '../common/did-you-mean.js'
import { OCTOKIT_METHOD_ROWS } from './octokit-methods.js'

/** The route an Octokit method calls, and what the table says of it. */
export interface OctokitMethod {
  /** `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
  route: string
  /** For an alias of a renamed method: its new name, `scope.method`. */
  renamedTo?: string
  deprecated: boolean
  /** The API host when it is not the usual one (`uploads.github.com`). */
  host?: string
}

let table: Map<string, OctokitMethod> | undefined

/** The table by `scope.method`, read from the generated rows on first use. */
function methods(): Map<string, OctokitMethod> {
  if (table) return table
  table = new Map()
  for (const row of OCTOKIT_METHOD_ROWS) {
    const [name, verb, path, ...marks] = row.split(' ')
    table.set(name!, {
      route: `${verb} ${path}`,
      deprecated: marks.includes('!deprecated'),
      ...Object.fromEntries(
        marks.flatMap((mark) =>
          mark.startsWith('>')
            ? [['renamedTo', mark.slice(1)]]
            : mark.startsWith('@')
              ? [['host', mark.slice(1)]]
              : [],
        ),
      ),
    })
  }
  return table
}

/** `octokit.rest.issues.createComment` → its route; undefined if Octokit has no such method. */
export function octokitMethod(
  scope: string,
  method: string,
): OctokitMethod | undefined {
  return methods().get(`${scope}.${method}`)
}

/** Whether `scope` is one of Octokit's REST scopes (`issues`, `repos`, ...). */
export function isOctokitScope(scope: string): boolean {
  for (const name of methods().keys())
    if (name.startsWith(`${scope}.`)) return true
  return false
}

/** The closest real method to a misspelt one, `issues.createComment`; undefined if none is close. */
export function closestOctokitMethod(
  scope: string,
  method: string,
): string | undefined {
  return closestMatch(`${scope}.${method}`, [...methods().keys()])
}
