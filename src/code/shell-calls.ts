import { parse } from 'shell-quote'
import type { ApiCall, EmbeddedAt } from './api-call.js'
import { WHOLE_FILE } from './api-call.js'
import {
  GH_COMMAND_GROUPS,
  GH_LOCAL_COMMANDS,
  UNLISTED_NOTE,
  UPLOAD_RELEASE_ASSET,
  ghCommand,
  ghRoutes,
} from './gh-commands.js'
import { resolveConcreteRequest } from './resolve-route.js'
import { redact } from './redact.js'

/**
 * GitHub API calls in a shell script: `gh api`, common `gh` subcommands
 * and `curl` to the API host.
 *
 * The script is cut into simple commands by a small scanner that knows
 * quotes, escapes, line continuations, comments, heredocs, operators and
 * `$(...)`/backtick substitutions (whose commands are scanned too, even
 * inside double quotes). It keeps each word's offset, which shell-quote
 * cannot give; shell-quote then reads each word (quotes, escapes, `$VAR`
 * kept as `${VAR}` text). Positions are 1-based and mapped through `at`:
 * a word on the piece's 0-based line L, at 0-based offset C in that line,
 * is at file line `at.line + L`, column `at.column(L) + C`.
 */
export function findShellCalls(
  source: string,
  file: string,
  at: EmbeddedAt = WHOLE_FILE,
): ApiCall[] {
  const scan: Scan = { src: source, i: 0, commands: [], heredocs: [], depth: 0 }
  scanList(scan, undefined)
  const place = placer(source, at)
  const calls = scan.commands.flatMap((words) =>
    commandCalls(words, source, file, place),
  )
  // Substitutions are scanned before the command holding them.
  return calls
    .map((call, index) => ({ call, index }))
    .sort(
      (a, b) =>
        a.call.line - b.call.line ||
        a.call.column - b.call.column ||
        a.index - b.index,
    )
    .map(({ call }) => call)
}

// ---------------------------------------------------------------- scanning

/** A word as written: raw shell text, and where it starts and ends in the source. */
interface Word {
  raw: string
  start: number
  end: number
}

interface Scan {
  src: string
  i: number
  commands: Word[][]
  /** Heredoc delimiters whose bodies start after the current line. */
  heredocs: { delimiter: string; tabs: boolean }[]
  depth: number
}

/** The variable name standing for a `$(...)` or backtick substitution. */
const SUBSTITUTION = '__substitution__'
const MAX_DEPTH = 64

/** Scans commands up to `stop` (`)` or a backtick, consumed) or the end. */
function scanList(s: Scan, stop: string | undefined): void {
  let words: Word[] = []
  let dropNext = false
  const endCommand = () => {
    if (words.length > 0) s.commands.push(words)
    words = []
    dropNext = false
  }
  while (s.i < s.src.length) {
    const c = s.src[s.i]!
    const next = s.src[s.i + 1]
    if (c === stop) {
      s.i++
      break
    }
    if (
      c === '\\' &&
      (next === '\n' || (next === '\r' && s.src[s.i + 2] === '\n'))
    ) {
      s.i += next === '\n' ? 2 : 3
    } else if (c === '\n') {
      endCommand()
      s.i++
      skipHeredocs(s)
    } else if (c === ' ' || c === '\t' || c === '\r') {
      s.i++
    } else if (c === '#') {
      while (s.i < s.src.length && s.src[s.i] !== '\n') s.i++
    } else if ((c === '<' || c === '>') && next === '(') {
      // Process substitution: a file name made by a command.
      const start = s.i
      s.i += 2
      substitute(s, ')')
      if (!dropNext) words.push({ raw: `\${${SUBSTITUTION}}`, start, end: s.i })
      dropNext = false
    } else if (c === '<' || c === '>' || (c === '&' && next === '>')) {
      dropNext = redirection(s)
    } else if (';&|()'.includes(c)) {
      endCommand()
      s.i++
    } else {
      const word = readWord(s, stop)
      // `2>file`: a number right before a redirection is its descriptor.
      const fd = /^\d+$/.test(word.raw) && /[<>]/.test(s.src[s.i] ?? '')
      if (!dropNext && !fd) words.push(word)
      dropNext = false
    }
  }
  endCommand()
}

