import type { PermissionCatalog } from '../catalog/index.js'
import { listing, quote } from '../common/quote.js'
import { isPlainObject } from '../common/values.js'
import { checkGrant, findDataPermission } from '../endpoints/index.js'
import type { Endpoint, Grant } from '../endpoints/index.js'
import type { Finding, Position, RuleLevel } from '../lint/finding.js'
import { alternativeGrants } from '../rules/endpoint-certainty.js'
import { notSupportedMessage } from '../rules/endpoint-not-supported.js'
import { findRule } from '../rules/index.js'
import type { TemplateView } from '../rules/rule.js'
import {
  describeGrant,
  isFullyUnderstood,
  knownEndpoints,
  listedEndpoints,
  templateGrant,
} from '../rules/template-endpoints.js'
import { permissionEntries } from '../rules/template-fields.js'
import { showHiddenCharacters } from '../common/hidden-characters.js'
import { routeEndpoint } from './resolve-route.js'
import type { ApiCall } from './api-call.js'
import type { CodeScan } from './find-calls.js'

export { usedByPatterns } from './used-by-patterns.js'

/** A linted template with `used_by`: what the check reads of it. */
export interface UsedByTemplate {
  file: string
  documentIndex: number
  fields: Readonly<Record<string, unknown>>
  line: number
  locate: TemplateView['locate']
}

/** A template and what its `used_by` globs hold. */
export interface UsedByScan {
  template: UsedByTemplate
  scan: CodeScan
}

export interface UsedByOptions {
  catalog: PermissionCatalog
  ruleLevels?: Readonly<Record<string, RuleLevel>>
}

type Report = (
  rule: string,
  file: string,
  at: Position,
  message: string,
) => void

/** A REST call the data knows, as `checkGrant` takes it. */
interface CallNeed {
  id: string
  sets: Endpoint['sets']
  endpoint: Endpoint
  call?: ApiCall
}

const placeOf = (call: ApiCall) => `${call.file}:${call.line}:${call.column}`

/** The call's place: its source's first line marks how far it reaches. */
function callPosition(call: ApiCall): Position {
  const length = call.source.split(/\r?\n/)[0]!.length
  return {
    line: call.line,
    column: call.column,
    endLine: call.line,
    endColumn: call.column + Math.max(length, 1),
  }
}

/** `"Release" (.github/token-templates/release.yml:1)`, or the place alone. */
function templateLabel(template: UsedByTemplate): string {
  const place = `${template.file}:${template.line}`
  const name = template.fields.name
  return typeof name === 'string' && name !== ''
    ? `${quote(name)} (${place})`
    : place
}

/** `contents: read`, or `no contents` for each permission `add` names. */
function heldOf(add: Grant, held: Grant): string {
  return listing(
    Object.keys(add).map((name) =>
      held[name] ? `${name}: ${held[name]}` : `no ${name}`,
    ),
  )
}

/** `raise contents to write`, or `add ... under permissions:`. */
function fixOf(add: Grant, held: Grant): string {
  const names = Object.keys(add)
  if (names.length === 1 && held[names[0]!])
    return `raise ${names[0]} to ${add[names[0]!]}`
  return `add ${describeGrant(add)} under permissions:`
}

/** Why the check is partial: the calls and files it could not judge. */
function partialReasons(scan: CodeScan, unknown: readonly ApiCall[]): string[] {
  const reasons: string[] = []
  const count = (n: number, one: string, many: string) =>
    `${n} ${n === 1 ? one : many}`
  const unresolved = scan.calls.filter((call) => call.kind === 'unresolved')
  const graphql = scan.calls.filter((call) => call.kind === 'graphql')
  if (unresolved.length)
    reasons.push(
      `${count(unresolved.length, 'call', 'calls')} not resolved to a route (first ${placeOf(unresolved[0]!)})`,
    )
  if (graphql.length)
    reasons.push(
      `${count(graphql.length, 'GraphQL call', 'GraphQL calls')} (first ${placeOf(graphql[0]!)}), whose permissions GitHub's data does not give`,
    )
  if (unknown.length)
    reasons.push(
      `${count(unknown.length, 'route', 'routes')} GitHub's permission data does not have (first ${placeOf(unknown[0]!)})`,
    )
  if (scan.syntaxErrors.length)
    reasons.push(
      `${count(scan.syntaxErrors.length, 'file that does not parse', 'files that do not parse')} (${scan.syntaxErrors[0]!.file})`,
    )
  const first = (places: CodeScan['skipped']) =>
    `${places[0]!.file}:${places[0]!.line}: ${places[0]!.message}`
  const notRead = scan.skipped.filter((place) => place.kind === 'shell')
  const handed = scan.skipped.filter((place) => place.kind === 'action')
  if (notRead.length)
    reasons.push(
      `${count(notRead.length, 'step', 'steps')} not read (${first(notRead)})`,
    )
  if (handed.length)
    reasons.push(
      `${count(handed.length, 'step hands', 'steps hand')} the token to an action not read (${first(handed)})`,
    )
  if (scan.unmatched.length)
    reasons.push(
      `${listing(scan.unmatched.map((pattern) => quote(pattern)))} ${scan.unmatched.length === 1 ? 'matches' : 'match'} no file`,
    )
  if (scan.unread.length)
    reasons.push(
      `${count(scan.unread.length, 'file', 'files')} not read (${scan.unread[0]!.file}: ${scan.unread[0]!.reason})`,
    )
  return reasons
}

