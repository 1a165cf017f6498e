import { FAILSAFE_SCHEMA, loadAll, Type } from 'js-yaml'

/**
 * The fast path's parser. js-yaml builds plain values about 6x faster than
 * `yaml` builds documents with positions, so templates are parsed with it
 * first, and with `yaml` only when a file has findings (positions needed)
 * or anything this parser might read differently.
 *
 * Plain scalars resolve exactly as in `yaml`'s core schema (YAML 1.2): the
 * same patterns and conversions as yaml/dist/schema/core/*.js.
 */
/** One js-yaml type per tag (js-yaml keeps one): the first pattern that matches wins. */
const scalar = (
  tag: string,
  forms: Array<[RegExp, (text: string) => unknown]>,
) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) =>
      forms.some(([test]) => test.test(text ?? '')),
    construct: (text: string | null) => {
      const form = forms.find(([test]) => test.test(text ?? ''))
      return form?.[1](text ?? '')
    },
  })

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar('bool', [
      [
        /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
        (text) => text[0] === 't' || text[0] === 'T',
      ],
    ]),
    scalar('int', [
      [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
    ]),
    scalar('float', [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (text) =>
          text.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : text[0] === '-'
              ? -Infinity
              : Infinity,
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
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
  if (NOT_FOR_FAST_PATH.test(text)) return undefined
  if (hasLongLine(text)) return undefined
  try {
    const documents: unknown[] = []
    loadAll(text, (document) => documents.push(document), { schema: CORE_1_2 })
    return documents
  } catch {
    return undefined
  }
}
