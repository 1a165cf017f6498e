import { parse } from '@babel/parser'
import type { ParserOptions, ParserPlugin } from '@babel/parser'
import type { ApiCall, CallKind, EmbeddedAt } from './api-call.js'
import { WHOLE_FILE } from './api-call.js'
import { redact } from './redact.js'
import {
  closestOctokitMethod,
  isOctokitScope,
  octokitMethod,
} from './octokit-routes.js'
import {
  resolveConcreteRequest,
  resolveTemplateRoute,
} from './resolve-route.js'

/** Where a file stops parsing: 1-based, in the file's coordinates. */
export interface JsSyntaxError {
  line: number
  column: number
  message: string
}

/**
 * The calls found, and the syntax error when the parser gave up. After a
 * syntax error, `calls` holds what could be read around it (the code
 * before it, and after it when dropping the broken line was enough), never
 * a guess; the caller reports the error and knows the list may be partial.
 */
export interface JsCalls {
  calls: ApiCall[]
  syntaxError?: JsSyntaxError
}

export interface JsCallOptions {
  /** The body of an `actions/github-script` step: `github` is a client, top-level `await` and `return` are allowed, `${{ }}` is masked. */
  githubScript?: boolean
  /**
   * For a check that must not miss a call (`used_by`): what only looks like
   * a call is reported unresolved rather than left out. The older
   * `X.scope.method(...)` form on a value not known to be a client, when
   * `scope.method` is exactly one of Octokit's methods; and, in a
   * github-script body, a local script it runs (`require('./x.js')`).
   */
  cautious?: boolean
}

/**
 * The GitHub API calls in JavaScript or TypeScript source: Octokit methods,
 * `request`/`paginate` routes, GraphQL, and `fetch` to the API host.
 */
export function findJsCalls(
  source: string,
  file: string,
  at: EmbeddedAt = WHOLE_FILE,
  options: JsCallOptions = {},
): JsCalls {
  const githubScript = options.githubScript === true
  const text = githubScript ? maskExpressions(source) : source
  const parsed = parseLeniently(text, parserAttempts(file, githubScript))
  const place = placer(at)
  const syntaxError = parsed.error && {
    ...place(parsed.error),
    message: parsed.error.message,
  }
  const calls = parsed.ast
    ? scanCalls(parsed.ast, {
        source,
        file,
        place,
        githubScript,
        cautious: options.cautious === true,
      })
    : []
  return syntaxError ? { calls, syntaxError } : { calls }
}

// ---------------------------------------------------------------- nodes

/** A babel node, loosely: the walker and matchers only need these fields. */
interface Node {
  type: string
  start?: number | null
  end?: number | null
  loc?: { start: Position } | null
  [key: string]: unknown
}

interface Position {
  line: number
  column: number
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string'

const child = (node: Node, key: string): Node | undefined => {
  const value = node[key]
  return isNode(value) ? value : undefined
}

const children = (node: Node, key: string): Node[] => {
  const value = node[key]
  return Array.isArray(value) ? value.filter(isNode) : []
}

// Position and comment fields are not part of the tree.
const SKIPPED_KEYS = new Set([
  'loc',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'comments',
  'tokens',
  'errors',
])

/** Every node under `root`, parents first, in source order (no recursion: deep code must not overflow the stack). */
function allNodes(root: Node): Node[] {
  const found: Node[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    found.push(node)
    const next: Node[] = []
    for (const [key, value] of Object.entries(node)) {
      if (SKIPPED_KEYS.has(key)) continue
      if (isNode(value)) next.push(value)
      else if (Array.isArray(value)) next.push(...value.filter(isNode))
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!)
  }
  return found
}

// TypeScript and parentheses wrap an expression without changing what it is.
const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'ParenthesizedExpression',
  'AwaitExpression',
])

function unwrap(node: Node | undefined): Node | undefined {
  let current = node
  while (current && WRAPPERS.has(current.type))
    current = child(current, 'expression') ?? child(current, 'argument')
  return current
}

/** Narrowing to these keeps `Node` in the other branch. */
type MemberNode = Node & { object: Node; property: Node }
type CallNode = Node & { callee: Node; arguments: Node[] }

const isMember = (node: Node | undefined): node is MemberNode =>
  node?.type === 'MemberExpression' || node?.type === 'OptionalMemberExpression'

const isCall = (node: Node | undefined): node is CallNode =>
  node?.type === 'CallExpression' || node?.type === 'OptionalCallExpression'

/** A member's property name; undefined when it is computed at run time. */
function propertyName(member: Node): string | undefined {
  const property = child(member, 'property')
  if (!property) return undefined
  if (!member.computed && property.type === 'Identifier')
    return property.name as string
  if (property.type === 'PrivateName')
    return `#${child(property, 'id')?.name as string}`
  if (property.type === 'StringLiteral') return property.value as string
  if (
    property.type === 'TemplateLiteral' &&
    children(property, 'expressions').length === 0
  )
    return cooked(children(property, 'quasis')[0])
  return undefined
}

const cooked = (quasi: Node | undefined): string => {
  const value = quasi?.value as
    { cooked?: string | null; raw: string } | undefined
  return value?.cooked ?? value?.raw ?? ''
}

/** `a.b[c].d` → properties `b`, undefined (computed), `d`, with the object each is read from (`a`, `a.b`, `a.b[c]`). */
function memberChain(node: Node): {
  props: (string | undefined)[]
  objects: Node[]
} {
  const props: (string | undefined)[] = []
  const objects: Node[] = []
  let current = unwrap(node)!
  while (isMember(current)) {
    props.unshift(propertyName(current))
    const object = unwrap(child(current, 'object'))!
    objects.unshift(object)
    current = object
  }
  return { props, objects }
}

/** `octokit`, `this.octokit`, `context.octokit`: a name for a client-holding expression. */
function keyOf(node: Node | undefined): string | undefined {
  const bare = unwrap(node)
  if (!bare) return undefined
  if (bare.type === 'Identifier') return bare.name as string
  if (bare.type === 'ThisExpression') return 'this'
  if (!isMember(bare)) return undefined
  const object = keyOf(child(bare, 'object'))
  const name = propertyName(bare)
  return object && name ? `${object}.${name}` : undefined
}

// ---------------------------------------------------------------- parsing

const TS_FILE = /\.(?:ts|mts|cts)$/i
const TSX_FILE = /\.tsx$/i

/**
 * The parser settings to try, best first. TypeScript files parse as
 * TypeScript. JavaScript parses as JavaScript first: the TypeScript grammar
 * reads some valid JavaScript differently (`a < b > (c)` is a generic
 * call) and rejects Flow; it is the fallback, for `.js` files that carry
 * type annotations anyway. Modules first, then scripts (`with`, octal
 * escapes, `let` as a name).
 */
