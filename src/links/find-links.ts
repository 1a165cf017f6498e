import { NEW_TOKEN_PATH } from './token-template.js'

/** The path of GitHub's classic token form. */
export const CLASSIC_TOKEN_PATH = '/settings/tokens/new'

/** One `name=value` of a found link's query, where it is in the text. */
export interface FoundParameter {
  /** Decoded (`+` and `%XX`), as GitHub's form reads it. */
  name: string
  value: string
  /** The value as written (HTML entities read, `%XX` and `+` not). */
  raw: string
  /** Offsets in the text: from the name's first character to the value's end. */
  start: number
  end: number
}

/** A token pre-fill link found in a text, at its true offsets. */
export interface FoundLink {
  kind: 'fine-grained' | 'classic'
  /** The link as written (`&amp;` and all). */
  text: string
  /** Offsets in the text: [start, end). */
  start: number
  end: number
  /** The link with HTML entities read (in HTML only): what a browser opens. */
  url: string
  parameters: FoundParameter[]
  /** Whether an `&` of the link is written as an HTML entity (`&amp;`). */
  entities: boolean
  /**
   * Whether the link ends where what opened it ends (the `)` of
   * `[text](link)`, the `>` of `<link>`, the closing quote): only such a
   * link is rewritten by `--fix`.
   */
  proper: boolean
  /** Whether the link was longer than MAX_LINK_LENGTH and is cut there. */
  cut: boolean
}

/** How a file's text is read: HTML entities are read in HTML only. */
export type TextKind = 'html' | 'markdown' | 'text'

export function textKindOf(file: string): TextKind {
  if (/\.html?$/i.test(file)) return 'html'
  if (/\.(md|mdx|markdown)$/i.test(file)) return 'markdown'
  return 'text'
}

/** A link is read up to this length; a longer one is cut (and reported). */
export const MAX_LINK_LENGTH = 64 * 1024

/** Where a link starts: `http(s)://` or a server variable before a `/`. */
const LINK_START =
  /https?:\/\/|(?:\$\{?[A-Za-z_]\w{0,200}\}?|\{[A-Za-z_]\w{0,200}\}|%s)(?=\/)/g

/**
 * A server given by a variable or a placeholder: `${GITHUB_SERVER_URL}`,
 * `$SERVER`, `{server}`, `%s`, `https://<HOSTNAME>`, `https://{host}`.
 */
const VARIABLE_SERVER =
  /^(?:\$\{?[A-Za-z_]\w*\}?|\{[A-Za-z_]\w*\}|%s|https?:\/\/(?:<[A-Za-z_][\w-]*>|\{[A-Za-z_]\w*\}|\$\{?[A-Za-z_]\w*\}?|%s))(?=\/)/

/** A placeholder written `<OWNER>` inside a link. */
const ANGLE_PLACEHOLDER = /<[A-Za-z_][\w-]{0,100}>/y

/**
 * An HTML tag after a link (`<br>`, `</td>`): it ends the link. Lower case
 * only: `<B>` is a placeholder.
 */
const HTML_TAG =
  /<\/|<(?:a|abbr|b|blockquote|br|code|dd|del|div|dl|dt|em|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|script|small|span|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|u|ul|wbr)(?=[\s/>])/y

/** Punctuation that ends a sentence rather than a link. */
const TRAILING = new Set('.,:;!?*_~')

const CLOSERS: Record<string, string> = { ')': '(', ']': '[' }

/**
 * The link up to its first `)` or `]` that closes nothing opened inside it
 * (`(see https://...)`), then without the sentence's trailing punctuation.
 */
function trimLink(text: string): string {
  const open: string[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '(' || char === '[') open.push(char)
    else if (char === ')' || char === ']') {
      if (open.at(-1) !== CLOSERS[char]) {
        text = text.slice(0, i)
        break
      }
      open.pop()
    }
  }
  // A loop, not a regular expression: `[...]+$` is quadratic on a long
  // run of punctuation that does not end the text.
  let end = text.length
  while (end > 0 && TRAILING.has(text[end - 1]!)) end -= 1
  return text.slice(0, end)
}

