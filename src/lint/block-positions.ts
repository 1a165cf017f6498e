import type { Position } from './finding.js'
import { listIndex } from './template-document.js'
import type { Part, PathSegment } from './template-document.js'
import { positionOfRange } from './text-position.js'

/**
 * Positions for the plain block YAML templates are written in, read off the
 * lines without a YAML parser: how the fast path places findings without
 * parsing the file a second time.
 *
 * It knows block maps with plain keys, block sequences of scalars, one-line
 * plain and quoted scalars, block scalars (`>-`) and empty `[]` / `{}`, and
 * gives up (undefined) on anything else, which then goes to `yaml`: on the
 * whole file, since `yaml` may find errors in any document that js-yaml
 * took. Where it answers, its positions are `yaml`'s, to the column: a test
 * compares the two on every path of a corpus and of random templates.
 */

/** A scalar, a collection, or nothing written after `key:`. */
type BlockNode = ScalarNode | MapNode | SeqNode | EmptyNode

interface Spanned {
  /** Offset of the node's first character. */
  start: number
  /**
   * Offset after its last character, trailing spaces left out; for a map
   * or a sequence, its `tail` (yaml's range takes in the last comment).
   */
  end: number
  /**
   * Where the node's last line ends, its trailing comment included: a
   * collection ending with this node ends there (as in `yaml`).
   */
  tail: number
}

interface ScalarNode extends Spanned {
  kind: 'scalar'
}

interface EmptyNode {
  kind: 'empty'
}

interface Entry {
  key: string
  keyStart: number
  keyEnd: number
  value: BlockNode
  /** Where the entry's last line ends (see Spanned.tail). */
  tail: number
}

interface MapNode extends Spanned {
  kind: 'map'
  entries: Entry[]
}

interface SeqNode extends Spanned {
  kind: 'seq'
  items: ScalarNode[]
}

/** Thrown inside the reader for anything it does not know; never escapes. */
class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported()
}

interface Line {
  /** Offset of the line's first character. */
  start: number
  /** Offset of its first non-space character (= end when blank). */
  content: number
  /** Offset of its end, without `\r\n` / `\n` and trailing spaces. */
  end: number
  indent: number
  /** Blank, or a comment only. */
  empty: boolean
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let next = text.indexOf('\n', start)
    if (next === -1) next = text.length
    let end = next
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1
    let content = start
    while (content < end && text.charCodeAt(content) === SPACE) content += 1
    lines.push({
      start,
      content,
      end,
      indent: content - start,
      empty: content === end || text.charCodeAt(content) === HASH,
    })
    start = next + 1
  }
  return lines
}

const SPACE = 0x20
const HASH = 0x23

/** Trailing characters a line or value loses: spaces, tabs and `\r`. */
function isSpace(code: number): boolean {
  return code === SPACE || code === 0x09 || code === 0x0d
}

/**
 * Keys the reader takes as written: what templates use (`pull_requests`).
 * Not `null`, `true` or numbers: the two parsers turn those into
 * different keys.
 */
const PLAIN_KEY =
  /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)[A-Za-z_][\w.-]*$/

// YAML's white space is spaces and tabs only (a `#` after a no-break space
// is text, not a comment): the patterns that find comments and key colons
// do not use `\s`. Where a `\s` remains, it only makes the reader give up
// more often.