function parserAttempts(file: string, githubScript: boolean): ParserOptions[] {
  const ts: ParserPlugin[] = TSX_FILE.test(file)
    ? ['typescript', 'jsx', 'decorators-legacy']
    : ['typescript', 'decorators-legacy']
  const js: ParserPlugin[] = ['jsx', 'decorators']
  const grammars =
    TS_FILE.test(file) || TSX_FILE.test(file)
      ? [ts]
      : [js, ['typescript', 'jsx', 'decorators-legacy'] as ParserPlugin[]]
  const base = { errorRecovery: true, attachComment: false }
  if (githubScript)
    // github-script runs the body inside an async function.
    return grammars.map((plugins) => ({
      ...base,
      plugins,
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    }))
  return grammars.flatMap((plugins) => [
    { ...base, plugins, sourceType: 'module' },
    {
      ...base,
      plugins,
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    },
  ])
}

interface ParseError extends Position {
  message: string
  /** Offset in the text. */
  pos: number
}

/** Babel's thrown error, or undefined for something else (a bug, rethrown). */
function parseError(error: unknown): ParseError | undefined {
  const e = error as { loc?: Position; pos?: number; message?: string }
  if (!(error instanceof SyntaxError) || !e.loc) return undefined
  return {
    line: e.loc.line,
    column: e.loc.column,
    pos: e.pos ?? 0,
    // Babel ends with `(line:column)` and often a full stop: the caller
    // adds its own words after the message.
    message: (e.message ?? '')
      .replace(/\s*\(\d+:\d+\)$/, '')
      .replace(/\.$/, ''),
  }
}

function tryParse(
  text: string,
  options: ParserOptions,
): { ast: Node } | { error: ParseError } {
  try {
    return { ast: parse(text, options) as unknown as Node }
  } catch (thrown) {
    const error = parseError(thrown)
    if (!error) throw thrown
    return { error }
  }
}

/**
 * The first settings that parse; when none do, the first one's error and
 * whatever tree salvaging can get around it. Babel's `errorRecovery` only
 * recovers from errors that leave the tree whole (a redeclared name); an
 * unexpected token still throws.
 */
function parseLeniently(
  text: string,
  attempts: ParserOptions[],
): { ast?: Node; error?: ParseError } {
  let first: ParseError | undefined
  for (const options of attempts) {
    const result = tryParse(text, options)
    if ('ast' in result) return { ast: result.ast }
    first ??= result.error
  }
  const options = attempts[0]!
  const ast =
    dropBrokenLines(text, first!, options) ?? cutBefore(text, first!, options)
  return ast ? { ast, error: first } : { error: first }
}

const SALVAGE_TRIES = 20

/** Whether the parser ran out of text: something is left open. */
const atEnd = (text: string, error: ParseError): boolean =>
  error.pos >= text.trimEnd().length

const linesBefore = (text: string, line: number): string =>
  text
    .split(/(?<=\n)/)
    .slice(0, line - 1)
    .join('')

/**
 * Blank each line the parser stops at (spaces keep every offset) until the
 * rest parses: a broken statement in the middle leaves the calls on both
 * sides. Not for unterminated comments or templates, whose blanking would
 * turn their text into code, nor for something left open at the end.
 */
function dropBrokenLines(
  text: string,
  error: ParseError,
  options: ParserOptions,
): Node | undefined {
  let current = text
  let at = error
  for (let i = 0; i < SALVAGE_TRIES; i++) {
    if (/^Unterminated (?:comment|template)/.test(at.message)) return undefined
    if (atEnd(current, at)) return undefined
    const blanked = blankLine(current, at.line)
    if (blanked === current) return undefined
    current = blanked
    const result = tryParse(current, options)
    if ('ast' in result) return result.ast
    at = result.error
  }
  return undefined
}

function blankLine(text: string, line: number): string {
  const lines = text.split(/(?<=\n)/)
  const target = lines[line - 1]
  if (target === undefined) return text
  lines[line - 1] = target.replace(/[^\r\n]/g, ' ')
  return lines.join('')
}

/**
 * The code before the error line (all of it when something is left open at
 * the end), closed with the tokens the parser asks for: the calls before
 * the error, never a line after it.
 */
function cutBefore(
  text: string,
  error: ParseError,
  options: ParserOptions,
): Node | undefined {
  let current = atEnd(text, error) ? text : linesBefore(text, error.line)
  for (let i = 0; i < SALVAGE_TRIES; i++) {
    const result = tryParse(current, options)
    if ('ast' in result) return result.ast
    const closed = atEnd(current, result.error)
      ? close(current, result.error, options)
      : undefined
    if (closed !== undefined) current = closed
    else if (result.error.line > 1)
      current = linesBefore(current, result.error.line)
    else return undefined
  }
  return undefined
}

/** The text with the closer the parser wants at its end (or the first of `)`, `}`, `]` it reads past). */
function close(
  text: string,
  error: ParseError,
  options: ParserOptions,
): string | undefined {
  const expected = /expected "([^"]+)"/.exec(error.message)?.[1]
  for (const closer of expected ? [expected] : [')', '}', ']']) {
    const next = `${text}\n${closer}`
    const result = tryParse(next, options)
    if ('ast' in result || result.error.pos >= next.length) return next
  }
  return undefined
}

/**
 * github-script substitutes `${{ }}` before running the body: mask each
 * with `_` of the same length (line breaks kept, so every position stays)
 * so it reads as a name inside code and as text inside strings.
 */
export function maskExpressions(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const start = text.indexOf('${{', i)
    if (start < 0) break
    const end = expressionEnd(text, start + 3)
    out +=
      text.slice(i, start) + text.slice(start, end).replace(/[^\r\n]/g, '_')
    i = end
  }
  return out + text.slice(i)
}

/** The offset after an expression's `}}`; quoted strings in it may hold `}}`. */
function expressionEnd(text: string, from: number): number {
  let quoted = false
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted
    else if (!quoted && text.startsWith('}}', i)) return i + 2
  }
  return text.length
}

// ---------------------------------------------------------------- bindings

interface Scan {
  source: string
  file: string
  place: (position: Position) => { line: number; column: number }
  githubScript: boolean
  cautious: boolean
}

/** What the file binds, by name (file-wide: scopes are not tracked). */
interface Bindings {
  /** Client instances: `octokit`, `this.client`. */
  clients: Set<string>
  /**
   * Names holding a part of a client (file-wide, like the rest):
   * `const { rest } = getOctokit(token)`, `const { repos } = octokit.rest`,
   * `const api = octokit.rest.repos`, `const { createRelease } = api`,
   * `const { request } = octokit`.
   */
  aliases: Map<string, Kind>
  /** Modules, `require('lodash')`, `import * as github from '@actions/github'`: not clients. */
  modules: Set<string>
  /** Client classes: `Octokit`, `const MyOctokit = Octokit.plugin(...)`. */
  classes: Set<string>
  /** Functions returning a client: `getOctokit`. */
  factories: Set<string>
  /** `request` and `graphql` imported from `@octokit/request` / `@octokit/graphql`. */
  requestFunctions: Set<string>
  graphqlFunctions: Set<string>
  /** Type aliases of a client: `type Client = InstanceType<typeof GitHub>`. */
  clientTypes: Set<string>
  /** `const ROUTE = 'GET /user'`: constants a route or URL may be read from. */
  constants: Map<string, Node | null>
  githubScript: boolean
  cautious: boolean
  /** The text scanned, to quote. */
  source: string
}