const isSpace = (char: string) => /\s/.test(char)

/** A `<name>` placeholder at `at` (not an HTML tag): its length, else 0. */
function placeholderAt(text: string, at: number): number {
  HTML_TAG.lastIndex = at
  if (HTML_TAG.test(text)) return 0
  ANGLE_PLACEHOLDER.lastIndex = at
  const match = ANGLE_PLACEHOLDER.exec(text)
  return match ? match[0].length : 0
}

/**
 * Where the link starting at `start` ends, by what opened it: after `(` at
 * the matching `)`, after `<` at `>` (spaces allowed), after a quote at
 * that quote; a bare link at whitespace, a quote, a backtick, `<` or `>`,
 * then trimmed. A scan, not a regular expression: no input can overflow
 * the stack.
 */
function scanLink(
  text: string,
  start: number,
): { end: number; proper: boolean; cut: boolean; next: number } {
  const opener = start > 0 ? text[start - 1]! : ''
  const quoted = opener === '"' || opener === "'" || opener === '`'
  let depth = 0
  let i = start
  let stop: string | undefined
  for (; i < text.length; i++) {
    const char = text[i]!
    if (char === '<') {
      const length = placeholderAt(text, i)
      if (length > 0) {
        i += length - 1
        continue
      }
      stop = char
      break
    }
    if (opener === '<') {
      if (char === '>' || char === '\n' || char === '\r') {
        stop = char
        break
      }
      continue
    }
    if (isSpace(char) || char === '>' || char === '\\') {
      stop = char
      break
    }
    if (quoted) {
      if (char === opener) {
        stop = char
        break
      }
      continue
    }
    if (opener === '(') {
      if (char === '(') depth += 1
      else if (char === ')') {
        if (depth === 0) {
          stop = char
          break
        }
        depth -= 1
      } else if (char === '"' || char === '`') {
        stop = char
        break
      }
      continue
    }
    if (char === '"' || char === "'" || char === '`') {
      stop = char
      break
    }
  }
  const next = i
  const cut = i - start > MAX_LINK_LENGTH
  let end = cut ? start + MAX_LINK_LENGTH : i
  let proper: boolean
  if (cut) proper = false
  else if (opener === '<') proper = stop === '>'
  else if (quoted) proper = stop === opener
  else if (opener === '(')
    proper = stop === ')' || (stop !== undefined && isSpace(stop))
  else {
    end = start + trimLink(text.slice(start, end)).length
    proper = true
  }
  return { end, proper, cut, next }
}

/** Whether the link is in an HTML attribute of Markdown (`href="..."`). */
function inAttribute(text: string, start: number): boolean {
  const opener = text[start - 1]
  if (opener !== '"' && opener !== "'") return false
  let i = start - 2
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1
  return text[i] === '='
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

const ENTITY = /&(?:([A-Za-z]{2,4})|#(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7})));/y

/**
 * The text with its HTML character references read (`&amp;`, `&#38;`,
 * `&#x26;`, `&lt;`, ...), and where each read character starts in the text
 * (one more entry: the text's end).
 */
function readEntities(text: string): {
  read: string
  from: number[]
  amp: boolean
} {
  let read = ''
  const from: number[] = []
  let amp = false
  for (let i = 0; i < text.length;) {
    if (text[i] === '&') {
      ENTITY.lastIndex = i
      const match = ENTITY.exec(text)
      let char: string | undefined
      if (match) {
        const [, name, hex, decimal] = match
        if (name !== undefined) char = NAMED[name.toLowerCase()]
        else {
          const code = parseInt(hex ?? decimal!, hex !== undefined ? 16 : 10)
          if (code > 0 && code <= 0x10ffff) char = String.fromCodePoint(code)
        }
      }
      if (match && char !== undefined) {
        if (char === '&') amp = true
        for (let k = 0; k < char.length; k++) from.push(i)
        read += char
        i += match[0].length
        continue
      }
    }
    from.push(i)
    read += text[i]
    i += 1
  }
  from.push(text.length)
  return { read, from, amp }
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A stray `%` (a `%s` placeholder): decode what can be, keep the rest.
    return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run)
      } catch {
        return run
      }
    })
  }
}

