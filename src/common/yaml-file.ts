import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  visit,
} from 'yaml'
import type { Alias, Document, EmptyStream, Node, Pair, YAMLMap } from 'yaml'
import { quote } from './quote.js'
import { positionOfOffset, positionOfRange } from './text-position.js'
import { plainSyntaxErrors } from './yaml-syntax-message.js'
import { yamlOverBudget } from './yaml-budget.js'
import type { Position } from './text-position.js'

/**
 * The one reader of YAML in this project (templates and the config): the
 * `yaml` package with a LineCounter, so every value has its place.
 */

export type PathSegment = string | number
/** Point at a key (`permissions:`), its value, or both. */
export type Part = 'key' | 'value'

/**
 * Aliases may repeat a node this many times in one document before it is
 * treated as an alias bomb ("billion laughs"). Real templates need none.
 */
const MAX_ALIAS_COUNT = 100

export interface SyntaxProblem {
  message: string
  at: Position
}

/** One YAML document of a file: its value and where each part is. */
export class YamlDocument {
  constructor(
    readonly index: number,
    readonly value: unknown,
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {}

  /**
   * Where `path` is in the file. A path that does not exist falls back to
   * its nearest existing ancestor (a missing key is reported on its map).
   */
  locate(path: readonly PathSegment[], part: Part = 'value'): Position {
    let node: Node | null = this.document.contents
    let pair: Pair | undefined
    for (const segment of path) {
      const next = childOf(node, segment, this.document)
      if (!next) break
      pair = next.pair
      node = next.node
    }
    const wantsKey = part === 'key' || isEmptyScalar(node)
    const target = wantsKey && pair && hasRange(pair.key) ? pair.key : node
    if (hasRange(target)) return this.rangePosition(target.range)
    return this.start()
  }

  /**
   * A string scalar's text and where its lines sit in the file, for code
   * embedded in YAML (a workflow's `run:` or `script:`): `line` is the
   * file line of the text's first line, `column(n)` the file column of
   * the text's line n. A literal block (`|`) keeps its lines one to one;
   * other styles are placed by their first line. Undefined when `path`
   * is no string scalar.
   */
  scalarText(path: readonly PathSegment[]):
    | {
        text: string
        line: number
        column(textLine: number): number
        /** False when the text's lines do not sit line for line in the file (a folded or multi-line flow scalar): place things at its start. */
        exact: boolean
      }
    | undefined {
    let node: Node | null = this.document.contents
    let keyColumn = 0
    for (const segment of path) {
      const next = childOf(node, segment, this.document)
      if (!next) return undefined
      if (next.pair && hasRange(next.pair.key))
        keyColumn = this.lineCounter.linePos(next.pair.key.range[0]).col - 1
      node = next.node
    }
    if (!isScalar(node) || typeof node.value !== 'string' || !hasRange(node))
      return undefined
    const start = this.lineCounter.linePos(node.range[0])
    const literal = node.type === Scalar.BLOCK_LITERAL
    if (literal || node.type === Scalar.BLOCK_FOLDED) {
      // The text starts on the line after the header (`|`, `|-`, `|2`),
      // indented as the indicator says, else as its first non-empty line.
      const lines = this.text.slice(node.range[0], node.range[1]).split('\n')
      const indicator = /^[|>][+-]?([1-9])?/.exec(lines[0] ?? '')?.[1]
      const body = lines.slice(1).find((text) => text.trim() !== '') ?? ''
      const indent = indicator
        ? keyColumn + Number(indicator)
        : body.length - body.trimStart().length
      return {
        text: node.value,
        line: start.line + 1,
        column: () => indent + 1,
        exact: literal,
      }
    }
    // A quoted scalar's text starts after its quote.
    const quoted =
      node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE
    const first = start.col + (quoted ? 1 : 0)
    return {
      text: node.value,
      line: start.line,
      column: () => first,
      exact: !node.value.includes('\n'),
    }
  }

  /** The first line of the document's content: where "missing" is reported. */
  start(): Position {
    const contents = this.document.contents
    const start = hasRange(contents)
      ? contents.range[0]
      : this.document.range[0]
    const firstKey = isMap(contents) ? contents.items[0]?.key : undefined
    const end = hasRange(firstKey) ? firstKey.range[1] : start + 1
    return positionOfRange(this.lineCounter, start, end)
  }

  /** The lines the document spans, its `---` included. */
  lines(): { line: number; endLine: number } {
    const [start, , end] = this.document.range
    const last = this.rangePosition([start, end, end])
    return { line: this.lineCounter.linePos(start).line, endLine: last.endLine }
  }

  /** A node's position without the line breaks and spaces it ends with. */
  private rangePosition([start, end]: [number, number, number]): Position {
    while (end > start + 1 && /\s/.test(this.text[end - 1] ?? '')) end -= 1
    return positionOfRange(this.lineCounter, start, end)
  }
}

type NodeWithRange = Node & { range: [number, number, number] }

function hasRange(node: unknown): node is NodeWithRange {
  return (
    typeof node === 'object' &&
    node !== null &&
    Array.isArray((node as Node).range)
  )
}

/** `contents:` with nothing after it: there is no value to point at. */
function isEmptyScalar(node: Node | null): boolean {
  return (
    node === null || (isScalar(node) && node.value === null && !node.source)
  )
}

/**
 * A path segment as a list index, NaN when it is none. JSON pointers
 * (ajv's instancePath) give list indexes as text.
 */
export function listIndex(segment: PathSegment): number {
  if (typeof segment === 'number') return segment
  return /^\d+$/.test(segment) ? Number(segment) : NaN
}

/**
 * Each large map's pairs by key text, built on the first lookup: a file
 * with thousands of findings in one map must not search the map once per
 * finding. A template's maps are small: searching them costs less than
 * building an index.
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>()
const INDEX_ABOVE_ITEMS = 16

function pairOfKey(
  map: YAMLMap,
  key: string,
  document: Document.Parsed,
): Pair | undefined {
  if (map.items.length <= INDEX_ABOVE_ITEMS) {
    return map.items.find((item) => keyText(item as Pair, document) === key) as
      Pair | undefined
  }
  let pairs = pairsByKey.get(map)
  if (!pairs) {
    pairs = new Map()
    for (const item of map.items) {
      const text = keyText(item as Pair, document)
      if (!pairs.has(text)) pairs.set(text, item as Pair)
    }
    pairsByKey.set(map, pairs)
  }
  return pairs.get(key)
}

/**
 * A key as the document's value has it: a scalar's value as text, and a
 * collection key (`{[contents]: write}`) as yaml's toJS writes it,
 * `[ contents ]`, by asking yaml to convert the pair.
 */
function keyText(pair: Pair, document: Document.Parsed): string {
  if (isScalar(pair.key)) return String(pair.key.value)
  const context = {
    doc: document,
    anchors: new Map(),
    keep: false,
    mapAsMap: false,
    mapKeyWarned: true,
    maxAliasCount: MAX_ALIAS_COUNT,
  }
  const converted = pair.toJSON(undefined, context) as Record<string, unknown>
  return Object.keys(converted)[0] ?? ''
}

function childOf(
  node: Node | null,
  segment: PathSegment,
  document: Document.Parsed,
): { pair?: Pair; node: Node | null } | undefined {
  if (isMap(node)) {
    const pair = pairOfKey(node, String(segment), document)
    return pair
      ? { pair, node: (pair.value as Node | null) ?? null }
      : undefined
  }
  const index = listIndex(segment)
  if (isSeq(node) && Number.isInteger(index)) {
    const item = node.items[index]
    return item === undefined ? undefined : { node: item as Node }
  }
  return undefined
}

export interface ParsedFile {
  /** The documents with a value (not empty, no syntax errors). */
  documents: YamlDocument[]
  problems: SyntaxProblem[]
  /** Documents with syntax errors: counted as templates, but not checked. */
  brokenDocuments: number
}

/**
 * Parses every `---` document of a file. Syntax errors, duplicate keys and
 * alias bombs become problems with positions; they never throw.
 */
export function parseYamlFile(text: string): ParsedFile {
  const result: ParsedFile = { documents: [], problems: [], brokenDocuments: 0 }
  const tooCostly = yamlOverBudget(text)
  if (tooCostly) {
    const { offset, message } = tooCostly
    result.problems.push({ message, at: positionOfOffset(text, offset) })
    result.brokenDocuments = 1
    return result
  }
  const lineCounter = new LineCounter()
  const parsed = parseWithoutStacks(text, lineCounter)
  // parseAllDocuments returns an EmptyStream (not an array) for no documents.
  if (!Array.isArray(parsed)) return result
  parsed.forEach((document, index) => {
    const read = readDocument(document, text, lineCounter)
    for (const { message, pos } of read.problems)
      result.problems.push({
        message,
        at: positionOfRange(lineCounter, pos[0], pos[1]),
      })
    if (read.problems.length > 0) result.brokenDocuments += 1
    // `---` alone, comments only, or a bare `~`: no template here.
    else if (read.value !== null && read.value !== undefined)
      result.documents.push(
        new YamlDocument(index, read.value, document, lineCounter, text),
      )
  })
  return result
}

/**
 * `yaml` with its own duplicate-key check off (it searches the map for
 * every key: quadratic), and without a stack trace per syntax error: a
 * broken file can hold a million of them, and only the messages are used.
 */
function parseWithoutStacks(
  text: string,
  lineCounter: LineCounter,
): Document.Parsed[] | EmptyStream {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      // YAML 1.1's !!omap and !!set would become a JS Map or Set, which
      // a JSON Schema takes for an empty object: unresolved instead.
      resolveKnownTags: false,
      // A collection as a key becomes its text; yaml would also warn on
      // stderr, where a CLI's output must stay its own.
      logLevel: 'error',
    })
  } finally {
    Error.stackTraceLimit = limit
  }
}

