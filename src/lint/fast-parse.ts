import { FAILSAFE_SCHEMA, loadAll, Type } from 'js-yaml'

/**
 * The fast path's parser. js-yaml builds plain values about 6x faster than
 * `yaml` builds documents with positions, so templates are parsed with it
 * first, and with `yaml` only when a file has findings (positions needed)
 * or anything this parser might read differently.
 *
 * Plain scalars resolve exactly as in `yaml`'s core schema (YAML 1.2): the
 * same patterns and conversions as yaml/dist/schema/core/*.js.
 *
 * js-yaml tries every implicit type on every plain scalar, keys included,
 * and templates are mostly words (`name`, `permissions`, `read`): null and
 * bool compare whole strings, int and float rule words out by their first
 * character before any pattern runs, and each value is built from the
 * text's shape, not by testing the patterns again. The patterns are
 * `yaml`'s, joined per tag; a test holds every form to `yaml`'s own parse.
 */
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/
const FLOAT =
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/

/** A digit, `+` or `-`: how every int, and every float but `.5`, starts. */
const startsNumber = (code: number) =>
  (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d

/** One js-yaml type per tag (js-yaml keeps one per tag and kind). */
const scalar = (
  tag: string,
  resolve: (text: string) => boolean,
  construct: (text: string) => unknown,
) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => resolve(text ?? ''),
    construct: (text: string | null) => construct(text ?? ''),
  })

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    // /^(?:~|[Nn]ull|NULL)?$/
    scalar(
      'null',
      (text) =>
        text === '' ||
        text === '~' ||
        text === 'null' ||
        text === 'Null' ||
        text === 'NULL',
      () => null,
    ),
    // /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
    scalar(
      'bool',
      (text) =>
        text === 'true' ||
        text === 'True' ||
        text === 'TRUE' ||
        text === 'false' ||
        text === 'False' ||
        text === 'FALSE',
      (text) => text[0] === 't' || text[0] === 'T',
    ),
    scalar(
      'int',
      (text) => startsNumber(text.charCodeAt(0)) && INT.test(text),
      (text) =>
        text[1] === 'o'
          ? parseInt(text.slice(2), 8)
          : text[1] === 'x'
            ? parseInt(text.slice(2), 16)
            : parseInt(text, 10),
    ),
    scalar(
      'float',
      (text) =>
        (startsNumber(text.charCodeAt(0)) || text[0] === '.') &&
        FLOAT.test(text),
      // `.inf` and `.nan` forms end in a letter, the others in a digit or `.`
      (text) => {
        const last = text[text.length - 1]
        if (last === 'n' || last === 'N') return NaN
        if (last === 'f' || last === 'F') {
          return text[0] === '-' ? -Infinity : Infinity
        }
        return parseFloat(text)
      },
    ),
  ],
})

/**
 * Constructs the parsers may not agree on, or that need `yaml`'s limits:
 * tabs, control characters, anchors, aliases and tags (`&`, `*`, `!` where
 * a node starts), directives (`%` at a line start), flow collections
 * other than `{}` and `[]`, a `#` right after a closing quote or bracket
 * (`yaml` refuses it, js-yaml takes it as a comment), and long lines.
 * The same characters inside
 * text (`R&D`, `main!`, `[beta]`) are fine. Block scalars (`>-`
 * descriptions) are common and both parsers follow the spec there; a
 * property test holds them to it.
 */
const NOT_FOR_FAST_PATH =
  // eslint-disable-next-line no-control-regex
  /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]|(?:^|[\s,[{])[&*!]|^%|(?:^|[:?-]\s+)[[{](?![\]}]\s*(?:#.*)?$)|["'\]}]#/m

/**
 * Every alternative above but the last needs one of these characters, and
 * most templates have none: a text without them is scanned for the last
 * alternative only, which is cheaper than trying every alternative at each
 * space, colon and dash.
 */
const MAY_NOT_BE_FOR_FAST_PATH =
  // eslint-disable-next-line no-control-regex
  /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029&*!%[{]/
const HASH_AFTER_CLOSE = /["'\]}]#/

/**
 * Texts the two parsers read differently although nothing above catches
 * them: a carriage return that ends no line (js-yaml breaks the line there,
 * `yaml` keeps it as text), `\U` escapes past U+10FFFF (`yaml` refuses
 * them), a quoted value that goes on to the next line (js-yaml takes an
 * unindented continuation, `yaml` refuses it), and a block scalar whose
 * first line is blank (`yaml` refuses more-indented leading blank lines).
 */
const PARSERS_DIFFER =
  /\r(?!\n)|\\U(?!00(?:10|0[\dA-Fa-f])[\dA-Fa-f]{4})|(?:^[ \t]*|[:?-][ \t]+)(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$|(?:^[ \t]*|[:?-][ \t]+)[|>][-+]?[ \t]*(?:#.*)?\r?\n[ \t]*\r?$/m

/** `yaml` limits implicit keys to 1024 characters; js-yaml may not. */
function hasLongLine(text: string): boolean {
  if (text.length < 1000) return false
  let start = 0
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    if ((end === -1 ? text.length : end) - start >= 1000) return true
    if (end === -1) return false
    start = end + 1
  }
}

/** The documents' values, or undefined when `yaml` must parse the text. */
export function fastParse(text: string): unknown[] | undefined {
  if (
    MAY_NOT_BE_FOR_FAST_PATH.test(text)
      ? NOT_FOR_FAST_PATH.test(text)
      : HASH_AFTER_CLOSE.test(text)
  ) {
    return undefined
  }
  if (PARSERS_DIFFER.test(text) || hasLongLine(text)) return undefined
  try {
    return loadAll(text, null, { schema: CORE_1_2 })
  } catch {
    return undefined
  }
}