/** Notices at each call and file the check could not judge. */
function reportPartialPlaces(
  scan: CodeScan,
  unknown: readonly ApiCall[],
  report: Report,
): void {
  for (const call of scan.calls) {
    if (call.kind === 'rest') continue
    const what =
      call.kind === 'graphql'
        ? "a GraphQL call: GitHub's data gives no permissions for GraphQL"
        : 'a call not resolved to a REST route'
    report(
      'used-by-partial',
      call.file,
      callPosition(call),
      `${what}${call.reason ? ` (${shownCode(call.reason)})` : ''}: the used_by check cannot say what it needs; check its permissions by hand`,
    )
  }
  for (const call of unknown)
    report(
      'used-by-partial',
      call.file,
      callPosition(call),
      `${shownCode(call.route ?? '')} (${shownCode(call.source)}) is not in GitHub's permission data (it may need no permission): the used_by check cannot say what it needs`,
    )
  for (const problem of scan.syntaxErrors)
    report(
      'used-by-partial',
      problem.file,
      {
        line: problem.line,
        column: problem.column,
        endLine: problem.line,
        endColumn: problem.column + 1,
      },
      `this code does not parse (${problem.message}): its GitHub API calls are not checked against the token`,
    )
  for (const place of scan.skipped)
    report(
      'used-by-partial',
      place.file,
      {
        line: place.line,
        column: place.column,
        endLine: place.line,
        endColumn: place.column + 1,
      },
      place.kind === 'action'
        ? `${place.message}: what it calls is not checked`
        : `${place.message}: its GitHub API calls are not checked against the token`,
    )
}

/** A notice at each `used_by` item that matches no file: a typo, or code moved. */
function reportUnmatched(
  template: UsedByTemplate,
  unmatched: readonly string[],
  report: Report,
): void {
  const list = template.fields.used_by as unknown[]
  for (const pattern of unmatched)
    report(
      'used-by-partial',
      template.file,
      template.locate(['used_by', list.indexOf(pattern)]),
      `${quote(pattern)} matches no file: the calls of the code it names are not checked; fix the path, or remove it`,
    )
}

/** The view the endpoint helpers take, for a template the run linted. */
function viewOf(
  template: UsedByTemplate,
  catalog: PermissionCatalog,
): TemplateView {
  return {
    file: template.file,
    documentIndex: template.documentIndex,
    fields: template.fields,
    schemaErrors: [],
    catalog,
    locate: template.locate,
    start: () => template.locate([]),
  }
}

/**
 * Text from code in a message, with hidden characters (bidi controls,
 * zero-width) shown as `\u{202e}`, as quote() shows them: a route or call
 * written with one must not read reordered in an annotation.
 */
const shownCode = (text: string) =>
  showHiddenCharacters(text, (code) => `\\u{${code.toString(16)}}`)

/** The REST calls sorted by what the data says of their route. */
function sortCalls(scan: CodeScan) {
  const needs: CallNeed[] = []
  const unknown: ApiCall[] = []
  const impossible: Array<{ call: ApiCall; why: string }> = []
  for (const call of scan.calls) {
    if (call.kind !== 'rest' || call.route === undefined) continue
    // By template, never as a concrete path (see routeEndpoint).
    const found = routeEndpoint(call.route)
    if (found.kind === 'endpoint')
      needs.push({
        id: found.endpoint.id,
        sets: found.endpoint.sets,
        endpoint: found.endpoint,
        call,
      })
    else if (found.kind === 'unsupported')
      impossible.push({
        call,
        why: notSupportedMessage(call.route, found.lookup),
      })
    else unknown.push(call)
  }
  return { needs, unknown, impossible }
}

