import {
  codePointName,
  describeCodePoint,
  findHiddenCharacters,
  isHiddenCodePoint,
  showHiddenCharacters,
} from '../src/common/hidden-characters.js'
import { isUnsafeCodePoint } from '../src/common/unsafe-characters.js'

// The class of hidden characters (src/common/hidden-characters.ts) that
// the hidden-characters rule reports and Markdown output shows escaped.

const show = (code: number) =>
  `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`

describe('isHiddenCodePoint', () => {
  it('holds every character unsafe in logs and terminals', () => {
    const missing: number[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (isUnsafeCodePoint(code) && !isHiddenCodePoint(code))
        missing.push(code)
    }
    expect(missing).toEqual([])
  })

  it.each([
    ['bidi embeddings and overrides', 0x202a, 0x202e],
    ['bidi isolates', 0x2066, 0x2069],
    ['bidi marks', 0x200e, 0x200f],
    ['zero-width space and joiners', 0x200b, 0x200d],
    ['word joiner and invisible operators', 0x2060, 0x2064],
    ['C0 controls, tab and line feed included', 0x00, 0x1f],
    ['DEL and C1 controls', 0x7f, 0x9f],
    ['line and paragraph separators', 0x2028, 0x2029],
    ['variation selectors', 0xfe00, 0xfe0f],
    ['ideographic variation selectors', 0xe0100, 0xe01ef],
    ['tag characters', 0xe0020, 0xe007f],
  ])('holds %s', (_what, from, to) => {
    for (let code = from; code <= to; code++)
      expect(isHiddenCodePoint(code)).toBe(true)
  })

  it.each(
    [
      0x061c, 0x00ad, 0x180e, 0x3164, 0x115f, 0x1160, 0xffa0, 0xfeff, 0x034f,
    ].map((code) => [code.toString(16).toUpperCase(), code] as const),
  )('holds U+%s', (_hex, code) => {
    expect(isHiddenCodePoint(code)).toBe(true)
  })

  it.each([
    ['a space', 0x20],
    ['a letter', 0x41],
    ['tilde', 0x7e],
    ['a no-break space', 0xa0],
    ['an en space', 0x2002],
    ['an ideographic space', 0x3000],
    ['a Hangul syllable', 0xbc30],
    ['an emoji', 0x1f511],
    ['the replacement character', 0xfffd],
  ])('leaves out %s', (_what, code) => {
    expect(isHiddenCodePoint(code)).toBe(false)
  })
})

describe('codePointName', () => {
  it.each([
    ['U+202E RIGHT-TO-LEFT OVERRIDE', 0x202e],
    ['U+2066 LEFT-TO-RIGHT ISOLATE', 0x2066],
    ['U+200B ZERO WIDTH SPACE', 0x200b],
    ['U+001B ESCAPE', 0x1b],
    ['U+0001 CONTROL CHARACTER', 0x01],
    ['U+FE0F VARIATION SELECTOR-16', 0xfe0f],
    ['U+E0100 VARIATION SELECTOR-17', 0xe0100],
    ['U+E01EF VARIATION SELECTOR-256', 0xe01ef],
    ['U+180F MONGOLIAN FREE VARIATION SELECTOR FOUR', 0x180f],
    ['U+E0041 TAG CHARACTER', 0xe0041],
  ])('%s', (described, code) => {
    expect(describeCodePoint(code)).toBe(described)
  })

  it('names every hidden code point', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (isHiddenCodePoint(code))
        expect(codePointName(code)).toMatch(/^[A-Z][A-Z0-9 -]+$/)
    }
  })
})

describe('findHiddenCharacters', () => {
  it('gives UTF-16 offsets, past astral characters too', () => {
    expect(findHiddenCharacters('\u{1F511}a\u202Eb\u{E0041}')).toEqual([
      { index: 3, code: 0x202e },
      { index: 5, code: 0xe0041 },
    ])
  })

  it('keeps the characters the caller allows', () => {
    expect(findHiddenCharacters('a\tb\nc\r', '\t\n')).toEqual([
      { index: 5, code: 0x0d },
    ])
  })

  it.each([
    ['an emoji presentation selector', '\u26A0\uFE0F Admin'],
    ['a text presentation selector', '\u2764\uFE0E'],
    ['an ideographic variation selector', '\u845B\u{E0100}'],
    ['an emoji ZWJ sequence', '\u{1F469}\u200D\u{1F4BB}'],
    ['ZWJ after a skin tone', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'],
    ['ZWJ after U+FE0F', '\u2764\uFE0F\u200D\u{1F525}'],
    ['ZWNJ in Persian', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['ZWJ in Malayalam', '\u0D23\u0D4D\u200D'.concat('\u0D15')],
  ])('passes %s', (_what, text) => {
    expect(findHiddenCharacters(text)).toEqual([])
  })

  it.each([
    ['a selector after a selector', 'x\uFE0F\uFE0F', [0xfe0f]],
    ['a selector first', '\uFE0Fx', [0xfe0f]],
    ['a selector after a space', 'a \uFE0F', [0xfe0f]],
    ['a selector after a hidden character', 'a\u200B\uFE0F', [0x200b, 0xfe0f]],
    ['ZWJ between Latin letters', 'a\u200Db', [0x200d]],
    ['ZWNJ between Latin letters', 'a\u200Cb', [0x200c]],
    ['ZWJ at the end of an emoji', '\u{1F469}\u200D', [0x200d]],
    ['ZWJ between an emoji and a letter', '\u{1F469}\u200Da', [0x200d]],
    ['ZWNJ between emoji', '\u{1F469}\u200C\u{1F4BB}', [0x200c]],
    ['ZWNJ between Persian and Latin', '\u0645\u200Ca', [0x200c]],
    [
      'a subdivision flag (tags)',
      '\u{1F3F4}\u{E0067}\u{E007F}',
      [0xe0067, 0xe007f],
    ],
  ])('flags %s', (_what, text, codes) => {
    expect(findHiddenCharacters(text).map((found) => found.code)).toEqual(codes)
  })

  it('returns quickly for printable ASCII', () => {
    expect(findHiddenCharacters('Deploy the site: contents write')).toEqual([])
  })
})

describe('showHiddenCharacters', () => {
  it('replaces each hidden character and keeps the rest', () => {
    expect(
      showHiddenCharacters('Safe\u202Eetirw :stnetnoc\u200B\u2066', show),
    ).toBe('Safe<U+202E>etirw :stnetnoc<U+200B><U+2066>')
  })

  it('replaces an astral character whole', () => {
    expect(showHiddenCharacters('a\u{E0041}b', show)).toBe('a<U+E0041>b')
  })

  it('keeps allowed characters and harmless selectors', () => {
    expect(showHiddenCharacters('\u26A0\uFE0F a\nb\tc', show, '\n')).toBe(
      '\u26A0\uFE0F a\nb<U+0009>c',
    )
  })

  it('returns the same string when there is nothing to show', () => {
    const text = 'plain \u{1F511} text'
    expect(showHiddenCharacters(text, show)).toBe(text)
  })
})