const CLIENT_TYPE = /\b(?:Octokit|GitHub|ProbotOctokit|getOctokit)\b/
const FACTORY_NAME = /^get\w*Octokit$/

function newBindings(scan: Scan): Bindings {
  return {
    clients: new Set(scan.githubScript ? ['github'] : []),
    aliases: new Map(),
    modules: new Set(),
    classes: new Set(['Octokit', 'GitHub', 'ProbotOctokit']),
    factories: new Set(),
    clientTypes: new Set(),
    requestFunctions: new Set(),
    graphqlFunctions: new Set(),
    constants: new Map(),
    githubScript: scan.githubScript,
    cautious: scan.cautious,
    source: scan.source,
  }
}

/** Whether `node` is a client: a bound name, a `.octokit` property (Probot's `context.octokit`), or made right here. */
function isClient(node: Node | undefined, b: Bindings): boolean {
  const key = keyOf(node)
  if (key && (b.clients.has(key) || /\.octokit$/.test(key))) return true
  return makesClient(node, b)
}

/** What an expression holds of a client: the client, or a part of it. */
type Kind =
  | { kind: 'client' }
  | { kind: 'rest' }
  /** `octokit.rest.repos`, the older `octokit.repos`; `scope` undefined when computed. `sure`: from a known client, so a scope Octokit lacks is reported. */
  | { kind: 'scope'; scope?: string; sure: boolean }
  | { kind: 'method'; scope?: string; method?: string; sure: boolean }
  /** `octokit.request`, `octokit.graphql`, `octokit.paginate`. */
  | { kind: 'function'; name: 'request' | 'graphql' | 'paginate' }
  /** A name given different parts of a client in different places. */
  | { kind: 'ambiguous'; name: string }

const CLIENT: Kind = { kind: 'client' }
const REST: Kind = { kind: 'rest' }

/**
 * What `node` holds of a client, if anything: through a bound name, a
 * member chain (`octokit.rest.repos`, and `X.rest.scope` on any X when the
 * scope is Octokit's), `.bind(...)`, or either side of `?:`, `||`, `??`.
 */
function kindOf(
  node: Node | undefined,
  b: Bindings,
  depth = 0,
): Kind | undefined {
  const bare = unwrap(node)
  if (!bare || depth > 50) return undefined
  switch (bare.type) {
    case 'ConditionalExpression':
      return (
        kindOf(child(bare, 'consequent'), b, depth + 1) ??
        kindOf(child(bare, 'alternate'), b, depth + 1)
      )
    case 'LogicalExpression':
      return (
        kindOf(child(bare, 'left'), b, depth + 1) ??
        kindOf(child(bare, 'right'), b, depth + 1)
      )
    case 'SequenceExpression':
      return kindOf(children(bare, 'expressions').at(-1), b, depth + 1)
  }
  const key = keyOf(bare)
  const known = key === undefined ? undefined : b.aliases.get(key)
  if (known) return known
  if (isClient(bare, b)) return CLIENT
  if (isCall(bare)) {
    // `octokit.rest.repos.get.bind(octokit)`
    const callee = unwrap(child(bare, 'callee'))
    if (!isMember(callee) || propertyName(callee) !== 'bind') return undefined
    const bound = kindOf(child(callee, 'object'), b, depth + 1)
    return bound?.kind === 'method' || bound?.kind === 'function'
      ? bound
      : undefined
  }
  if (!isMember(bare)) return undefined
  const object = child(bare, 'object')
  const name = propertyName(bare)
  const base = kindOf(object, b, depth + 1)
  if (base) return memberKind(base, name)
  const inner = unwrap(object)
  if (
    isMember(inner) &&
    propertyName(inner) === 'rest' &&
    (name === undefined || isOctokitScope(name))
  )
    return { kind: 'scope', scope: name, sure: false }
  return undefined
}

/** The part `name` (undefined: computed) of a client or of a part of one. */
function memberKind(base: Kind, name: string | undefined): Kind | undefined {
  switch (base.kind) {
    case 'client':
      if (name === 'rest') return REST
      if (name === 'request' || name === 'graphql' || name === 'paginate')
        return { kind: 'function', name }
      // The older `octokit.repos`.
      if (name === undefined || isOctokitScope(name))
        return { kind: 'scope', scope: name, sure: false }
      return undefined
    case 'rest':
      return { kind: 'scope', scope: name, sure: true }
    case 'scope':
      return {
        kind: 'method',
        scope: base.scope,
        method: name,
        sure: base.sure,
      }
    case 'ambiguous':
      return base
    default:
      return undefined
  }
}

/** A part of a client whose calls could be missed when it goes somewhere the scan does not follow. */
function isTraceable(kind: Kind | undefined): boolean {
  if (!kind || kind.kind === 'client') return false
  if (kind.kind === 'scope' || kind.kind === 'method')
    return kind.sure || (kind.scope !== undefined && isOctokitScope(kind.scope))
  return true
}

/**
 * A receiver whose name says Octokit (`octokit`, `appOctokit`): enough for
 * `request`, whose route strings are Octokit's; `client` or `api` may be
 * any library's.
 */
function namedOctokit(node: Node | undefined): boolean {
  const bare = unwrap(node)
  return bare?.type === 'Identifier' && /octokit$/i.test(bare.name as string)
}

/** `getOctokit(t)`, `github.getOctokit(t)`, `new Octokit()`, `await app.getInstallationOctokit(id)`. */
function makesClient(node: Node | undefined, b: Bindings): boolean {
  const bare = unwrap(node)
  if (isCall(bare)) {
    const callee = unwrap(child(bare, 'callee'))
    const name =
      callee?.type === 'Identifier'
        ? (callee.name as string)
        : isMember(callee)
          ? propertyName(callee)
          : undefined
    return (
      name !== undefined && (FACTORY_NAME.test(name) || b.factories.has(name))
    )
  }
  if (bare?.type === 'NewExpression')
    return isClientClass(child(bare, 'callee'), b)
  return false
}

/** `Octokit`, `github.GitHub`, `Octokit.plugin(throttling)`, `Octokit.defaults({...})`. */
function isClientClass(node: Node | undefined, b: Bindings): boolean {
  const bare = unwrap(node)
  if (bare?.type === 'Identifier') return b.classes.has(bare.name as string)
  if (isMember(bare)) return b.classes.has(propertyName(bare) ?? '')
  if (isCall(bare)) {
    const callee = unwrap(child(bare, 'callee'))
    return (
      isMember(callee) &&
      ['plugin', 'defaults'].includes(propertyName(callee) ?? '') &&
      isClientClass(child(callee, 'object'), b)
    )
  }
  return false
}