/** Checks one template against its calls; reports through `report`. */
function checkTemplate(
  { template, scan }: UsedByScan,
  catalog: PermissionCatalog,
  report: Report,
): void {
  // No permissions map: the schema rule says so, and there is no grant.
  if (!isPlainObject(template.fields.permissions)) return
  const view = viewOf(template, catalog)
  const at = template.locate(['used_by'], 'key')
  const { needs, unknown, impossible } = sortCalls(scan)
  for (const { call, why } of impossible)
    report(
      'endpoint-not-supported',
      call.file,
      callPosition(call),
      `${why}; this call cannot use the token of ${templateLabel(template)}`,
    )
  reportPartialPlaces(scan, unknown, report)
  reportUnmatched(template, scan.unmatched, report)

  const held = templateGrant(view)
  // A level that is no level is unsupported-access-level's: not judged.
  const unreadable = new Set(
    permissionEntries(view)
      .filter(({ name }) => held[name] === undefined)
      .map(({ name }) => name),
  )
  const listed = listedEndpoints(view) ?? []
  const all: CallNeed[] = [...needs, ...knownEndpoints(listed)]
  const check = checkGrant(all, held)
  const missingByRoute = new Map<string, { add: Grant; calls: ApiCall[] }>()
  for (const { endpoint: need, add } of check.missing) {
    // Listed endpoints are missing-permission's own, at the list.
    if (!need.call) continue
    if (Object.keys(add).some((name) => unreadable.has(name))) continue
    const others = alternativeGrants(need.endpoint, held, add)
    const or =
      others.length > 0
        ? ` (or ${others.map(describeGrant).join(', or ')})`
        : ''
    report(
      'missing-permission',
      need.call.file,
      callPosition(need.call),
      `${shownCode(need.call.route ?? '')} (${shownCode(need.call.source)}) needs ${describeGrant(add)}${or}; the token of ${templateLabel(template)} grants ${heldOf(add, held)}`,
    )
    const key = `${need.id} ${describeGrant(add)}`
    const entry = missingByRoute.get(key) ?? { add, calls: [] }
    entry.calls.push(need.call)
    missingByRoute.set(key, entry)
  }
  for (const { add, calls } of missingByRoute.values()) {
    const first = calls[0]!
    const more =
      calls.length > 1
        ? ` (and ${calls.length - 1} more ${calls.length === 2 ? 'call' : 'calls'})`
        : ''
    report(
      'missing-permission',
      template.file,
      at,
      `${placeOf(first)} calls ${first.route}${more}, which needs ${describeGrant(add)}: ${fixOf(add, held)}`,
    )
  }

  const reasons = partialReasons(scan, unknown)
  if (reasons.length > 0) {
    report(
      'used-by-partial',
      template.file,
      at,
      `the used_by check is partial: ${reasons.join('; ')}; excess-permission is not checked while it is`,
    )
    return
  }
  reportExcess(view, template, check.excess, listed.length > 0, report)
}

/** Permissions, or levels, no call (nor listed endpoint) needs. */
function reportExcess(
  view: TemplateView,
  template: UsedByTemplate,
  excess: ReturnType<typeof checkGrant>['excess'],
  hasList: boolean,
  report: Report,
): void {
  const listed = listedEndpoints(view)
  // An endpoint not understood may need any permission: say nothing.
  if (listed && !isFullyUnderstood(view, listed)) return
  const what = hasList
    ? 'the calls in used_by and the listed endpoints'
    : 'the calls in used_by'
  for (const { permission, granted, needed } of excess) {
    // The REST data cannot vouch that a permission it lacks is unused.
    if (!findDataPermission(permission)) continue
    const levels = view.catalog.find(permission)?.levels
    if (levels && !levels.includes(granted)) continue
    if (needed)
      report(
        'excess-permission',
        template.file,
        template.locate(['permissions', permission]),
        `${what} need only ${permission}: ${needed}, not ${granted}: lower it to ${needed}`,
      )
    else
      report(
        'excess-permission',
        template.file,
        template.locate(['permissions', permission], 'key'),
        `none of ${what} needs ${permission}: remove it${hasList ? '' : ', or add the code that needs it to used_by'}`,
      )
  }
}

/**
 * The findings of the `used_by` check: each template's permissions against
 * the GitHub API calls found in its code (and its `endpoints:`), at the
 * levels the config gives the rules.
 */
export function usedByFindings(
  scans: readonly UsedByScan[],
  options: UsedByOptions,
): Finding[] {
  const findings: Finding[] = []
  const report: Report = (rule, file, at, message) => {
    const level =
      options.ruleLevels?.[rule] ?? findRule(rule)?.defaultSeverity ?? 'off'
    if (level === 'off') return
    findings.push({ file, ...at, severity: level, rule, message })
  }
  for (const scan of scans) checkTemplate(scan, options.catalog, report)
  return findings
}