/** Consumes a redirection operator; true when a target word follows (not a heredoc). */
function redirection(s: Scan): boolean {
  const op = /^(<<<|<<-?|<>|<&|>&|&>>?|>>|>\||<|>)/.exec(
    s.src.slice(s.i, s.i + 3),
  )![0]
  s.i += op.length
  if (!op.startsWith('<<') || op === '<<<') return true
  while (s.src[s.i] === ' ' || s.src[s.i] === '\t') s.i++
  const word = readWord(s, undefined)
  const delimiter = word.raw.replace(/\\(.)/g, '$1').replace(/["']/g, '')
  if (delimiter) s.heredocs.push({ delimiter, tabs: op === '<<-' })
  return false
}

/** Skips the bodies of the heredocs opened on the line just ended. */
function skipHeredocs(s: Scan): void {
  for (const { delimiter, tabs } of s.heredocs.splice(0)) {
    while (s.i < s.src.length) {
      let end = s.src.indexOf('\n', s.i)
      if (end < 0) end = s.src.length
      let line = s.src.slice(s.i, end).replace(/\r$/, '')
      if (tabs) line = line.replace(/^\t+/, '')
      s.i = Math.min(end + 1, s.src.length)
      if (line === delimiter) break
    }
  }
}

/** Reads one word: quoted parts, escapes and substitutions, up to a blank or operator. */
function readWord(s: Scan, stop: string | undefined): Word {
  const start = s.i
  let raw = ''
  while (s.i < s.src.length) {
    const c = s.src[s.i]!
    if (c === stop || ' \t\r\n;&|()<>'.includes(c)) break
    if (c === '\\') raw += escape(s)
    else if (c === "'") raw += singleQuoted(s)
    else if (c === '"') raw += doubleQuoted(s)
    else if (c === '`') {
      s.i++
      raw += substitute(s, '`')
    } else if (c === '$') raw += dollar(s, false)
    else {
      raw += c
      s.i++
    }
  }
  return { raw, start, end: s.i }
}

/** A backslash and the character it escapes; a line continuation is dropped. */
function escape(s: Scan): string {
  const next = s.src[s.i + 1] ?? ''
  if (next === '\n') {
    s.i += 2
    return ''
  }
  if (next === '\r' && s.src[s.i + 2] === '\n') {
    s.i += 3
    return ''
  }
  s.i += 1 + next.length
  return `\\${next}`
}

function singleQuoted(s: Scan): string {
  let end = s.src.indexOf("'", s.i + 1)
  if (end < 0) end = s.src.length - 1
  const text = s.src.slice(s.i, end + 1)
  s.i = end + 1
  return text.endsWith("'") && text.length > 1 ? text : `${text}'`
}

function doubleQuoted(s: Scan): string {
  let out = '"'
  s.i++
  while (s.i < s.src.length) {
    const c = s.src[s.i]!
    if (c === '"') {
      s.i++
      return `${out}"`
    }
    if (c === '\\') out += escape(s)
    else if (c === '$') out += dollar(s, true)
    else if (c === '`') {
      s.i++
      out += substitute(s, '`')
    } else {
      out += c
      s.i++
    }
  }
  return `${out}"`
}

/** A `$` expansion: substitutions are scanned, `${{ expr }}` becomes a variable. */
function dollar(s: Scan, quoted: boolean): string {
  const rest = s.src.slice(s.i, s.i + 3)
  if (rest.startsWith('$((')) {
    s.i += 3
    skipBalanced(s, '(', ')', 2)
    return `\${${SUBSTITUTION}}`
  }
  if (rest.startsWith('$(')) {
    s.i += 2
    return substitute(s, ')')
  }
  if (rest.startsWith('${{')) return expression(s)
  if (rest.startsWith('${')) {
    const start = s.i
    s.i += 2
    skipBalanced(s, '{', '}', 1)
    return s.src.slice(start, s.i)
  }
  if (!quoted && rest.startsWith("$'")) {
    s.i++
    return singleQuoted(s)
  }
  if (!quoted && rest.startsWith('$"')) {
    s.i++
    return ''
  }
  s.i++
  return '$'
}

/** Scans a substitution's commands; the word gets a variable in its place. */
function substitute(s: Scan, stop: string): string {
  if (s.depth >= MAX_DEPTH) skipBalanced(s, '(', stop, 1)
  else {
    s.depth++
    scanList(s, stop)
    s.depth--
  }
  return `\${${SUBSTITUTION}}`
}

/** Moves past the close that brings the nesting `depth` to zero. */
function skipBalanced(s: Scan, open: string, close: string, depth: number) {
  while (s.i < s.src.length && depth > 0) {
    const c = s.src[s.i++]
    if (c === '\\') s.i++
    else if (c === close) depth--
    else if (c === open) depth++
  }
}

/** GitHub Actions expressions the runner fills in before the shell runs. */
const EXPRESSION_VARIABLES: Record<string, string> = {
  'github.api_url': 'GITHUB_API_URL',
  'github.server_url': 'GITHUB_SERVER_URL',
  'github.graphql_url': 'GITHUB_GRAPHQL_URL',
  'github.repository': 'GITHUB_REPOSITORY',
  'github.repository_owner': 'GITHUB_REPOSITORY_OWNER',
}

/** `${{ github.api_url }}` → `${GITHUB_API_URL}`; another expression → a variable named after it. */
function expression(s: Scan): string {
  let end = s.src.indexOf('}}', s.i + 3)
  if (end < 0) end = s.src.length
  const text = s.src.slice(s.i + 3, end).trim()
  s.i = Math.min(end + 2, s.src.length)
  const name = EXPRESSION_VARIABLES[text] ?? text.replace(/[^\w.]+/g, '_')
  return `\${${name || 'expression'}}`
}

// ---------------------------------------------------------------- words

/** A word's value as the shell reads it, variables kept as `${NAME}` text. */
function decode(raw: string): string {
  try {
    return parse(raw, (key: string) =>
      key === '' ? '$' : key === SUBSTITUTION ? '$(...)' : `\${${key}}`,
    )
      .map((part) =>
        typeof part === 'string'
          ? part
          : 'pattern' in part
            ? part.pattern
            : 'comment' in part
              ? `#${part.comment}`
              : part.op,
      )
      .join('')
  } catch {
    return raw
  }
}

interface Arg {
  text: string
  word: Word
}

const KEYWORDS = new Set(
  [
    'if',
    'then',
    'else',
    'elif',
    'do',
    'while',
    'until',
    '!',
    '{',
    'time',
  ].concat(['exec', 'nohup', 'builtin', 'command', 'eval']),
)
const ASSIGNMENT = /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=/

/** Wrappers running the command after their options, with their options that take a value. */
const WRAPPERS: Record<string, { values: string; positional?: number }> = {
  sudo: { values: 'ugCDhprtUT' },
  env: { values: 'uCS' },
  xargs: { values: 'InPLdasE' },
  timeout: { values: 'sk', positional: 1 },
  nice: { values: 'n' },
  stdbuf: { values: 'ioe' },
}

/** The index of the word that runs, past keywords, assignments and wrappers; -1 if none. */
function commandIndex(args: readonly Arg[]): number {
  let k = 0
  while (k < args.length) {
    const text = args[k]!.text
    if (text === 'command' && /^-[vV]$/.test(args[k + 1]?.text ?? '')) return -1
    if (KEYWORDS.has(text) || ASSIGNMENT.test(text)) {
      k++
      continue
    }
    const wrapper = WRAPPERS[basename(text)]
    if (!wrapper) return k
    k = pastWrapper(args, k + 1, wrapper)
  }
  return -1
}

function pastWrapper(
  args: readonly Arg[],
  k: number,
  wrapper: { values: string; positional?: number },
): number {
  let positional = wrapper.positional ?? 0
  while (k < args.length) {
    const text = args[k]!.text
    if (text === '--') return k + 1
    if (/^-[A-Za-z]/.test(text)) {
      // `-u root` takes the next word; `-n1` carries its value.
      k += text.length === 2 && wrapper.values.includes(text[1]!) ? 2 : 1
    } else if (text.startsWith('--')) k++
    else if (ASSIGNMENT.test(text)) k++
    else if (positional > 0) {
      positional--
      k++
    } else return k
  }
  return k
}

const basename = (text: string) =>
  text.replace(/^.*\//, '').replace(/\.exe$/i, '')

// ---------------------------------------------------------------- options

/** Options of a command: `values` are those taking a value (`-X`, `--method`). */
interface OptionSpec {
  values: ReadonlySet<string>
}

interface Options {
  flags: { name: string; value?: string }[]
  positionals: string[]
}

/** Reads options as getopt and pflag do: `-XPOST`, `-X POST`, `--method=POST`, `-sSL`. */
function readOptions(args: readonly string[], spec: OptionSpec): Options {
  const out: Options = { flags: [], positionals: [] }
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!
    if (arg === '--') {
      out.positionals.push(...args.slice(k + 1))
      break
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq < 0 ? arg : arg.slice(0, eq)
      if (eq >= 0) out.flags.push({ name, value: arg.slice(eq + 1) })
      else if (spec.values.has(name)) out.flags.push({ name, value: args[++k] })
      else out.flags.push({ name })
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const name = `-${arg[j]}`
        if (!spec.values.has(name)) {
          out.flags.push({ name })
          continue
        }
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++k]
        out.flags.push({ name, value })
        break
      }
    } else out.positionals.push(arg)
  }
  return out
}