function kindOf(path: string): FoundLink['kind'] | undefined {
  const trimmed = path.replace(/\/+$/, '')
  // GitHub Enterprise Server may sit under a path prefix.
  if (trimmed.endsWith(NEW_TOKEN_PATH)) return 'fine-grained'
  if (trimmed.endsWith(CLASSIC_TOKEN_PATH)) return 'classic'
  return undefined
}

/**
 * The query's parameters, split at `&`, with their offsets in the text:
 * `read` is the link as read, `from` where each of its characters starts in
 * the text, `offset` where the link starts.
 */
function parametersOf(
  read: string,
  from: readonly number[],
  offset: number,
): FoundParameter[] {
  const question = read.indexOf('?')
  if (question === -1) return []
  // A `#` starts the fragment, but not Ruby's `#{org}`.
  let hash = read.indexOf('#', question)
  while (hash !== -1 && read[hash + 1] === '{')
    hash = read.indexOf('#', hash + 1)
  const queryEnd = hash === -1 ? read.length : hash
  const parameters: FoundParameter[] = []
  let pieceStart = question + 1
  const add = (to: number) => {
    const piece = read.slice(pieceStart, to)
    if (piece !== '') {
      const equals = piece.indexOf('=')
      const raw = equals === -1 ? '' : piece.slice(equals + 1)
      parameters.push({
        name: decodeComponent(equals === -1 ? piece : piece.slice(0, equals)),
        value: decodeComponent(raw),
        raw,
        start: offset + from[pieceStart]!,
        end: offset + from[to]!,
      })
    }
  }
  for (let i = pieceStart; i < queryEnd; i++)
    if (read[i] === '&') {
      add(i)
      pieceStart = i + 1
    }
  add(queryEnd)
  return parameters
}

/**
 * Every token pre-fill link in `text` (Markdown, HTML, code: one scan of
 * the raw text), fine-grained (`/settings/personal-access-tokens/new`) or
 * classic (`/settings/tokens/new`), on any host, in the order written.
 * HTML entities (`&amp;`) are read in HTML, and in HTML attributes of
 * Markdown; elsewhere the text is what is sent.
 */
export function findTokenLinks(
  text: string,
  kind: TextKind = 'text',
): FoundLink[] {
  const found: FoundLink[] = []
  const starts = new RegExp(LINK_START.source, 'g')
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const start = match.index
    const scanned = scanLink(text, start)
    starts.lastIndex = Math.max(scanned.next, start + 1)
    const link = text.slice(start, scanned.end)
    const entities =
      kind === 'html' || (kind === 'markdown' && inAttribute(text, start))
    const { read, from, amp } = entities
      ? readEntities(link)
      : {
          read: link,
          from: Array.from({ length: link.length + 1 }, (_, i) => i),
          amp: false,
        }
    let path: string
    try {
      path = new URL(read.replace(VARIABLE_SERVER, 'https://server.invalid'))
        .pathname
    } catch {
      continue
    }
    const linkKind = kindOf(path)
    if (linkKind === undefined) continue
    found.push({
      kind: linkKind,
      text: link,
      start,
      end: scanned.end,
      url: read,
      parameters: parametersOf(read, from, start),
      entities: amp,
      proper: scanned.proper,
      cut: scanned.cut,
    })
  }
  return found
}

/** The link as `new URL` reads it: a server variable stands for some host. */
export function importableUrl(link: FoundLink): string {
  // HTML entities are read already (in HTML): an `&amp;` left is sent as
  // is, so the import must not read it as `&` (`%3B` reads back as `;`).
  return link.url
    .replace(VARIABLE_SERVER, 'https://server.invalid')
    .replace(/&amp;/g, '&amp%3B')
}
