import { isScalar, visit } from 'yaml'
import type { Document } from 'yaml'
import { quote } from './quote.js'

/**
 * yaml's syntax errors in plain words, at the line of the mistake: the
 * parser reports where it gave up (an unclosed quote at the end of the
 * file, an over-indented line on the line above it), in its own terms
 * ("Nested mappings are not allowed in compact mappings"). The common
 * mistakes get a sentence that says what is wrong and how to fix it, at
 * the place to fix; any other error keeps yaml's message and position.
 */

export interface YamlErrorLike {
  code: string
  message: string
  pos: readonly [number, number]
}

export interface PlainSyntaxError {
  message: string
  pos: readonly [number, number]
}

/** A key as it can be shown in a snippet without quoting. */
const PLAIN_KEY = /^[A-Za-z_][\w.-]*$/

/** Snippets longer than this are left out of a message. */
const MAX_SNIPPET = 60

interface Line {
  start: number
  /** Before the line break (and a \r before it). */
  end: number
  text: string
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  let end = text.indexOf('\n', offset)
  if (end === -1) end = text.length
  if (text[end - 1] === '\r') end -= 1
  return { start, end, text: text.slice(start, end) }
}

/** A line with something besides blanks and a comment. */
const hasContent = (line: Line) => !/^\s*(#.*)?$/.test(line.text)

function nextContentLine(text: string, line: Line): Line | undefined {
  let offset = text.indexOf('\n', line.end)
  while (offset !== -1 && offset + 1 < text.length) {
    const next = lineAt(text, offset + 1)
    if (hasContent(next)) return next
    offset = text.indexOf('\n', next.end)
  }
  return undefined
}

function previousContentLine(text: string, line: Line): Line | undefined {
  let start = line.start
  while (start > 0) {
    const previous = lineAt(text, start - 1)
    if (hasContent(previous)) return previous
    start = previous.start
  }
  return undefined
}

/** Where the line's key (or text) starts, after blanks and list dashes. */
function keyColumn(line: Line): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(line.text)![0].length
}