/** A type annotation naming a client: `Octokit`, `InstanceType<typeof GitHub>`, or an alias of one. */
function hasClientType(
  node: Node | undefined,
  b: Bindings,
  scan: Scan,
): boolean {
  const annotation = node && child(node, 'typeAnnotation')
  if (!annotation) return false
  const text = textOf(annotation, scan)
  return (
    CLIENT_TYPE.test(text) ||
    (text.match(/[\w$]+/g) ?? []).some((word) => b.clientTypes.has(word))
  )
}

/** Binding passes until nothing new is learnt (a class bound after its use, a client from a client's factory). */
function collectBindings(nodes: Node[], scan: Scan): Bindings {
  const b = newBindings(scan)
  const size = () =>
    b.clients.size +
    b.aliases.size +
    b.classes.size +
    b.factories.size +
    b.clientTypes.size
  for (let pass = 0; pass < 4; pass++) {
    const before = size()
    for (const node of nodes) bindOne(node, b, scan)
    if (size() === before) break
  }
  return b
}

function bindOne(node: Node, b: Bindings, scan: Scan): void {
  switch (node.type) {
    case 'VariableDeclarator':
      return bindTarget(child(node, 'id'), child(node, 'init'), b, scan)
    case 'AssignmentExpression':
      return bindTarget(child(node, 'left'), child(node, 'right'), b, scan)
    case 'AssignmentPattern':
      // A default, `function publish(kit = new Octokit())`: a client or a
      // part of one, never a constant (a caller may pass another value).
      return bindTarget(child(node, 'left'), child(node, 'right'), b)
    case 'ClassProperty':
    case 'ClassAccessorProperty':
    case 'ClassPrivateProperty': {
      const name = propertyKey(node)
      if (!name) return
      const value = child(node, 'value')
      if (makesClient(value, b) || hasClientType(node, b, scan))
        b.clients.add(`this.${name}`)
      else if (value) bindName(`this.${name}`, value, b)
      return
    }
    case 'TSParameterProperty': {
      const parameter = child(node, 'parameter')
      const id =
        parameter?.type === 'AssignmentPattern'
          ? child(parameter, 'left')
          : parameter
      if (id?.type === 'Identifier' && hasClientType(id, b, scan)) {
        b.clients.add(id.name as string)
        b.clients.add(`this.${id.name as string}`)
      }
      return
    }
    case 'Identifier':
      // A parameter or declaration typed as a client: `octokit: Octokit`.
      if (hasClientType(node, b, scan)) b.clients.add(node.name as string)
      return
    case 'ObjectPattern':
      return bindPattern(node, undefined, b)
    case 'ClassDeclaration':
    case 'ClassExpression': {
      const id = child(node, 'id')
      if (id && isClientClass(child(node, 'superClass'), b))
        b.classes.add(id.name as string)
      return
    }
    case 'ImportDeclaration':
      return bindImport(node, b)
    case 'TSTypeAliasDeclaration': {
      const id = child(node, 'id')
      if (id && hasClientType(node, b, scan))
        b.clientTypes.add(id.name as string)
      return
    }
  }
}

function propertyKey(node: Node): string | undefined {
  const key = child(node, 'key')
  if (key?.type === 'Identifier') return key.name as string
  if (key?.type === 'PrivateName') return `#${child(key, 'id')?.name as string}`
  return key?.type === 'StringLiteral' ? (key.value as string) : undefined
}

/** `scan`: remember a one-valued name as a constant (not for a default). */
function bindTarget(
  target: Node | undefined,
  value: Node | undefined,
  b: Bindings,
  scan?: Scan,
): void {
  if (!target || !value) return
  if (target.type === 'ObjectPattern') {
    bindRequire(target, value, b)
    bindPattern(target, value, b)
    const kind = kindOf(value, b)
    if (kind) followPattern(target, kind, b)
    return
  }
  const key = keyOf(target)
  if (!key) return
  if (target.type === 'Identifier' && isModule(value)) b.modules.add(key)
  bindName(key, value, b)
  const bare = unwrap(value)
  if (
    target.type === 'Identifier' &&
    bare?.type === 'ArrowFunctionExpression' &&
    makesClient(child(bare, 'body'), b)
  )
    b.factories.add(key)
  if (scan) rememberConstant(target, value, b, scan)
}

/** A name (`api`, `this.api`) given a client, a client class, or a part of a client. */
function bindName(key: string, value: Node, b: Bindings): void {
  if (isClassMaker(value, b)) return void b.classes.add(key)
  const kind = kindOf(value, b)
  if (kind?.kind === 'client') b.clients.add(key)
  else if (kind) alias(key, kind, b)
}

/** `Octokit.plugin(...)`, `Octokit.defaults(...)`: a new client class. */
const isClassMaker = (value: Node, b: Bindings): boolean =>
  isCall(unwrap(value)) && isClientClass(value, b)

/** A name given two different parts of a client holds neither for sure. */
function alias(key: string, kind: Kind, b: Bindings): void {
  if (kind.kind === 'client') return void b.clients.add(key)
  const known = b.aliases.get(key)
  b.aliases.set(
    key,
    !known || sameKind(known, kind) ? kind : { kind: 'ambiguous', name: key },
  )
}

const sameKind = (x: Kind, y: Kind): boolean =>
  JSON.stringify(x) === JSON.stringify(y)

/** `require('lodash')`: a package's module, which is no client (a local file's may be). */
function isModule(value: Node): boolean {
  const call = unwrap(value)
  if (!isCall(call)) return false
  const callee = unwrap(child(call, 'callee'))
  if (callee?.type !== 'Identifier' || callee.name !== 'require') return false
  const from = unwrap(children(call, 'arguments')[0])?.value
  return typeof from === 'string' && PACKAGE.test(from)
}

/** A package name, `lodash`, `@actions/github`, `node:fs`: not a path (`./x`, `src/x`, `@/x`). */
const PACKAGE = /^(?:node:[\w/]+|@[\w.-]+\/[\w.-]+|[\w.-]+)$/

/**
 * What a destructuring takes from a client or a part of one: the parts it
 * names (`{ rest }`, `{ repos }`, `{ createRelease }`, `{ rest: { repos } }`),
 * or, with `report`, each it cannot follow (a computed key, an array).
 */
