/**
 * Characters a reader does not see as written: bidi controls reorder the
 * text around them, zero-width and filler characters hide text or pad
 * it, and control characters drive terminals or end lines. A name with
 * one reads otherwise than the token form gets it: `Safe\u202Eetirw
 * :stnetnoc` shows as "Safecontents: write". The hidden-characters rule
 * reports them; Markdown we write shows them as `<U+202E>`.
 *
 * A superset of isUnsafeCodePoint (unsafe-characters.ts), which guards
 * logs and terminals: everything unsafe there is hidden here.
 */

/** Names of the hidden code points that are not in a named range below. */
const NAMES: Readonly<Record<number, string>> = {
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0xe0001: 'LANGUAGE TAG',
  0xe007f: 'CANCEL TAG',
}

const inRange = (code: number, low: number, high: number) =>
  code >= low && code <= high

/** The hidden code points: the one list the class is made from. */
const HIDDEN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f], // C0, tab and line feed too: callers allow them where due
  [0x7f, 0x9f], // DEL, C1
  [0xad, 0xad], // soft hyphen
  [0x34f, 0x34f], // combining grapheme joiner
  [0x61c, 0x61c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors, vowel separator
  [0x200b, 0x200f], // zero-width space and joiners, LRM, RLM
  [0x2028, 0x202e], // line and paragraph separators, embeddings, overrides
  [0x2060, 0x206f], // word joiner, invisible operators, isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero width no-break space (BOM)
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe0fff], // tags, variation selectors 17 to 256
]

const HIDDEN = new RegExp(
  `[${HIDDEN_RANGES.map(
    ([low, high]) => `\\u{${low.toString(16)}}-\\u{${high.toString(16)}}`,
  ).join('')}]`,
  'gu',
)

function isVariationSelector(code: number): boolean {
  return (
    inRange(code, 0xfe00, 0xfe0f) ||
    inRange(code, 0xe0100, 0xe01ef) ||
    inRange(code, 0x180b, 0x180d) ||
    code === 0x180f
  )
}

/**
 * Whether `code` is hidden wherever it stands: C0 (tab and line feed
 * too), DEL, C1, bidi controls, zero-width, filler and other
 * default-ignorable format characters, variation selectors and tags
 * (both can carry text no one sees).
 */
export function isHiddenCodePoint(code: number): boolean {
  return HIDDEN_RANGES.some(([low, high]) => inRange(code, low, high))
}