/** The line's content without its indentation and a trailing comment. */
function content(line: Line, from = line.start): string {
  return line.text
    .slice(from - line.start)
    .replace(/\s+#.*$/, '')
    .trim()
}

/** From the first character of the line's content to its last. */
function contentRange(line: Line): [number, number] {
  const first = line.start + /^\s*/.exec(line.text)![0].length
  const last = line.start + line.text.trimEnd().length
  return [first, Math.max(last, first + 1)]
}

/** The key of `name: value` whose value starts at `valueStart`. */
function keyBefore(line: Line, valueStart: number): string {
  return line.text
    .slice(0, valueStart - line.start)
    .replace(/^[ \t]*(?:-[ \t]+)*/, '')
    .replace(/:[ \t]*$/, '')
}

/** `key: "value"`, when both can be shown as they are. */
function quotedSnippet(key: string, value: string): string | undefined {
  const snippet = `${key === '' ? '' : `${key}: `}${quote(value, MAX_SNIPPET)}`
  const plainKey = key === '' || PLAIN_KEY.test(key)
  return plainKey && value.length <= MAX_SNIPPET ? snippet : undefined
}

/**
 * Where each unclosed flow collection (`[`, `{`) and quoted scalar of a
 * document starts, by the offset where it ends (where yaml reports it):
 * built once, on the first error that needs it.
 */
class Openings {
  private flows?: Map<number, number>
  private quotes?: Map<number, number>

  constructor(private readonly document: Document.Parsed) {}

  flowEndingAt(offset: number): number | undefined {
    this.build()
    return this.flows!.get(offset)
  }

  quoteEndingAt(offset: number): number | undefined {
    this.build()
    return this.quotes!.get(offset)
  }

  private build(): void {
    if (this.flows) return
    const flows = new Map<number, number>()
    const quotes = new Map<number, number>()
    // The outermost collection ending at an offset is the unclosed one.
    const flow = (node: { flow?: boolean; range?: unknown }) => {
      const range = node.range as [number, number, number] | undefined
      if (!node.flow || !range) return
      const known = flows.get(range[1])
      if (known === undefined || range[0] < known) flows.set(range[1], range[0])
    }
    visit(this.document, {
      Map: (_, node) => flow(node),
      Seq: (_, node) => flow(node),
      Scalar: (_, node) => {
        if (
          isScalar(node) &&
          node.range &&
          (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        )
          quotes.set(node.range[1], node.range[0])
      },
    })
    this.flows = flows
    this.quotes = quotes
  }
}

/** A stack overflow in the parser or the composer. */
const TOO_DEEP =
  'the document nests too deeply: templates and the config are flat maps with a few nested maps and lists'

const at = (offset: number): [number, number] => [offset, offset + 1]

/** `- item` where a map expects `key: value`. */
function listItemAmongKeys(line: Line): PlainSyntaxError {
  const dash = line.start + line.text.indexOf('-')
  return {
    message:
      'a list item (- …) among the keys of a map: write key: value here, or give the list a key of its own (key:, then the - items indented under it)',
    pos: at(dash),
  }
}

const startsListItem = (line: Line) => /^\s*-(\s|$)/.test(line.text)

/** A line of words with no `key: value` colon. */
function missingColon(
  text: string,
  line: Line,
  from: number,
): PlainSyntaxError | undefined {
  const words = content(line, from)
  if (words === '' || /^["'[{]/.test(words)) return undefined
  const above = previousContentLine(text, line)
  if (above && /:[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$/.test(above.text))
    return {
      message:
        'this line is not indented under the | or > above it: the lines of a block of text must be indented more than its key',
      pos: contentRange(line),
    }
  const [first = '', ...rest] = words.split(/\s+/)
  const example = !/^[\w.-]+$/.test(first)
    ? ''
    : rest.length === 0
      ? `: write ${first}: and its value`
      : `: write ${first}: ${rest.join(' ')}`
  return {
    message: `a key needs a colon and a space after it, and this line has none${example.length <= MAX_SNIPPET + 10 ? example : ''}`,
    pos: contentRange(line),
  }
}

/** `key:value`: a colon with no space after it. */
function colonWithoutSpace(line: Line): PlainSyntaxError | undefined {
  const match = /^([ \t]*)([\w.-]+):(?![\s/])(\S.*)$/.exec(line.text)
  if (!match) return undefined
  const [, indent = '', key = '', value = ''] = match
  const colon = line.start + indent.length + key.length
  return {
    message:
      `a colon needs a space after it to end a key: write ${key}: ${value.trim()}`.slice(
        0,
        200,
      ),
    pos: at(colon),
  }
}

/** The line does not line up with the content line above it. */
function misaligned(text: string, line: Line): PlainSyntaxError | undefined {
  const above = previousContentLine(text, line)
  if (!above) return undefined
  const column = keyColumn(line) + 1
  const aboveColumn = keyColumn(above) + 1
  if (column === aboveColumn) return undefined
  return {
    message: `this line starts at column ${column} and the one above it at column ${aboveColumn}: the keys of one map must start at the same column`,
    pos: contentRange(line),
  }
}

/**
 * `description:` and then indented lines of text: a value over several
 * lines, not keys (YAML trips on a later line's `: `).
 */
function continuesValueAbove(text: string, line: Line): boolean {
  const above = previousContentLine(text, line)
  const key = above && /^[ \t]*([\w.-]+):[ \t]*(#.*)?$/.exec(above.text)?.[1]
  return (
    key !== undefined &&
    // Under these a line is a key whose colon is missing, not text.
    !MAP_VALUED_KEYS.has(key) &&
    keyColumn(line) > keyColumn(above!)
  )
}

/** Keys of templates and the config whose values are maps or lists. */
const MAP_VALUED_KEYS = new Set([
  'permissions',
  'endpoints',
  'used_by',
  'extra_permissions',
  'rules',
  'policy',
  'templates',
])

function multiLineValueWithColon(line: Line): PlainSyntaxError {
  return {
    message:
      "this value runs over several lines and one of them holds a colon and a space, which YAML reads as a new key: put the value in quotes, or write > after the key's colon and keep the lines indented under it",
    pos: contentRange(line),
  }
}

/** `name: Deploy: prod` or `name: Deploy` with a line indented under it. */
function nestedInCompact(
  text: string,
  error: YamlErrorLike,
): PlainSyntaxError | undefined {
  const start = error.pos[0]
  const line = lineAt(text, start)
  const value = text.slice(start, line.end)
  const key = keyBefore(line, start)
  const colon = /:(?=[ \t]|$)/.exec(value)
  if (colon) {
    const snippet = quotedSnippet(key, value.replace(/\s+#.*$/, '').trim())
    return {
      message: `a colon inside a value starts a new key when a space or the end of the line follows it: put the value in quotes${snippet ? `, as in ${snippet}` : ''}`,
      pos: at(start + colon.index),
    }
  }
  const next = nextContentLine(text, line)
  if (!next || keyColumn(next) <= keyColumn(line)) return undefined
  const name = PLAIN_KEY.test(key) ? `"${key}"` : 'the key'
  return {
    message: `this line is indented more than ${name} above it, which already has a value: if it continues that value, put the value in quotes or write ${PLAIN_KEY.test(key) ? `${key}: >` : '> after its colon'} and indent its lines under it; if it is a key of its own, line it up with ${name}; to nest it, remove the value of ${name}`,
    pos: contentRange(next),
  }
}

/** The plain-words form of one yaml error (its own when there is none). */
function plainSyntaxError(
  error: YamlErrorLike,
  text: string,
  openings: Openings,
): PlainSyntaxError {
  const first = error.message.split('\n', 1)[0] ?? error.message
  if (/call stack/i.test(first)) return { message: TOO_DEEP, pos: error.pos }
  const start = error.pos[0]
  const line = lineAt(text, start)
  const plain = ((): PlainSyntaxError | undefined => {
    switch (error.code) {
      case 'TAB_AS_INDENT':
        return {
          message: 'a tab indents this line: YAML needs spaces for indentation',
          pos: error.pos,
        }
      case 'BLOCK_AS_IMPLICIT_KEY':
        if (/^Nested mappings/.test(first)) return nestedInCompact(text, error)
        if (/block sequence/.test(first) && startsListItem(line))
          return listItemAmongKeys(line)
        return undefined
      case 'MULTILINE_IMPLICIT_KEY':
        if (startsListItem(line)) return listItemAmongKeys(line)
        if (continuesValueAbove(text, line))
          return multiLineValueWithColon(line)
        return /:(\s|$)/.test(text.slice(start, line.end))
          ? undefined
          : missingColon(text, line, start)
      case 'MISSING_CHAR':
        if (/^Missing closing (["'])quote/.test(first)) {
          const mark = /^Missing closing (["'])/.exec(first)![1]!
          const opening = openings.quoteEndingAt(start)
          if (opening === undefined) return undefined
          return {
            message: `missing closing quote: the value that starts with ${mark} here never ends; put a ${mark} at its end`,
            pos: at(opening),
          }
        }
        if (/^Flow (sequence|map) must end with/.test(first))
          return unclosedFlow(first, start, openings)
        if (
          /^Implicit map keys need to be followed by map values/.test(first)
        ) {
          if (startsListItem(line)) return listItemAmongKeys(line)
          return colonWithoutSpace(line) ?? missingColon(text, line, start)
        }
        if (/^Comments must be separated/.test(first))
          return {
            message:
              'a # right after a value starts no comment: put a space before the # (or, to keep it, put it inside the quotes)',
            pos: error.pos,
          }
        return undefined
      case 'BAD_INDENT':
        if (/^Flow (sequence|map) in block collection/.test(first))
          return unclosedFlow(first, start, openings)
        if (/^All mapping items must start at the same column/.test(first))
          return misaligned(text, line)
        return undefined
      case 'UNEXPECTED_TOKEN': {
        if (/^Unexpected block-seq-ind/.test(first) && startsListItem(line))
          return listItemAmongKeys(line)
        const flowEnd = /^Unexpected flow-(map|seq)-end/.exec(first)
        if (flowEnd) {
          const mark = flowEnd[1] === 'map' ? '}' : ']'
          return {
            message: `a ${mark} with nothing open before it: remove it, or put the value in quotes`,
            pos: error.pos,
          }
        }
        if (/^Unexpected scalar at node end/.test(first)) {
          const before = text.slice(line.start, start).trimEnd()
          const mark = before.at(-1)
          if (mark === '"' || mark === "'") {
            const inside = mark === '"' ? '\\"' : "''"
            const other = mark === '"' ? "'" : '"'
            return {
              message: `text after the closing quote: a quoted value ends at its closing ${mark}; to put a ${mark} inside it write ${inside}, or quote the whole value with ${other}`,
              pos: error.pos,
            }
          }
          if (before === '') return misaligned(text, line)
        }
        return undefined
      }
      case 'BAD_SCALAR_START': {
        const mark = text[start] ?? ''
        const word = content(line, start).split(/:(?=\s|$)/)[0]!
        const snippet = quotedSnippet('', word)
        return {
          message: `text cannot start with ${mark} unless it is quoted${snippet ? `: write ${snippet}` : ''}`,
          pos: error.pos,
        }
      }
      case 'BAD_ALIAS': {
        const mark = text[start] ?? ''
        if (mark !== '*' && mark !== '&') return undefined
        const word = content(line, start)
        const snippet = quotedSnippet('', word)
        return {
          message: `a ${mark} starts ${mark === '*' ? 'an alias' : 'an anchor'} in YAML: to mean the text, put it in quotes${snippet ? `, as in ${snippet}` : ''}`,
          pos: error.pos,
        }
      }
      case 'TAG_RESOLVE_FAILED': {
        if (!/^Unresolved tag/.test(first)) return undefined
        // As written (!!omap), not resolved (tag:yaml.org,2002:omap).
        const tag = /^![^\s,[\]{}]*/.exec(text.slice(start, line.end))?.[0]
        if (tag === undefined) return undefined
        return {
          message: `unknown YAML tag ${tag}: these files use no tags; remove it, or put the value in quotes if the ! belongs to it`,
          pos: error.pos,
        }
      }
      default:
        return undefined
    }
  })()
  return plain ?? { message: first, pos: error.pos }
}

function unclosedFlow(
  first: string,
  offset: number,
  openings: Openings,
): PlainSyntaxError | undefined {
  const opening = openings.flowEndingAt(offset)
  if (opening === undefined) return undefined
  const list = /^Flow sequence/.test(first)
  return {
    message: list
      ? 'missing closing ]: the list that starts with [ here is never closed'
      : 'missing closing }: the map that starts with { here is never closed',
    pos: at(opening),
  }
}

/**
 * A document's syntax errors in plain words: one per line of the source
 * (one mistake often gives yaml two or three errors on its line), each at
 * the place to fix.
 */
export function plainSyntaxErrors(
  errors: readonly YamlErrorLike[],
  text: string,
  document: Document.Parsed,
): PlainSyntaxError[] {
  const openings = new Openings(document)
  const lines = new Set<number>()
  const plain: PlainSyntaxError[] = []
  for (const error of errors) {
    const line = text.lastIndexOf('\n', error.pos[0] - 1)
    if (lines.has(line)) continue
    lines.add(line)
    plain.push(plainSyntaxError(error, text, openings))
  }
  return plain
}
