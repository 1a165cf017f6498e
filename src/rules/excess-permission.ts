import { namesCode } from '../code/used-by-patterns.js'
import { findDataPermission } from '../endpoints/index.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import {
  isFullyUnderstood,
  listedEndpoints,
  templateGrantCheck,
} from './template-endpoints.js'

export const excessPermissionRule: Rule = {
  id: 'excess-permission',
  defaultSeverity: 'warning',
  description:
    'With endpoints listed (or used_by code), no permission (or level) is granted that none of them needs.',
  docs: [
    'With an `endpoints:` list, a granted permission that none of the listed endpoints needs, or a level higher than they need, is reported: a token should hold the least privilege that does the job. Remove the permission, lower its level, or list the endpoint it is for. Where an endpoint accepts any one of several permissions, only the one the template relies on is needed.',
    '```yaml\nendpoints:\n  - GET /repos/{owner}/{repo}/contents/{path}\npermissions:\n  contents: write   # the listed endpoints need only contents: read\n  issues: read      # no listed endpoint needs issues\n```',
    "Never reported: `metadata: read` (GitHub adds it to every token with repository access), permissions GitHub's REST data does not know (GraphQL-only ones such as `discussions`), and templates whose list has an endpoint the data does not know (fix `unknown-endpoint` first). Without `endpoints:` or `used_by:` this rule does nothing. With `used_by:` (the code that uses the token), a permission that none of the calls found there (nor any listed endpoint) needs is reported the same way; see [docs/endpoints.md](endpoints.md#used_by-check-a-template-against-its-code).",
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    // With used_by, the check after the run weighs the code's calls and
    // the list together: one verdict, not two that may disagree.
    if (namesCode(template.fields)) return
    const listed = listedEndpoints(template)
    if (!listed) return
    // An endpoint not understood may need any permission: say nothing.
    if (!isFullyUnderstood(template, listed)) return
    const check = templateGrantCheck(template, listed)
    const unpublished = check.unpublished.map((item) => item.endpoint.id)
    const caveat =
      unpublished.length > 0
        ? ` (GitHub's data names no permission for ${listing(unpublished.map((id) => quote(id)))}, which may need it)`
        : ''
    for (const { permission, granted, needed } of check.excess) {
      // The REST data cannot vouch that a permission it lacks is unused.
      if (!findDataPermission(permission)) continue
      // A level the permission does not have is unsupported-access-level's.
      const levels = template.catalog.find(permission)?.levels
      if (levels && !levels.includes(granted)) continue
      if (needed) {
        report(
          template.locate(['permissions', permission]),
          `the listed endpoints need only ${permission}: ${needed}, not ${granted}: lower it to ${needed}${caveat}`,
        )
      } else {
        report(
          template.locate(['permissions', permission], 'key'),
          `none of the listed endpoints needs ${permission}: remove it, or list the endpoint it is for under endpoints:${caveat}`,
        )
      }
    }
  }),
}