/** `U+202E` */
export function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The character's Unicode name (or, for controls, its name alias). */
export function codePointName(code: number): string {
  const named = NAMES[code]
  if (named) return named
  if (code < 0x20 || inRange(code, 0x80, 0x9f)) return 'CONTROL CHARACTER'
  if (inRange(code, 0xfe00, 0xfe0f))
    return `VARIATION SELECTOR-${code - 0xfe00 + 1}`
  if (inRange(code, 0xe0100, 0xe01ef))
    return `VARIATION SELECTOR-${code - 0xe0100 + 17}`
  if (inRange(code, 0x180b, 0x180f))
    return `MONGOLIAN FREE VARIATION SELECTOR ${['ONE', 'TWO', 'THREE', '', 'FOUR'][code - 0x180b]}`
  if (inRange(code, 0xe0020, 0xe007e)) return 'TAG CHARACTER'
  if (inRange(code, 0x1bca0, 0x1bca3)) return 'SHORTHAND FORMAT CONTROL'
  if (inRange(code, 0x1d173, 0x1d17a)) return 'MUSICAL SYMBOL FORMAT CONTROL'
  return 'INVISIBLE FORMAT CHARACTER'
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE` */
export function describeCodePoint(code: number): string {
  return `${formatCodePoint(code)} ${codePointName(code)}`
}

// Joiners have a use between letters of scripts that join or form
// conjuncts: Persian spelling needs ZWNJ, Indic scripts use both.
const JOINING_SCRIPT =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}]/u
const EMOJI = /\p{Extended_Pictographic}/u
const SKIN_TONE = (code: number) => inRange(code, 0x1f3fb, 0x1f3ff)
const isSpace = (code: number) => /\s/u.test(String.fromCodePoint(code))

/** The code point that ends at `end` (UTF-16 offset), if any. */
function codePointBefore(text: string, end: number): number | undefined {
  if (end <= 0) return undefined
  const low = text.charCodeAt(end - 1)
  if (end >= 2 && inRange(low, 0xdc00, 0xdfff)) {
    const pair = text.codePointAt(end - 2)!
    if (pair > 0xffff) return pair
  }
  return low
}

const width = (code: number) => (code > 0xffff ? 2 : 1)

/**
 * Whether the hidden character at `index` is in its one harmless use, so
 * text in the world's scripts and emoji pass: a variation selector right
 * after a visible character (U+26A0 U+FE0F is the emoji warning sign), a
 * zero-width joiner inside an emoji sequence (woman, ZWJ, laptop), a
 * joiner between letters of a joining script. A selector after a
 * selector, or with nothing visible before it, is flagged: runs of them
 * can carry bytes no one sees.
 */
function isHarmlessHere(text: string, index: number, code: number): boolean {
  const before = codePointBefore(text, index)
  if (isVariationSelector(code)) {
    return (
      before !== undefined && !isHiddenCodePoint(before) && !isSpace(before)
    )
  }
  if (code !== 0x200c && code !== 0x200d) return false
  const after = text.codePointAt(index + 1)
  if (before === undefined || after === undefined) return false
  const char = String.fromCodePoint
  if (
    JOINING_SCRIPT.test(char(before)) &&
    JOINING_SCRIPT.test(char(after)) &&
    !isSpace(before) &&
    !isSpace(after)
  )
    return true
  if (code !== 0x200d) return false
  // An emoji, perhaps with a skin tone or U+FE0F, then ZWJ, then an emoji.
  const base =
    before === 0xfe0f || SKIN_TONE(before)
      ? codePointBefore(text, index - width(before))
      : before
  return base !== undefined && EMOJI.test(char(base)) && EMOJI.test(char(after))
}

export interface HiddenCharacter {
  /** UTF-16 offset in the text. */
  index: number
  code: number
}

/**
 * The hidden characters of `text`, in order; `allowed` lists characters
 * the caller accepts (a description may hold line feeds and tabs).
 */
export function findHiddenCharacters(
  text: string,
  allowed = '',
): HiddenCharacter[] {
  const found: HiddenCharacter[] = []
  for (const match of text.matchAll(HIDDEN)) {
    const code = match[0].codePointAt(0)!
    if (allowed.includes(match[0])) continue
    if (isHarmlessHere(text, match.index, code)) continue
    found.push({ index: match.index, code })
  }
  return found
}

/**
 * `text` with each hidden character replaced by `show(code)`, e.g.
 * `<U+202E>`; characters in `allowed` are kept.
 */
export function showHiddenCharacters(
  text: string,
  show: (code: number) => string,
  allowed = '',
): string {
  const found = findHiddenCharacters(text, allowed)
  if (found.length === 0) return text
  let out = ''
  let from = 0
  for (const { index, code } of found) {
    out += text.slice(from, index) + show(code)
    from = index + width(code)
  }
  return out + text.slice(from)
}

/**
 * `text` for a diff or a code block: each hidden character shown as
 * `<U+202E>` (an entity would show as typed there), tabs, line feeds and
 * CRLF line ends kept, so a patch still applies.
 */
export function showHiddenKeepingLines(text: string): string {
  return text
    .split('\r\n')
    .map((part) =>
      showHiddenCharacters(
        part,
        (code) => `<${formatCodePoint(code)}>`,
        '\n\t',
      ),
    )
    .join('\r\n')
}