interface DocumentProblem {
  message: string
  pos: readonly [number, number]
}

/**
 * A document's value, or why it cannot be trusted: any error or warning
 * of yaml's (an unknown directive or tag too: the document would not mean
 * what it says), a repeated key, YAML 1.1, or aliases that do not resolve.
 * Each message once per document: one problem can surface twice (a stack
 * overflow in the parser and again in the composer).
 */
function readDocument(
  document: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
): {
  value?: unknown
  problems: DocumentProblem[]
} {
  const problems: DocumentProblem[] = []
  const seen = new Set<string>()
  const add = (message: string, pos: readonly [number, number]) => {
    if (seen.has(message)) return
    seen.add(message)
    problems.push({ message, pos })
  }
  const errors = [...document.errors, ...document.warnings]
  for (const { message, pos } of plainSyntaxErrors(errors, text, document))
    add(message, pos)
  if (problems.length > 0) return { problems }
  // The first repeated key: the rest follow once it is fixed.
  for (const { key, first } of repeatedKeys(document).slice(0, 1))
    add(
      `${quote(String(key.value))} is a key of this map already (line ${lineCounter.linePos(first.range[0]).line}): each key may appear once in a map; remove or merge the repeated one`,
      [key.range[0], key.range[1]],
    )
  const start = document.range[0]
  if (document.directives.yaml.version === '1.1')
    add(
      'this document is read as YAML 1.1 (a %YAML 1.1 directive, here or in an earlier document of the file, applies): YAML 1.1 reads 030 as 24 and on as true; remove the directive, these files are YAML 1.2',
      [start, start + 1],
    )
  if (problems.length > 0) return { problems }
  try {
    return {
      value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }),
      problems,
    }
  } catch (error) {
    add(...aliasProblem(document, error))
    return { problems }
  }
}