/** A block scalar header: `|`, `>-`, `|+`, perhaps with a comment. */
const BLOCK_SCALAR_HEADER = /^[|>][-+]?(?:[ \t]+#.*)?$/

/** An empty flow collection, perhaps with a comment. */
const EMPTY_FLOW = /^(?:\[\]|\{\})(?=[ \t]+#|$)/

/** A `:` that ends a key. */
const KEY_COLON = /:(?:[ \t]|$)/

/** Characters that start something other than a plain scalar. */
const NOT_PLAIN_START = /^(?:[-?:](?:\s|$)|[&*!%@`|>[\]{},])/

/** Reads one document's lines into nodes. */
class BlockReader {
  private index = 0

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  /** The document's root map, or undefined when it holds no content. */
  readRoot(): MapNode | undefined {
    // Comments only (however indented): nothing to place, nothing amiss.
    if (this.lines.every((line) => line.empty)) return undefined
    const first = this.nextContent()
    if (!first) return undefined
    const root = this.readMap(first.indent)
    if (this.nextContent()) unsupported() // something less indented than the root
    return root
  }

  /**
   * The next line with content (not blank, not a comment), not consumed.
   * A comment indented more than that line may belong, for `yaml`, to the
   * node before it, and stretch its range: such files are left to `yaml`.
   */
  private nextContent(): Line | undefined {
    let commentIndent = 0
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!
      if (!line.empty) {
        if (commentIndent > line.indent) unsupported()
        return line
      }
      if (line.content !== line.end) {
        commentIndent = Math.max(commentIndent, line.indent)
      }
      this.index += 1
    }
    if (commentIndent > 0) unsupported()
    return undefined
  }

  private readMap(indent: number): MapNode {
    const entries: Entry[] = []
    for (
      let line = this.nextContent();
      line && line.indent >= indent;
      line = this.nextContent()
    ) {
      if (line.indent > indent) unsupported()
      entries.push(this.readEntry(line))
    }
    const first = entries[0] ?? unsupported()
    const last = entries[entries.length - 1]!
    return {
      kind: 'map',
      start: first.keyStart,
      end: last.tail,
      tail: last.tail,
      entries,
    }
  }

  private readEntry(line: Line): Entry {
    const text = this.text.slice(line.content, line.end)
    const colon = text.search(KEY_COLON)
    if (colon <= 0) unsupported()
    const key = text.slice(0, colon).trimEnd()
    if (!PLAIN_KEY.test(key)) unsupported()
    const keyStart = line.content
    const keyEnd = keyStart + key.length
    this.index += 1
    const following = this.index
    const value = this.readValue(line, line.content + colon + 1)
    const tail =
      value.kind === 'empty' ? this.emptyValueTail(line, following) : value.tail
    return { key, keyStart, keyEnd, value, tail }
  }

  /**
   * `key:` with nothing after it: for `yaml` the entry runs on over the
   * comment lines that follow, up to the next content.
   */
  private emptyValueTail(line: Line, following: number): number {
    let tail = line.end
    for (let i = following; i < this.lines.length; i += 1) {
      const next = this.lines[i]!
      if (!next.empty) break
      if (next.content !== next.end) tail = next.end
    }
    return tail
  }

  /** The value after `key:` (at `from`) on `line`, and any lines it spans. */
  private readValue(line: Line, from: number): BlockNode {
    const start = this.skipSpaces(from, line.end)
    if (start === line.end || this.text.charCodeAt(start) === HASH) {
      return this.readNested(line.indent)
    }
    const rest = this.text.slice(start, line.end)
    if (BLOCK_SCALAR_HEADER.test(rest)) {
      return this.readBlockScalar(start, line.indent, rest[1] === '+')
    }
    const scalar = this.readInlineScalar(start, line)
    this.refuseMoreIndented(line.indent)
    return scalar
  }

  /** What follows `key:` on the next lines: a map, a sequence, or nothing. */
  private readNested(indent: number): BlockNode {
    const next = this.nextContent()
    if (next && next.indent > indent) {
      return this.startsItem(next)
        ? this.readSeq(next.indent)
        : this.readMap(next.indent)
    }
    // `key:` then `- item` at the key's own indent: an indentless sequence.
    if (next && next.indent === indent && this.startsItem(next)) {
      return this.readSeq(indent)
    }
    return { kind: 'empty' }
  }

  private startsItem(line: Line): boolean {
    const after = this.text.charCodeAt(line.content + 1)
    return (
      this.text.charCodeAt(line.content) === 0x2d &&
      (line.content + 1 === line.end || isSpace(after))
    )
  }

  private readSeq(indent: number): SeqNode {
    const items: ScalarNode[] = []
    let start = -1
    for (
      let line = this.nextContent();
      line && line.indent >= indent;
      line = this.nextContent()
    ) {
      if (line.indent > indent) unsupported()
      if (!this.startsItem(line)) break // the next key after `key:\n- item`
      if (start === -1) start = line.content
      this.index += 1
      const valueStart = this.skipSpaces(line.content + 1, line.end)
      // An empty item, perhaps with a comment (`- # todo`): `yaml` places
      // its null on the `#`.
      if (
        valueStart === line.end ||
        this.text.charCodeAt(valueStart) === HASH
      ) {
        unsupported()
      }
      if (/^[^'"]*:(?:\s|$)/.test(this.text.slice(valueStart, line.end))) {
        unsupported() // `- key: value`: a map in the sequence
      }
      items.push(this.readInlineScalar(valueStart, line))
      this.refuseMoreIndented(line.indent)
    }
    const last = items[items.length - 1] ?? unsupported()
    return { kind: 'seq', start, end: last.tail, tail: last.tail, items }
  }

  /** A one-line scalar at `start`: quoted, plain, or an empty `[]` / `{}`. */
  private readInlineScalar(start: number, line: Line): ScalarNode {
    const rest = this.text.slice(start, line.end)
    const quote = rest[0]
    let length: number
    let plain = false
    if (quote === "'" || quote === '"') {
      length = quotedLength(rest, quote)
    } else if (EMPTY_FLOW.test(rest)) {
      length = 2
    } else {
      if (NOT_PLAIN_START.test(rest)) unsupported()
      const comment = rest.search(/[ \t]#/)
      // Trimmed as `yaml`'s ranges are (TemplateDocument.rangePosition).
      length = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd().length
      // `a: b` inside a plain value is an error for `yaml`; `a:` is a key.
      if (/:(?:\s|$)/.test(rest.slice(0, length))) unsupported()
      plain = true
    }
    // After a plain value, what it was trimmed of, then perhaps a comment.
    const after = rest.slice(length)
    if (after !== '' && !(plain ? /^\s+#/ : /^[ \t]+#/).test(after)) {
      unsupported()
    }
    return { kind: 'scalar', start, end: start + length, tail: line.end }
  }

  /** `|` or `>` at `start`: the scalar runs over the lines indented more. */
  private readBlockScalar(
    start: number,
    parentIndent: number,
    keep: boolean,
  ): ScalarNode {
    let contentIndent = -1
    let leadingSpaces = 0
    let last: Line | undefined
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!
      const blank = line.content === line.end
      if (!blank) {
        if (contentIndent === -1) contentIndent = line.indent
        if (line.indent < contentIndent || line.indent <= parentIndent) break
        last = line
      } else if (contentIndent === -1) {
        leadingSpaces = Math.max(leadingSpaces, this.spacesAt(line.start))
      }
      this.index += 1
    }
    if (!last) unsupported() // an empty block scalar
    // Blank lines before the text with more spaces than its indent: an
    // error for `yaml` (it wants an indentation indicator), not for js-yaml.
    if (leadingSpaces > contentIndent) unsupported()
    // `|+` up to a file's last line, spaces without a line break: js-yaml
    // keeps one line break more there than `yaml`.
    const final = this.lines[this.lines.length - 1]!
    if (
      keep &&
      this.index === this.lines.length &&
      final.content === final.end &&
      final.start < this.text.length &&
      !this.text.includes('\n', final.start)
    ) {
      unsupported()
    }
    return { kind: 'scalar', start, end: last!.end, tail: last!.end }
  }

  /** A value on one line may not run on to lines indented more. */
  private refuseMoreIndented(indent: number): void {
    for (let i = this.index; i < this.lines.length; i += 1) {
      const line = this.lines[i]!
      if (line.content === line.end) continue
      if (line.indent > indent) unsupported()
      return
    }
  }

  /** How many spaces the line at `from` starts with (all, if blank). */
  private spacesAt(from: number): number {
    let to = from
    while (this.text.charCodeAt(to) === SPACE) to += 1
    return to - from
  }

  private skipSpaces(from: number, to: number): number {
    while (from < to && this.text.charCodeAt(from) === SPACE) from += 1
    return from
  }
}

/** The length of the quoted scalar `rest` starts with, quotes included. */
function quotedLength(rest: string, quote: string): number {
  for (let i = 1; i < rest.length; i += 1) {
    const char = rest[i]
    if (quote === '"' && char === '\\') {
      // js-yaml takes `\U` escapes past U+10FFFF that `yaml` refuses.
      if (rest[i + 1] === 'U') {
        const code = parseInt(rest.slice(i + 2, i + 10), 16)
        if (!(code <= 0x10ffff)) unsupported()
      }
      i += 1
    } else if (char === quote) {
      if (quote === "'" && rest[i + 1] === "'") i += 1
      else return i + 1
    }
  }
  return unsupported() // it goes on to the next line
}

/** A document of the file, as the reader saw it. */
interface ReadDocument {
  root: MapNode | undefined
}

/**
 * The file's lines, cut into documents at `---` and `...` markers as YAML
 * does. Undefined when a marker carries content (`--- name: x`).
 */
function splitDocuments(text: string, lines: Line[]): Line[][] | undefined {
  const documents: Line[][] = []
  let current: Line[] | undefined
  for (const line of lines) {
    const marker = documentMarker(text, line)
    if (marker === 'invalid') return undefined
    if (marker === 'start') {
      current = []
      documents.push(current)
    } else if (marker === 'end') {
      current = undefined
    } else if (!line.empty) {
      if (!current) {
        current = []
        documents.push(current)
      }
      current.push(line)
    } else {
      current?.push(line)
    }
  }
  return documents
}

function documentMarker(
  text: string,
  line: Line,
): 'start' | 'end' | 'invalid' | undefined {
  if (line.indent !== 0) return undefined
  const head = text.slice(line.start, line.start + 3)
  if (head !== '---' && head !== '...') return undefined
  const after = text.slice(line.start + 3, line.end)
  if (after !== '' && !/^[ \t]/.test(after)) return undefined // `---x` is text
  if (after !== '' && !/^[ \t]+#/.test(after)) return 'invalid'
  return head === '---' ? 'start' : 'end'
}

/**
 * A `\r` that does not end a line: js-yaml breaks the line there, `yaml`
 * keeps it in the text.
 */
const LONE_CR = /\r(?!\n)/

/**
 * A line ending in white space YAML does not know (a no-break space):
 * part of the text for both parsers, but trimmed off a range's end by
 * TemplateDocument, which the reader's line ends do not follow.
 */
const UNICODE_SPACE_AT_END = /[^\S \t\r\n](?=[ \t\r]*$)/m

/**
 * Every document's positions, or undefined when the reader does not know
 * the file's YAML. `values` are the fast path's documents: the reader must
 * have seen the same documents and keys, or it is not trusted at all.
 */
export function readBlockPositions(
  text: string,
  values: readonly unknown[],
): BlockPositions | undefined {
  if (LONE_CR.test(text) || UNICODE_SPACE_AT_END.test(text)) return undefined
  const lines = splitLines(text)
  const documents = splitDocuments(text, lines)
  if (!documents || documents.length !== values.length) return undefined
  const read: ReadDocument[] = []
  for (const [index, documentLines] of documents.entries()) {
    let root: MapNode | undefined
    try {
      root = new BlockReader(text, documentLines).readRoot()
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      // Not a document at a time: `yaml` may find errors in this one
      // (js-yaml did not), and they are the whole file's findings.
      return undefined
    }
    // A document it read must hold what js-yaml read.
    if (root ? !sameShape(root, values[index]) : values[index] !== null) {
      return undefined
    }
    read.push({ root })
  }
  return new BlockPositions(text, lines, read)
}

/** Whether the node has the keys and items of the js-yaml value, in order. */
function sameShape(node: BlockNode, value: unknown): boolean {
  switch (node.kind) {
    case 'empty':
      return value === null
    case 'scalar': // `[]` and `{}` are read as scalars: they are empty
      return (
        value === null ||
        typeof value !== 'object' ||
        Object.keys(value).length === 0
      )
    case 'seq':
      return (
        Array.isArray(value) &&
        value.length === node.items.length &&
        node.items.every((item, i) => sameShape(item, value[i]))
      )
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false
      const keys = Object.keys(value)
      return (
        keys.length === node.entries.length &&
        node.entries.every(
          (entry, i) =>
            keys[i] === entry.key &&
            sameShape(
              entry.value,
              (value as Record<string, unknown>)[entry.key],
            ),
        )
      )
    }
  }
}

/** Answers for every document with content; undefined for empty ones. */
export class BlockPositions {
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
    private readonly documents: readonly ReadDocument[],
  ) {}

  /** Whether document `index` has positions here. */
  has(index: number): boolean {
    return this.documents[index]?.root !== undefined
  }

  /** As TemplateDocument.locate: a missing path falls back to its nearest ancestor. */
  locate(
    index: number,
    path: readonly PathSegment[],
    part: Part = 'value',
  ): Position | undefined {
    const root = this.documents[index]?.root
    if (!root) return undefined
    let node: BlockNode = root
    let key: { start: number; end: number } | undefined
    for (const segment of path) {
      const child = childOf(node, segment)
      if (!child) break
      key = child.key
      node = child.node
    }
    const wantsKey = part === 'key' || node.kind === 'empty'
    if (wantsKey && key) return this.position(key.start, key.end)
    if (node.kind === 'empty') return this.start(index)
    return this.position(node.start, node.end)
  }

  /** As TemplateDocument.start: the first key. */
  start(index: number): Position | undefined {
    const root = this.documents[index]?.root
    if (!root) return undefined
    return this.position(root.start, root.entries[0]!.keyEnd)
  }

  private position(start: number, end: number): Position {
    return positionOfRange(this, start, end)
  }

  /** The 1-based line and column of an offset, as yaml's LineCounter gives. */
  linePos(offset: number): { line: number; col: number } {
    let low = 0
    let high = this.lines.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lines[middle]!.start <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, col: offset - this.lines[low]!.start + 1 }
  }
}

function childOf(
  node: BlockNode,
  segment: PathSegment,
): { node: BlockNode; key?: { start: number; end: number } } | undefined {
  if (node.kind === 'map') {
    const entry = node.entries.find((e) => e.key === String(segment))
    return entry
      ? { node: entry.value, key: { start: entry.keyStart, end: entry.keyEnd } }
      : undefined
  }
  if (node.kind === 'seq') {
    const index = listIndex(segment)
    const item = Number.isInteger(index) ? node.items[index] : undefined
    return item ? { node: item } : undefined
  }
  return undefined
}