function followPattern(
  pattern: Node,
  kind: Kind,
  b: Bindings,
  report?: (at: Node, into: Node) => void,
): void {
  const target =
    pattern.type === 'AssignmentPattern' ? child(pattern, 'left') : pattern
  if (!target) return
  if (target.type === 'Identifier' || isMember(target)) {
    const key = keyOf(target)
    if (key && !report) alias(key, kind, b)
    return
  }
  if (target.type !== 'ObjectPattern') {
    if (report && kind.kind !== 'client') report(target, target)
    return
  }
  for (const property of children(target, 'properties')) {
    const value = child(property, 'value') ?? child(property, 'argument')
    if (!value) continue
    if (property.type === 'RestElement') {
      // `{ ...others }`: the same members, less the ones named.
      followPattern(value, kind, b, report)
      continue
    }
    const key = property.computed ? undefined : propertyKey(property)
    if (key === undefined) {
      if (report) report(property, value)
      continue
    }
    const part = memberKind(kind, key)
    if (part) followPattern(value, part, b, report)
  }
}

/**
 * `const { octokit } = context` (Probot);
 * `async ({ github, context }) => ...`, a script github-script requires.
 */
function bindPattern(
  pattern: Node,
  value: Node | undefined,
  b: Bindings,
): void {
  const properties = children(pattern, 'properties').filter(
    (p) => p.type === 'ObjectProperty',
  )
  const keys = properties.map((p) => propertyKey(p))
  for (const [i, property] of properties.entries()) {
    const local = child(property, 'value')
    const name = (
      local?.type === 'AssignmentPattern' ? child(local, 'left') : local
    )?.name
    if (typeof name !== 'string') continue
    if (
      keys[i] === 'octokit' ||
      (keys[i] === 'github' && keys.includes('context'))
    )
      b.clients.add(name)
  }
}

const CLIENT_PACKAGES = /^(?:@octokit\/|@actions\/github$|probot$)/

function bindImport(node: Node, b: Bindings): void {
  const from = child(node, 'source')?.value
  if (typeof from !== 'string') return
  for (const specifier of children(node, 'specifiers')) {
    const imported = child(specifier, 'imported')?.name
    const local = child(specifier, 'local')?.name as string
    if (
      specifier.type === 'ImportNamespaceSpecifier' ||
      (specifier.type === 'ImportDefaultSpecifier' && PACKAGE.test(from))
    )
      b.modules.add(local)
    if (from === '@octokit/request' && imported === 'request')
      b.requestFunctions.add(local)
    if (from === '@octokit/graphql' && imported === 'graphql')
      b.graphqlFunctions.add(local)
    if (!CLIENT_PACKAGES.test(from)) continue
    if (imported === 'getOctokit') b.factories.add(local)
    if (imported === 'Octokit' || imported === 'GitHub') b.classes.add(local)
  }
}

/** `const { request } = require('@octokit/request')`. */
function bindRequire(pattern: Node, value: Node, b: Bindings): void {
  const call = unwrap(value)
  const callee =
    call && isCall(call) ? unwrap(child(call, 'callee')) : undefined
  if (callee?.type !== 'Identifier' || callee.name !== 'require') return
  const from = unwrap(children(call!, 'arguments')[0])?.value
  for (const property of children(pattern, 'properties')) {
    const local = child(property, 'value')?.name
    if (typeof local !== 'string') continue
    const key = propertyKey(property)
    if (from === '@octokit/request' && key === 'request')
      b.requestFunctions.add(local)
    if (from === '@octokit/graphql' && key === 'graphql')
      b.graphqlFunctions.add(local)
  }
}

/** A name given one literal-ish value: a route or URL can be read through it. Two values: neither. */
function rememberConstant(
  target: Node,
  value: Node,
  b: Bindings,
  scan: Scan,
): void {
  if (target.type !== 'Identifier') return
  const name = target.name as string
  const known = b.constants.get(name)
  const bare = unwrap(value)!
  const same = known && textOf(known, scan) === textOf(bare, scan)
  b.constants.set(name, known === undefined || same ? bare : null)
}

// ---------------------------------------------------------------- strings

/** A string's pieces: text, or an expression computed at run time. */
type Piece = string | Node

/** The pieces of a string literal, template, `+` chain or constant; undefined when nothing in it is text. */
function pieces(
  node: Node | undefined,
  b: Bindings,
  depth = 0,
): Piece[] | undefined {
  const found = piecesOf(node, b, depth)
  return found?.some((piece) => typeof piece === 'string') ? found : undefined
}

function piecesOf(
  node: Node | undefined,
  b: Bindings,
  depth: number,
): Piece[] | undefined {
  const bare = unwrap(node)
  if (!bare || depth > 5) return bare && [bare]
  switch (bare.type) {
    case 'StringLiteral':
      return [bare.value as string]
    case 'NumericLiteral':
      return [String(bare.value)]
    case 'TemplateLiteral': {
      const quasis = children(bare, 'quasis')
      const expressions = children(bare, 'expressions')
      return quasis.flatMap((quasi, i) => {
        const expression = expressions[i]
        const inner = expression ? piecesOf(expression, b, depth + 1)! : []
        const text = cooked(quasi)
        return text === '' ? inner : [text, ...inner]
      })
    }
    case 'BinaryExpression':
      if (bare.operator !== '+') return [bare]
      return [
        ...piecesOf(child(bare, 'left'), b, depth + 1)!,
        ...piecesOf(child(bare, 'right'), b, depth + 1)!,
      ]
    case 'Identifier': {
      const value = b.constants.get(bare.name as string)
      const resolved = value ? piecesOf(value, b, depth + 1) : undefined
      return resolved?.some((piece) => typeof piece === 'string')
        ? resolved
        : [bare]
    }
    default:
      return [bare]
  }
}

const PARAM = '{param}'

/** The pieces as one string, each run-time expression a `{param}`. */
function render(
  parts: Piece[],
  expression: (node: Node) => string = () => PARAM,
): string {
  return parts
    .map((piece) => (typeof piece === 'string' ? piece : expression(piece)))
    .join('')
}

const BUILT =
  'the path is built at run time: each ${...} in it is read as a parameter'

/** A path with nothing but parameters (`/${path}`) names no endpoint. */
const onlyParameters = (path: string): boolean =>
  path.includes(PARAM) &&
  path.replaceAll(PARAM, '').replace(/\?.*$/, '').replaceAll('/', '') === ''

// ---------------------------------------------------------------- calls

interface Found {
  kind: CallKind
  route?: string
  reason?: string
}

const COMPUTED_ROUTE: Found = {
  kind: 'unresolved',
  reason: 'the route is computed at run time',
}
const COMPUTED_METHOD: Found = {
  kind: 'unresolved',
  reason: 'the method name is computed at run time',
}
const GRAPHQL: Found = {
  kind: 'graphql',
  reason: 'GraphQL: its permissions depend on the query',
}

