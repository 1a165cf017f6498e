import { requireOnFirstUse } from '../bundled-require.js'
import type { Document, LineCounter, Node, Pair } from 'yaml'
import type { Position } from './finding.js'
import { positionOfRange } from './text-position.js'

/**
 * `yaml`, loaded on first use: the fast path and the line reader serve
 * most runs without it (the Action on a clean tree never needs it).
 */
let yamlModule: typeof import('yaml') | undefined
function yaml(): typeof import('yaml') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlModule ??= requireOnFirstUse(() => require('yaml'), 'yaml'))
}
const isMap = (node: unknown) => yaml().isMap(node)
const isScalar = (node: unknown) => yaml().isScalar(node)
const isSeq = (node: unknown) => yaml().isSeq(node)

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

/** One YAML document of a template file: its value and where each part is. */
export class TemplateDocument {
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
      const next = childPair(node, segment)
      if (!next) break
      pair = next.pair
      node = next.node
    }
    const wantsKey = part === 'key' || isEmptyScalar(node)
    const target =
      wantsKey && pair && isNodeWithRange(pair.key) ? pair.key : node
    if (isNodeWithRange(target)) return this.rangePosition(target.range)
    return this.start()
  }

  /** The first line of the document's content: where "missing" is reported. */
  start(): Position {
    const contents = this.document.contents
    const start = isNodeWithRange(contents)
      ? contents.range[0]
      : this.document.range[0]
    const firstKey =
      isMap(contents) && isNodeWithRange(contents.items[0]?.key)
        ? (contents.items[0].key as Node)
        : undefined
    const end = firstKey?.range ? firstKey.range[1] : start + 1
    return positionOfRange(this.lineCounter, start, end)
  }

  /** Itself: its positions are final (see DocumentPositions). */
  settled(): this {
    return this
  }

  /** The position now, as a function (see DocumentPositions). */
  positionLater(
    path: readonly PathSegment[],
    part: Part = 'value',
  ): () => Position {
    const position = this.locate(path, part)
    return () => position
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

function isNodeWithRange(
  node: unknown,
): node is Node & { range: [number, number, number] } {
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

function childPair(
  node: Node | null,
  segment: PathSegment,
): { pair?: Pair; node: Node | null } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) =>
        isScalar(item.key) && String(item.key.value) === String(segment),
    )
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
  documents: TemplateDocument[]
  problems: SyntaxProblem[]
  /** Documents with syntax errors: counted as templates, but not checked. */
  brokenDocuments: number
  /** Every document, empty ones included (as js-yaml counts them). */
  documentCount: number
}

/**
 * Parses every `---` document of a file. Syntax errors, duplicate keys and
 * alias bombs become problems with positions; they never throw.
 */
export function parseTemplateFile(text: string): ParsedFile {
  const { LineCounter, parseAllDocuments } = yaml()
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  })
  const result: ParsedFile = {
    documents: [],
    problems: [],
    brokenDocuments: 0,
    documentCount: 0,
  }
  // parseAllDocuments returns an EmptyStream (not an array) for no documents.
  if (!Array.isArray(parsed)) return result
  result.documentCount = parsed.length
  const at = (pos: [number, number]) =>
    positionOfRange(lineCounter, pos[0], pos[1])
  parsed.forEach((document, index) => {
    const errors = [...document.errors, ...document.warnings]
    // One problem can surface twice (a stack overflow in the parser and
    // again in the composer): report each message once per document.
    const messages = new Set<string>()
    for (const error of errors) {
      const message = syntaxMessage(error.code, error.message)
      if (messages.has(message)) continue
      messages.add(message)
      result.problems.push({ message, at: at(error.pos) })
    }
    if (document.errors.length > 0) {
      result.brokenDocuments += 1
      return
    }
    try {
      const value: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
      // `---` alone, comments only, or a bare `~`: no template here.
      if (value === null || value === undefined) return
      result.documents.push(
        new TemplateDocument(index, value, document, lineCounter, text),
      )
    } catch {
      result.brokenDocuments += 1
      result.problems.push({
        message: `this document expands aliases too often (more than ${MAX_ALIAS_COUNT} times): templates need no aliases, write the values out`,
        at: at(
          document.range ? [document.range[0], document.range[0] + 1] : [0, 1],
        ),
      })
    }
  })
  return result
}

/** yaml's messages quote source text; keep the first line, which says what is wrong. */
function syntaxMessage(code: string, message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? message
  if (/call stack/i.test(firstLine)) {
    return 'the document nests too deeply to be a template: a template is a flat map with one nested permissions map'
  }
  if (code === 'DUPLICATE_KEY')
    return `${firstLine}: each key may appear once in a template; remove or merge the repeated one`
  if (code === 'TAB_AS_INDENT')
    return `${firstLine}: indent with spaces, YAML does not allow tabs`
  return firstLine
}
