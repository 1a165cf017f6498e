import { NEW_TOKEN_PATH } from './token-template.js'

/** The path of GitHub's classic token form. */
export const CLASSIC_TOKEN_PATH = '/settings/tokens/new'

/** One `name=value` of a found link's query, where it is in the text. */
export interface FoundParameter {
  /** Decoded (`+` and `%XX`), as GitHub's form reads it. */
  name: string
  value: string
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
  /** The link with `&amp;` read as `&`: what a browser opens. */
  url: string
  parameters: FoundParameter[]
}

/**
 * A URL in any text: from `http(s)://` to whitespace, a quote, a backtick,
 * `<` or `>` (a placeholder written `<OWNER>` is read as part of the link).
 */
const URL_PATTERN =
  /(?:https?:\/\/|\$\{?[A-Za-z_]\w*\}?(?=\/))(?:<[A-Za-z_][\w-]*>|[^\s"'`<>\\])+/g

/** A server given by a variable (`${GITHUB_SERVER_URL}/settings/...`). */
const VARIABLE_SERVER = /^\$\{?[A-Za-z_]\w*\}?/

/** Punctuation that ends a sentence rather than a link. */
const TRAILING = new Set('.,:;!?*_~')

const CLOSERS: Record<string, string> = { ')': '(', ']': '[' }

/**
 * The link up to its first `)` or `]` that closes nothing opened inside it
 * (`[text](https://...)`, `(see https://...)`), then without the sentence's
 * trailing punctuation.
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

/** The query's parameters, split at `&` and `&amp;`, with their offsets. */
function parametersOf(link: string, offset: number): FoundParameter[] {
  const question = link.indexOf('?')
  if (question === -1) return []
  const hash = link.indexOf('#', question)
  const query = link.slice(question + 1, hash === -1 ? undefined : hash)
  const parameters: FoundParameter[] = []
  const separator = /&amp;|&/g
  let from = 0
  const add = (to: number) => {
    const piece = query.slice(from, to)
    if (piece !== '') {
      const equals = piece.indexOf('=')
      const start = offset + question + 1 + from
      parameters.push({
        name: decodeComponent(equals === -1 ? piece : piece.slice(0, equals)),
        value: equals === -1 ? '' : decodeComponent(piece.slice(equals + 1)),
        start,
        end: start + piece.length,
      })
    }
  }
  for (const match of query.matchAll(separator)) {
    add(match.index)
    from = match.index + match[0].length
  }
  add(query.length)
  return parameters
}

/**
 * Every token pre-fill link in `text` (Markdown, HTML, code: one scan of
 * the raw text), fine-grained (`/settings/personal-access-tokens/new`) or
 * classic (`/settings/tokens/new`), on any host, in the order written.
 */
export function findTokenLinks(text: string): FoundLink[] {
  const found: FoundLink[] = []
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = trimLink(match[0])
    let path: string
    try {
      const url = link.replace(VARIABLE_SERVER, 'https://server.invalid')
      path = new URL(url.replace(/&amp;/g, '&')).pathname
    } catch {
      continue
    }
    const kind = kindOf(path)
    if (kind === undefined) continue
    const start = match.index
    found.push({
      kind,
      text: link,
      start,
      end: start + link.length,
      url: link.replace(/&amp;/g, '&'),
      parameters: parametersOf(link, start),
    })
  }
  return found
}

/** The link as `new URL` reads it: a server variable stands for some host. */
export function importableUrl(link: FoundLink): string {
  return link.url.replace(VARIABLE_SERVER, 'https://server.invalid')
}