/** Why toJS refused the document's aliases: a bomb, or an unknown anchor. */
function aliasProblem(
  document: Document.Parsed,
  error: unknown,
): [string, readonly [number, number]] {
  const start = document.range[0]
  const message = error instanceof Error ? error.message : String(error)
  if (/alias count/i.test(message))
    return [
      `this document expands aliases too often (more than ${MAX_ALIAS_COUNT} times): templates need no aliases, write the values out`,
      [start, start + 1],
    ]
  let unresolved: Alias | undefined
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document) !== undefined) return
      unresolved = alias
      return visit.BREAK
    },
  })
  if (!unresolved?.range)
    return [message.split('\n', 1)[0]!, [start, start + 1]]
  return [
    `the alias *${unresolved.source} has no anchor &${unresolved.source} before it: define the anchor first, or write the value out`,
    [unresolved.range[0], unresolved.range[1]],
  ]
}

type ScalarWithRange = Scalar & { range: [number, number, number] }

/**
 * Keys that repeat an earlier key of their map (scalars compared by value,
 * as `yaml` does), each with that first key, found with one map of keys
 * per map: linear in the keys.
 */
function repeatedKeys(
  document: Document.Parsed,
): { key: ScalarWithRange; first: ScalarWithRange }[] {
  const repeated: { key: ScalarWithRange; first: ScalarWithRange }[] = []
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const keys = new Map<unknown, ScalarWithRange>()
      for (const { key, value } of node.items) {
        if (isScalar(key) && hasRange(key)) {
          const first = keys.get(key.value)
          if (first) repeated.push({ key, first })
          else keys.set(key.value, key)
        } else if (!isScalar(key)) walk(key)
        walk(value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item)
    }
  }
  walk(document.contents)
  return repeated
}