function scanCalls(ast: Node, scan: Scan): ApiCall[] {
  const nodes = allNodes(ast)
  const b = collectBindings(nodes, scan)
  const calls: ApiCall[] = []
  const add = (node: Node, { found: what, source }: Described) => {
    const position = scan.place(node.loc!.start)
    calls.push({
      file: scan.file,
      ...position,
      kind: what.kind,
      ...(what.route !== undefined && { route: what.route }),
      source: shorten(source(scan)),
      ...(what.reason !== undefined && { reason: what.reason }),
    })
  }
  for (const node of nodes) {
    if (!isCall(node)) continue
    const found = callOf(node, b)
    if (found) add(node, found)
  }
  for (const [node, into] of escapes(nodes, b, scan))
    add(node, {
      found: {
        kind: 'unresolved',
        reason: `the client's methods are taken into ${into}: calls through it are not followed`,
      },
      source: (scan) => textOf(node, scan),
    })
  return calls.sort((x, y) => x.line - y.line || x.column - y.column)
}

// ---------------------------------------------------------------- escapes

/** Where a node sits: its parent and the parent's key holding it. */
type Place = { parent: Node; key: string; index: number }

function parentsOf(nodes: Node[]): Map<Node, Place> {
  const places = new Map<Node, Place>()
  for (const parent of nodes)
    for (const [key, value] of Object.entries(parent)) {
      if (SKIPPED_KEYS.has(key)) continue
      if (isNode(value)) places.set(value, { parent, key, index: 0 })
      else if (Array.isArray(value))
        value.forEach((item, index) => {
          if (isNode(item)) places.set(item, { parent, key, index })
        })
    }
  return places
}

/** Expressions a value passes through unchanged (`a ?? b`, `c ? a : b`). */
const PASS_THROUGH = new Set([
  ...WRAPPERS,
  'ConditionalExpression',
  'LogicalExpression',
  'SequenceExpression',
])

/**
 * The places a part of a client (its `rest`, a scope, a method, `request`)
 * goes where the scan cannot follow its calls: an argument, an object or
 * array, a return value, an export, a computed destructuring. Each with
 * what takes it, to say so. The client itself may go anywhere: its calls
 * read the same wherever it lands (`x.rest.repos.get`, or, cautious, the
 * older `x.repos.get`).
 */
function escapes(nodes: Node[], b: Bindings, scan: Scan): Map<Node, string> {
  const places = parentsOf(nodes)
  const found = new Map<Node, string>()
  const quote = (node: Node) => `"${shorten(textOf(node, scan))}"`
  for (const node of nodes) {
    if (PASS_THROUGH.has(node.type)) continue
    const target = targetOf(node, places)
    if (target) {
      const kind = kindOf(target.value, b)
      if (kind)
        followPattern(target.pattern, kind, b, (at, into) =>
          found.set(at, quote(into)),
        )
    }
    if (!isTraceable(kindOf(node, b))) continue
    const into = escapeOf(node, places, b, quote)
    if (into) found.set(node, into)
  }
  return found
}

/** A destructuring's pattern and its value: `const { repos } = octokit.rest`. */
function targetOf(
  node: Node,
  places: Map<Node, Place>,
): { pattern: Node; value: Node } | undefined {
  const [pattern, value] =
    node.type === 'VariableDeclarator'
      ? [child(node, 'id'), child(node, 'init')]
      : node.type === 'AssignmentExpression' ||
          node.type === 'AssignmentPattern'
        ? [child(node, 'left'), child(node, 'right')]
        : []
  if (!pattern || !value) return undefined
  // Inside a bigger pattern, the outer one is followed.
  if (node.type === 'AssignmentPattern') {
    const up = places.get(node)?.parent.type
    if (up === 'ObjectProperty' || up === 'ArrayPattern') return undefined
  }
  return pattern.type === 'ObjectPattern' || pattern.type === 'ArrayPattern'
    ? { pattern, value }
    : undefined
}

/** What takes `node` where the scan does not follow it; undefined where it does. */
function escapeOf(
  node: Node,
  places: Map<Node, Place>,
  b: Bindings,
  quote: (node: Node) => string,
): string | undefined {
  let current = node
  let place = places.get(current)
  while (place && PASS_THROUGH.has(place.parent.type)) {
    if (place.parent.type === 'ConditionalExpression' && place.key === 'test')
      return undefined
    current = place.parent
    place = places.get(current)
  }
  if (!place) return undefined
  const { parent, key, index } = place
  switch (parent.type) {
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      if (key !== 'arguments') return undefined
      const callee = unwrap(child(parent, 'callee'))!
      if (index === 0 && isPaginate(callee, b)) return undefined
      return `an argument of ${shorten(b.source.slice(callee.start ?? 0, callee.end ?? 0))}()`
    }
    case 'ObjectProperty': {
      if (key !== 'value') return undefined
      const up = places.get(parent)?.parent
      if (up?.type !== 'ObjectExpression') return undefined
      const name = parent.computed ? undefined : propertyKey(parent)
      return name === undefined ? 'an object' : `the property "${name}"`
    }
    case 'ArrayExpression':
      return 'an array'
    case 'SpreadElement':
      return 'a spread'
    case 'ReturnStatement':
      return 'a return value'
    case 'ArrowFunctionExpression':
      return key === 'body' ? 'a return value' : undefined
    case 'YieldExpression':
      return 'a yielded value'
    case 'JSXExpressionContainer':
      return 'a JSX attribute'
    case 'ExportDefaultDeclaration':
      return 'an export'
    case 'ExportSpecifier':
      return key === 'local' &&
        !child(places.get(parent)?.parent ?? parent, 'source')
        ? 'an export'
        : undefined
    case 'VariableDeclarator': {
      if (key !== 'init') return undefined
      const id = child(parent, 'id')
      const declaration = places.get(parent)?.parent
      const exported =
        declaration &&
        places.get(declaration)?.parent.type === 'ExportNamedDeclaration'
      if (exported) return `an export ${quote(id ?? parent)}`
      // A pattern is followed, or reported where it is not (targetOf).
      return id?.type === 'Identifier' ||
        id?.type === 'ObjectPattern' ||
        id?.type === 'ArrayPattern'
        ? undefined
        : quote(id ?? parent)
    }
    case 'AssignmentExpression': {
      if (key !== 'right') return undefined
      const left = child(parent, 'left')!
      if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern')
        return undefined
      const target = keyOf(left)
      if (target && /^(?:module\.)?exports(?:\.|$)/.test(target))
        return 'an export'
      return target ? undefined : quote(left)
    }
    default:
      return undefined
  }
}

/** `octokit.paginate`, `octokit.paginate.iterator`, a `paginate` taken from a client: its first argument is a method. */
function isPaginate(callee: Node, b: Bindings): boolean {
  if (kindOf(callee, b)?.kind === 'function')
    return (kindOf(callee, b) as { name: string }).name === 'paginate'
  if (!isMember(callee)) return false
  const { props } = memberChain(callee)
  const n = props.length
  return (
    props[n - 1] === 'paginate' ||
    (props[n - 1] === 'iterator' && props[n - 2] === 'paginate')
  )
}