const flagValue = (options: Options, names: readonly string[]) =>
  options.flags.filter((f) => names.includes(f.name)).at(-1)?.value

const hasFlag = (options: Options, names: readonly string[]) =>
  options.flags.some((f) => names.includes(f.name))

// ---------------------------------------------------------------- calls

type Place = (offset: number) => { line: number; column: number }

/** Maps a source offset to its file line and column through `at`. */
function placer(source: string, at: EmbeddedAt): Place {
  const starts = [0]
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1))
    starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {
      line: at.line + low,
      column: at.column(low) + offset - starts[low]!,
    }
  }
}

/** What a call needs besides its place: `kind`, `route`, `reason`. */
type Found = Pick<ApiCall, 'kind' | 'route' | 'reason'>

function commandCalls(
  words: readonly Word[],
  source: string,
  file: string,
  place: Place,
): ApiCall[] {
  const args = words.map((word) => ({ text: decode(word.raw), word }))
  const k = commandIndex(args)
  if (k < 0) return []
  const name = basename(args[k]!.text)
  const rest = args.slice(k + 1).map((arg) => arg.text)
  const found =
    name === 'gh' ? ghCalls(rest) : name === 'curl' ? curlCalls(rest) : []
  if (found.length === 0) return []
  const first = args[k]!.word
  const text = shown(source.slice(first.start, words.at(-1)!.end))
  const { line, column } = place(first.start)
  return found.map((call) => ({
    file,
    line,
    column,
    ...call,
    ...(call.reason === undefined ? {} : { reason: redact(call.reason) }),
    source: text,
  }))
}