type Described = { found: Found; source: (scan: Scan) => string }

/** What a call is, if it is an API call, and how to quote it. */
function callOf(call: Node, b: Bindings): Described | undefined {
  const callee = unwrap(child(call, 'callee'))
  if (!callee) return undefined
  const args = children(call, 'arguments')
  const quoteCallee = (scan: Scan) => textOf(callee, scan)
  const quoteWithArgument = (scan: Scan) =>
    `${textOf(callee, scan)}(${args[0] ? textOf(args[0], scan) : ''})`
  const withArgument = (found: Found | undefined) =>
    found && { found, source: quoteWithArgument }

  if (callee.type === 'Import') return withArgument(localScript(args, b))
  if (callee.type === 'Identifier') {
    const name = callee.name as string
    if (name === 'fetch') return withArgument(fetchCall(args, b))
    if (b.requestFunctions.has(name))
      return withArgument(requestCall(args, b, true))
    if (b.graphqlFunctions.has(name))
      return { found: GRAPHQL, source: quoteCallee }
    if (name === 'require') return withArgument(localScript(args, b))
  }
  // A name or a `.bind(...)` holding a method or `request`:
  // `createRelease(...)`, `request('GET /user')`, `get.bind(octokit)(...)`.
  if (!isMember(callee)) {
    const kind = kindOf(callee, b)
    if (kind?.kind === 'function') {
      if (kind.name === 'request')
        return withArgument(requestCall(args, b, true))
      if (kind.name === 'paginate')
        return withArgument(paginateCall(true, args, b))
      return { found: GRAPHQL, source: quoteCallee }
    }
    const method = kind && methodOf(kind)
    return method && { found: method, source: quoteCallee }
  }
  const { props, objects } = memberChain(callee)
  const last = props.at(-1)
  const n = props.length
  // `X.paginate.iterator(...)`, `X.graphql.paginate(...)`: X is two back.
  const owner = objects[n - 1]!
  if (last === 'request')
    return withArgument(
      requestCall(
        args,
        b,
        isClient(owner, b) || namedOctokit(owner) || aliasOf(owner, b),
      ),
    )
  const graphql = props.lastIndexOf('graphql')
  const tail = props.slice(graphql + 1)
  if (graphql >= 0 && tail.every((p) => p === 'paginate' || p === 'iterator'))
    return { found: GRAPHQL, source: quoteCallee }
  if (last === 'paginate')
    return withArgument(paginateCall(isClient(owner, b), args, b))
  if (last === 'iterator' && props[n - 2] === 'paginate')
    return withArgument(paginateCall(isClient(objects[n - 2]!, b), args, b))
  // `octokit.rest.repos.createRelease.call(octokit, ...)`, `.apply(...)`.
  const through =
    (last === 'call' || last === 'apply') && methodReference(owner, b)
  if (through) return { found: through, source: quoteCallee }
  const method = methodReference(callee, b)
  if (method) return { found: method, source: quoteCallee }
  const older = b.cautious ? olderLookAlike(props, objects, b) : undefined
  return older && { found: older, source: quoteCallee }
}

/** `api.request(...)` where `api` holds a part of a client: Octokit's `request` on it. */
const aliasOf = (node: Node, b: Bindings): boolean =>
  kindOf(node, b) !== undefined

/**
 * `X.rest.scope.method` for any X (when `scope` is Octokit's), the older
 * `X.scope.method` when X is a client, or a method through a name holding
 * a part of a client (`rest.repos.get`, `api.get`, `get`).
 */
function methodReference(node: Node, b: Bindings): Found | undefined {
  const bare = unwrap(node)
  if (isMember(bare)) {
    const { props, objects } = memberChain(bare)
    const n = props.length
    if (n >= 3 && props[n - 3] === 'rest' && !kindOf(objects[n - 3], b)) {
      // `X.rest.scope.method` on an X not known to be a client.
      return restMethod(props[n - 2], props[n - 1], props[n - 2] === undefined)
    }
  }
  const kind = kindOf(bare, b)
  return kind && methodOf(kind)
}

/** The call through a method of a client: its route, or why not. */
function methodOf(kind: Kind): Found | undefined {
  if (kind.kind === 'ambiguous')
    return {
      kind: 'unresolved',
      reason: `"${kind.name}" holds different parts of the client in different places: calls through it are not followed`,
    }
  if (kind.kind !== 'method') return undefined
  return restMethod(kind.scope, kind.method, kind.sure)
}

/**
 * Cautious: `X.scope.method` on an X not known to be a client (an untyped
 * parameter), when `scope.method` is exactly one of Octokit's methods.
 */
function olderLookAlike(
  props: (string | undefined)[],
  objects: Node[],
  b: Bindings,
): Found | undefined {
  const n = props.length
  const [scope, method] = [props[n - 2], props[n - 1]]
  if (n < 2 || scope === undefined || method === undefined) return undefined
  const known = octokitMethod(scope, method)
  const owner = objects[n - 2]!
  if (!known || kindOf(owner, b) || b.modules.has(rootName(owner) ?? ''))
    return undefined
  return {
    kind: 'unresolved',
    reason: `looks like Octokit's older X.scope.method form on a value not known to be a client (${scope}.${method} is ${known.route})`,
  }
}

/** `github` of `github.context.payload`. */
function rootName(node: Node): string | undefined {
  let current = unwrap(node)
  while (isMember(current)) current = unwrap(child(current, 'object'))
  return current?.type === 'Identifier' ? (current.name as string) : undefined
}

/** Cautious, in a github-script body: `require('./x.js')`, `import('./x.mjs')` of a local script, whose calls are not read. */
function localScript(args: Node[], b: Bindings): Found | undefined {
  if (!b.cautious || !b.githubScript) return undefined
  const first = unwrap(args[0])
  if (!first) return undefined
  const parts = pieces(first, b)
  const named =
    parts &&
    render(
      parts,
      (node) => `\${${b.source.slice(node.start ?? 0, node.end ?? 0)}}`,
    )
  if (named !== undefined && PACKAGE.test(named)) return undefined
  return {
    kind: 'unresolved',
    reason: `the script runs ${named ?? 'a file named at run time'}: its calls are not followed`,
  }
}

/** A method by scope and name: its route, or why not. `sure` reports a scope Octokit does not have. */
function restMethod(
  scope: string | undefined,
  method: string | undefined,
  sure: boolean,
): Found | undefined {
  if (scope === undefined || method === undefined) return COMPUTED_METHOD
  if (!isOctokitScope(scope)) {
    if (!sure) return undefined
    const near = closestOctokitMethod(scope, method)
    return {
      kind: 'unresolved',
      reason: `Octokit has no scope ${scope}${near ? ` (did you mean ${near}?)` : ''}`,
    }
  }
  const known = octokitMethod(scope, method)
  if (!known) {
    const near = closestOctokitMethod(scope, method)
    return {
      kind: 'unresolved',
      reason: `Octokit has no method ${scope}.${method}${near ? ` (did you mean ${near}?)` : ''}`,
    }
  }
  const notes = [
    known.renamedTo && `renamed to ${known.renamedTo}`,
    known.deprecated && 'deprecated',
    known.host && `on ${known.host}`,
  ].filter((note): note is string => typeof note === 'string')
  return fromResolution(resolveTemplateRoute(known.route), notes)
}

function fromResolution(
  resolution: ReturnType<typeof resolveTemplateRoute>,
  notes: string[] = [],
): Found {
  if (resolution.kind === 'unresolved') return resolution
  if (/^POST \/graphql$/i.test(resolution.route)) return GRAPHQL
  const all = [...notes, ...(resolution.note ? [resolution.note] : [])]
  return all.length > 0
    ? { kind: 'rest', route: resolution.route, reason: all.join('; ') }
    : { kind: 'rest', route: resolution.route }
}

/** `X.paginate(method, ...)`, `X.paginate('GET /path')`, `X.paginate(method.endpoint.merge({...}))`. */
function paginateCall(
  client: boolean,
  args: Node[],
  b: Bindings,
): Found | undefined {
  const first = unwrap(args[0])
  const method = first && methodReference(first, b)
  if (method) return method
  if (isCall(first)) {
    // The older `octokit.paginate(octokit.rest.x.y.endpoint.merge(params))`.
    const { props, objects } = memberChain(child(first, 'callee')!)
    const at = props.lastIndexOf('endpoint')
    if (at > 0) return methodReference(objects[at]!, b)
  }
  return requestCall(args, b, client)
}

const VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i

/**
 * `request('POST /repos/{owner}/{repo}/issues', ...)`, a template with
 * `${...}` in its path, or `{ method, url }`. `client`: the caller is known
 * to be Octokit, so an unreadable route is an unresolved call rather than
 * some other library's `request`.
 */
function requestCall(
  args: Node[],
  b: Bindings,
  client: boolean,
): Found | undefined {
  const first = unwrap(args[0])
  const unknown = client ? COMPUTED_ROUTE : undefined
  // `axios.request({ url })` is no GitHub call: objects only on a client.
  if (first?.type === 'ObjectExpression')
    return client ? (requestObject(first, b) ?? unknown) : undefined
  const parts = pieces(first, b)
  if (!parts) return unknown
  const text = render(parts).trim()
  const [, word = 'GET', written = ''] = /^(?:(\S+)\s+)?(.*)$/s.exec(text) ?? []
  // Octokit takes a full URL on the API host too.
  const path = written.replace(API_HOST, '') || written
  if (!VERBS.test(word) || !path.startsWith('/')) return unknown
  if (onlyParameters(path)) return unknown
  const built = parts.some((piece) => typeof piece !== 'string')
  const resolution = resolveTemplateRoute(`${word} ${path}`)
  // On a receiver not known to be Octokit, only a route GitHub's data has
  // counts: `supertest(app).request('GET /health')` is no GitHub call.
  if (!client && (resolution.kind !== 'rest' || resolution.note))
    return undefined
  return fromResolution(resolution, built ? [BUILT] : [])
}

/** `request({ method: 'POST', url: '/repos/{owner}/{repo}/issues' })`. */
function requestObject(object: Node, b: Bindings): Found | undefined {
  const method = objectValue(object, 'method')
  const url = objectValue(object, 'url')
  if (!url) return undefined
  const verb = method ? pieces(method, b) : ['GET']
  const path = pieces(url, b)
  if (!verb || !path || verb.some((p) => typeof p !== 'string'))
    return COMPUTED_ROUTE
  return requestCall(
    [{ type: 'StringLiteral', value: `${render(verb)} ${render(path)}` }],
    b,
    true,
  )
}

function objectValue(object: Node, key: string): Node | undefined {
  const property = children(object, 'properties').find(
    (p) => p.type === 'ObjectProperty' && propertyKey(p) === key,
  )
  return property && child(property, 'value')
}

const API_HOST = /^https?:\/\/api\.github\.com(?=[/?#{]|$)/i
/** `${process.env.GITHUB_API_URL}`, `${context.apiUrl}`: the API root, whatever the server. */
const API_ROOT = /(?:^|\.)(?:GITHUB_API_URL|apiUrl)$/

/** `fetch(url, { method })` to the API host; other hosts are not GitHub's API. */
function fetchCall(args: Node[], b: Bindings): Found | undefined {
  const parts = piecesOf(args[0], b, 0)
  if (!parts) return undefined
  const url = render(parts, (node) =>
    node === parts[0] && API_ROOT.test(keyOf(node) ?? '')
      ? 'https://api.github.com'
      : PARAM,
  )
  if (!API_HOST.test(url)) return undefined
  const path = url.replace(API_HOST, '') || '/'
  if (onlyParameters(path) || path.startsWith(PARAM))
    return { kind: 'unresolved', reason: 'the path is computed at run time' }
  const verb = fetchMethod(args[1], b)
  if (typeof verb !== 'string') return verb
  const built = parts.some(
    (piece) => typeof piece !== 'string' && piece !== parts[0],
  )
  const resolution = resolveConcreteRequest(
    verb,
    `https://api.github.com${path}`,
  )
  return fromResolution(resolution, built ? [BUILT] : [])
}

/** The `method` of fetch's options: GET when not given. */
function fetchMethod(options: Node | undefined, b: Bindings): string | Found {
  const bare = unwrap(options)
  if (!bare) return 'GET'
  if (bare.type !== 'ObjectExpression')
    return {
      kind: 'unresolved',
      reason: 'the request options are computed at run time',
    }
  const method = objectValue(bare, 'method')
  if (!method) return 'GET'
  const parts = pieces(method, b)
  return parts && parts.every((p) => typeof p === 'string')
    ? render(parts)
    : { kind: 'unresolved', reason: 'the HTTP method is computed at run time' }
}

// ---------------------------------------------------------------- text

function textOf(node: Node, scan: Scan): string {
  return scan.source.slice(node.start ?? 0, node.end ?? 0)
}

const SOURCE_LENGTH = 80

/** The code as one line (a chain split over lines joined back), cut to about 80 characters. */
function shorten(text: string): string {
  const line = redact(text)
    .replace(/\s*\n\s*(?=[.?)\]])/g, '')
    .replace(/\s*\n\s*/g, ' ')
  return line.length > SOURCE_LENGTH
    ? `${line.slice(0, SOURCE_LENGTH - 1)}…`
    : line
}

/** Babel's 1-based line and 0-based column → the file's 1-based line and column. */
function placer(at: EmbeddedAt) {
  return (position: Position) => ({
    line: at.line + position.line - 1,
    column: at.column(position.line - 1) + position.column,
  })
}