const SHOWN_LENGTH = 80

/** The command on one line, cut short, with literal tokens hidden. */
function shown(text: string): string {
  const line = redact(
    text
      .replace(/\\\r?\n/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  return line.length > SHOWN_LENGTH
    ? `${line.slice(0, SHOWN_LENGTH - 1)}…`
    : line
}

// ---------------------------------------------------------------- gh

const GH_API_SPEC: OptionSpec = {
  values: new Set(
    ['-X', '--method', '-F', '--field', '-f', '--raw-field', '-H', '--header']
      .concat(['-p', '--preview', '--input', '-t', '--template', '-q', '--jq'])
      .concat(['--cache', '--hostname']),
  ),
}
const GH_SPEC: OptionSpec = { values: new Set(['-R', '--repo']) }
const HELP = ['--help', '-h', '--version']

function ghCalls(args: readonly string[]): Found[] {
  const { positionals, flags } = readOptions(args, GH_SPEC)
  const [first, second] = positionals
  if (first === undefined || GH_LOCAL_COMMANDS.has(first)) return []
  if (flags.some((f) => HELP.includes(f.name))) return []
  if (first === 'api') return [ghApi(args.slice(args.indexOf('api') + 1))]
  const command =
    GH_COMMAND_GROUPS.has(first) && second !== undefined
      ? `${first} ${second}`
      : first
  const row = ghCommand(command)
  if (!row)
    return [
      {
        kind: 'unresolved',
        reason: `gh ${command} is not in the table of gh commands`,
      },
    ]
  const graphql: Found[] = row.graphql
    ? [{ kind: 'graphql', reason: row.graphql }]
    : []
  const rest = ghRoutes(row, args).map(({ route, via }) => ({
    kind: 'rest' as const,
    route,
    reason: `called by gh ${command}${via ? ` ${via}` : ''}`,
  }))
  return [...graphql, ...rest]
}

function ghApi(args: readonly string[]): Found {
  const options = readOptions(args, GH_API_SPEC)
  const endpoint = options.positionals[0]
  if (endpoint === undefined)
    return { kind: 'unresolved', reason: 'gh api without an endpoint' }
  if (/^\/?graphql$/.test(endpoint)) return graphqlCall(options)
  const method =
    flagValue(options, ['-X', '--method']) ??
    (hasFlag(options, ['-f', '--raw-field', '-F', '--field', '--input'])
      ? 'POST'
      : 'GET')
  // gh fills `:owner`, `:repo`, `:branch` as it fills `{owner}`...
  const path = endpoint.replace(/:(owner|repo|branch)\b/g, '{$1}')
  return resolveRequest(method, path, 'the endpoint')
}

/** A GraphQL call: a mutation or a query, said so when the script shows it. */
function graphqlCall(options: Options): Found {
  const query = options.flags.find(
    (f) =>
      f.value?.startsWith('query=') &&
      /^-(f|F|-field|-raw-field)$/.test(f.name),
  )?.value
  const kind =
    query === undefined || query.startsWith('query=@')
      ? 'GraphQL'
      : /^query=\s*mutation\b/.test(query)
        ? 'a GraphQL mutation'
        : 'a GraphQL query'
  return {
    kind: 'graphql',
    reason: `gh api graphql: ${kind}; its permissions depend on the fields it uses`,
  }
}

// ---------------------------------------------------------------- curl

const CURL_VALUES = [
  ['-X', '--request', '-H', '--header', '-d', '--data', '--data-raw'],
  ['--data-binary', '--data-urlencode', '--data-ascii', '--json', '-F'],
  ['--form', '--form-string', '-T', '--upload-file', '-o', '--output'],
  ['-u', '--user', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie'],
  ['-c', '--cookie-jar', '-w', '--write-out', '-m', '--max-time'],
  ['--connect-timeout', '--retry', '--retry-delay', '--retry-max-time'],
  ['-K', '--config', '--cacert', '--capath', '-E', '--cert', '--key'],
  ['-x', '--proxy', '-U', '--proxy-user', '--url', '-r', '--range', '-D'],
  ['--dump-header', '--stderr', '--trace', '--trace-ascii', '--max-redirs'],
  ['--resolve', '--connect-to', '-Y', '--speed-limit', '-y', '--speed-time'],
  ['-z', '--time-cond', '--limit-rate', '--oauth2-bearer', '--variable'],
  ['-Q', '--quote', '-t', '--telnet-option', '-C', '--continue-at', '-P'],
  ['--interface', '--noproxy', '--url-query', '--output-dir', '--aws-sigv4'],
  ['--unix-socket', '--create-file-mode', '--retry-connrefused-delay'],
].flat()
const CURL_SPEC: OptionSpec = { values: new Set(CURL_VALUES) }
const CURL_DATA = [
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--json',
].concat(['--data-urlencode', '--data-ascii', '-F', '--form', '--form-string'])

function curlCalls(args: readonly string[]): Found[] {
  const options = readOptions(args, CURL_SPEC)
  const urls = options.positionals.concat(
    options.flags.flatMap((f) =>
      f.name === '--url' && f.value ? [f.value] : [],
    ),
  )
  const method = curlMethod(options)
  return urls.flatMap((url) => {
    const path = apiPath(url)
    if (path === undefined) return []
    if (/^\/(api\/)?graphql\/?$/.test(path))
      return [{ kind: 'graphql' as const, reason: 'curl to the GraphQL API' }]
    if (UPLOAD_PATH.test(path) && method.toUpperCase() === 'POST')
      return [
        {
          kind: 'rest' as const,
          route: UPLOAD_RELEASE_ASSET,
          reason: UNLISTED_NOTE,
        },
      ]
    return [resolveRequest(method, path, 'the URL')]
  })
}

/** The one route of the upload host, which the permission data leaves out. */
const UPLOAD_PATH = /^\/repos\/[^/]+\/[^/]+\/releases\/[^/]+\/assets(\?|$)/

function curlMethod(options: Options): string {
  const explicit = flagValue(options, ['-X', '--request'])
  if (explicit !== undefined) return explicit
  if (hasFlag(options, ['-I', '--head'])) return 'HEAD'
  if (hasFlag(options, ['-G', '--get'])) return 'GET'
  if (hasFlag(options, ['-T', '--upload-file'])) return 'PUT'
  return hasFlag(options, CURL_DATA) ? 'POST' : 'GET'
}

/** The path of a URL on the REST API (`https://api.github.com`, `$GITHUB_API_URL`, GHES `/api/v3`); undefined for other hosts. */
function apiPath(url: string): string | undefined {
  const root =
    /^(https?:\/\/(api|uploads)\.github\.com|\$\{GITHUB_API_URL\}|https?:\/\/[^/$]+\/api\/v3)(?=[/?#]|$)/i.exec(
      url,
    )
  if (!root) return undefined
  return `/${url.slice(root[0].length).replace(/^\/+/, '')}`
}

// ---------------------------------------------------------------- routes

/** Names of variables holding `owner/repo`. */
const REPOSITORY_VARIABLES = new Set([
  'GITHUB_REPOSITORY',
  'github.event.repository.full_name',
])
const VARIABLE = /\$\{[^}]*\}|\$\(\.\.\.\)/

/** Resolves a concrete path whose `$VAR` segments become parameters. */
function resolveRequest(verb: string, pathOrUrl: string, what: string): Found {
  const upper = verb.toUpperCase()
  if (VARIABLE.test(upper))
    return { kind: 'unresolved', reason: `the method is a variable (${verb})` }
  const path = pathOrUrl.replace(/[?#].*$/, '').replace(/^\/+/, '')
  if (new RegExp(`^(${VARIABLE.source})$`).test(path))
    return { kind: 'unresolved', reason: `${what} is a variable (${path})` }
  const notes: string[] = []
  const segments = path.split('/').map((segment, index, all) => {
    if (!VARIABLE.test(segment)) return segment
    const name = /^\$\{([\w.]+)\}$/.exec(segment)?.[1]
    if (
      name !== undefined &&
      (REPOSITORY_VARIABLES.has(name) ||
        (all[index - 1] === 'repos' &&
          index === 1 &&
          !/owner|org|user|login/i.test(name)))
    ) {
      notes.push(`${segment} read as owner/repo`)
      return '{owner}/{repo}'
    }
    notes.push(`${segment} read as a parameter`)
    return '{param}'
  })
  const head = upper === 'HEAD' ? 'GET' : upper
  if (head !== upper) notes.push('HEAD read as GET')
  const resolved = resolveConcreteRequest(head, segments.join('/'))
  if (resolved.kind === 'unresolved')
    return { kind: 'unresolved', reason: resolved.reason }
  const reason = [...notes, ...(resolved.note ? [resolved.note] : [])].join(
    '; ',
  )
  return {
    kind: 'rest',
    route: resolved.route,
    ...(reason ? { reason } : {}),
  }
}
