import { HEAD, lint, ruleTester, VALID } from './support/rule-tester.js'

/**
 * The hidden-characters rule: bidi controls, invisible and control
 * characters in the fields people read (name, description, justification,
 * target_name). Snippets write each character as a YAML escape in a
 * double-quoted scalar (`"\u202E"`), so this file holds none of them raw.
 */

const withName = (name: string) =>
  VALID.replace('name: Deploy', `name: ${name}`)
const withDescription = (description: string) =>
  VALID.replace('description: Deploys the site', `description: ${description}`)
const withField = (line: string) => `${VALID}${line}\n`

/** Any raw character of the class: a message must never carry one. */
const RAW_RANGES = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe0fff],
]
const holdsRaw = (text: string) =>
  [...text].some((char) =>
    RAW_RANGES.some(
      ([low, high]) =>
        char.codePointAt(0)! >= low! && char.codePointAt(0)! <= high!,
    ),
  )

ruleTester('hidden-characters', 'error', {
  valid: [
    { name: 'plain text', code: VALID },
    {
      name: 'an emoji with its variation selector (U+26A0 U+FE0F)',
      code: withName('"\\u26A0\\uFE0F Admin"'),
    },
    {
      name: 'an emoji ZWJ sequence, with a skin tone (woman, tone, ZWJ, laptop)',
      code: withDescription(
        '"Dev \\U0001F469\\U0001F3FD\\u200D\\U0001F4BB token"',
      ),
    },
    {
      name: 'ZWNJ inside a Persian word',
      code: withDescription(
        '"\\u0645\\u06CC\\u200C\\u062E\\u0648\\u0627\\u0647\\u0645"',
      ),
    },
    {
      name: 'ZWJ between Devanagari letters',
      code: withDescription('"\\u0915\\u094D\\u200D\\u0937"'),
    },
    {
      name: 'a description over several lines, with a tab',
      code: withDescription('|-\n  First line\n  second\tline'),
    },
    {
      name: 'a justification over several lines',
      code: withField('justification: "needs it\\nfor deploys"'),
    },
    {
      name: 'CJK, Hangul and accents',
      code: withName('"\\uBC30\\uD3EC \\u90E8\\u7F72 d\\u00E9ploy"'),
    },
    {
      name: 'no-break and ideographic spaces (visible as spaces)',
      code: withName('"Deploy\\u00A0site\\u3000now"'),
    },
    {
      name: 'a name that is not text (schema reports it)',
      code: withName('[a, b]'),
    },
    {
      name: 'hidden characters in fields no one reads in the table (endpoints)',
      code: withField('endpoints: ["GET /user\\u200B"]'),
    },
  ],
  invalid: [
    {
      name: 'U+202E in the name: shows "Safecontents: write"',
      code: withName('"Safe\\u202Eetirw :stnetnoc"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 34,
          message:
            '"name" holds a hidden character, U+202E RIGHT-TO-LEFT OVERRIDE: remove it; readers see other text than the token gets ("Safe<U+202E>etirw :stnetnoc")',
        },
      ],
    },
    {
      name: 'U+200B in the description',
      code: withDescription('"Deploys\\u200B the site"'),
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 38,
          message:
            '"description" holds a hidden character, U+200B ZERO WIDTH SPACE: remove it',
        },
      ],
    },
    {
      name: 'bidi isolates in the justification: counted and each named',
      code: withField(
        'justification: "a\\u2066b\\u2067c\\u2068d\\u2069e\\u2069"',
      ),
      findings: [
        {
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 53,
          message:
            '"justification" holds 5 hidden characters, U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT ISOLATE, U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE (2 times): remove them; readers see other text than the token gets ("a<U+2066>b<U+2067>c<U+2068>d<U+2069>e<U+2069>")',
        },
      ],
    },
    {
      name: 'target_name with U+200B: reported here, not as an invalid slug too',
      code: withField('target_name: "octo\\u200Bdemo"'),
      findings: [
        {
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 30,
          message:
            '"target_name" holds a hidden character, U+200B ZERO WIDTH SPACE',
        },
      ],
    },
    {
      name: 'a tab in the name (it passes for a space)',
      code: withName('"Deploy\\tsite"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 21,
          message:
            'U+0009 CHARACTER TABULATION: remove it; readers see other text than the token gets ("Deploy<U+0009>site")',
        },
      ],
    },
    {
      name: 'a line feed in the name',
      code: withName('"Deploy\\nsite"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 21,
          message: 'U+000A LINE FEED',
        },
      ],
    },
    {
      name: 'control characters in the description: ESC, DEL, NEL, CR, U+2028',
      code: withDescription('"a\\eb\\x7Fc\\Nd\\re\\Lf"'),
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 34,
          message:
            '5 hidden characters, U+001B ESCAPE, U+007F DELETE, U+0085 NEXT LINE, U+000D CARRIAGE RETURN and 1 other',
        },
      ],
    },
    {
      name: 'soft hyphen, Mongolian vowel separator, word joiner, BOM',
      code: withName('"De\\u00ADpl\\u180Eo\\u2060y\\uFEFF"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 39,
          message:
            'U+00AD SOFT HYPHEN, U+180E MONGOLIAN VOWEL SEPARATOR, U+2060 WORD JOINER and U+FEFF ZERO WIDTH NO-BREAK SPACE',
        },
      ],
    },
    {
      name: 'a name of Hangul fillers only (looks empty)',
      code: withName('"\\u3164\\u115F\\u1160\\uFFA0"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 33,
          message:
            'U+3164 HANGUL FILLER, U+115F HANGUL CHOSEONG FILLER, U+1160 HANGUL JUNGSEONG FILLER and U+FFA0 HALFWIDTH HANGUL FILLER',
        },
      ],
    },
    {
      name: 'left-to-right, right-to-left and Arabic letter marks',
      code: withName('"a\\u200Eb\\u200Fc\\u061C"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 30,
          message:
            'U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK and U+061C ARABIC LETTER MARK',
        },
      ],
    },
    {
      name: 'embeddings and overrides',
      code: withName('"\\u202A\\u202B\\u202C\\u202D"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 33,
          message:
            'U+202A LEFT-TO-RIGHT EMBEDDING, U+202B RIGHT-TO-LEFT EMBEDDING, U+202C POP DIRECTIONAL FORMATTING and U+202D LEFT-TO-RIGHT OVERRIDE',
        },
      ],
    },
    {
      name: 'invisible math operators U+2061 to U+2064',
      code: withName('"a\\u2061\\u2062\\u2063\\u2064"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 34,
          message: '4 hidden characters, U+2061 FUNCTION APPLICATION',
        },
      ],
    },
    {
      name: 'a run of variation selectors (can carry bytes): the second on',
      code: withName('"Deploy\\uFE0F\\uFE01"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 27,
          message:
            'a hidden character, U+FE01 VARIATION SELECTOR-2: remove it; readers see other text than the token gets ("Deploy\uFE0F<U+FE01>")',
        },
      ],
    },
    {
      name: 'a variation selector with nothing before it',
      code: withName('"\\uFE0FDeploy"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 21,
          message: 'U+FE0F VARIATION SELECTOR-16',
        },
      ],
    },
    {
      name: 'tag characters (text no one sees)',
      code: withName('"Deploy\\U000E0041\\U000E0042"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 35,
          message:
            'U+E0041 TAG CHARACTER and U+E0042 TAG CHARACTER: remove them',
        },
      ],
    },
    {
      name: 'ZWNJ and ZWJ between Latin letters',
      code: withName('"De\\u200Cpl\\u200Doy"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 27,
          message: 'U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER',
        },
      ],
    },
    {
      name: 'more than four kinds: the first four named',
      code: withName('"\\u200B\\u200C\\u200D\\u200E\\u200F\\u2060"'),
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 45,
          message:
            '6 hidden characters, U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER, U+200D ZERO WIDTH JOINER, U+200E LEFT-TO-RIGHT MARK and 2 others',
        },
      ],
    },
    {
      name: 'far into a long description: the message shows the text around it',
      code: withDescription(`"${'x'.repeat(300)}\\u202E${'y'.repeat(300)}"`),
      findings: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 622,
          message: `("…${'x'.repeat(20)}<U+202E>${'y'.repeat(31)}…")`,
        },
      ],
    },
    {
      name: 'each field on its own value',
      code: `name: "A\\u200B"\ndescription: "B\\u202E"\nexpires_in: 30\npermissions:\n  contents: read\njustification: "C\\u2066"\n`,
      findings: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 16,
          message: '"name" holds a hidden character, U+200B',
        },
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 23,
          message: '"description" holds a hidden character, U+202E',
        },
        {
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 25,
          message: '"justification" holds a hidden character, U+2066',
        },
      ],
    },
    {
      name: 'the level can be lowered in the config',
      code: withName('"Safe\\u202E"'),
      options: { ruleLevels: { 'hidden-characters': 'warning' } },
      findings: [
        {
          severity: 'warning',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 19,
          message: 'U+202E RIGHT-TO-LEFT OVERRIDE',
        },
      ],
    },
  ],
})

describe('rule hidden-characters messages', () => {
  // One of each kind the rule knows, in a name.
  const CODES = [
    0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xad,
    0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x180e, 0x200b, 0x200c, 0x200d,
    0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066,
    0x2069, 0x206f, 0x3164, 0xfe0f, 0xfeff, 0xffa0, 0xfffb, 0x1bca0, 0x1d173,
    0xe0001, 0xe0041, 0xe007f, 0xe0100,
  ]

  const hex = (code: number) => code.toString(16).toUpperCase()

  it.each(CODES.map((code) => [hex(code).padStart(4, '0'), code] as const))(
    'U+%s: one finding that names it by code point and never holds it raw',
    (name, code) => {
      // After a space: a variation selector or joiner there does no job.
      const escape = `\\U${hex(code).padStart(8, '0')}`
      const { findings } = lint(HEAD.replace('Deploy', `"a ${escape}b"`))
      const found = findings.filter((f) => f.rule === 'hidden-characters')
      expect(found).toHaveLength(1)
      expect(found[0]!.message).toContain(`U+${name} `)
      expect(holdsRaw(found[0]!.message)).toBe(false)
      expect(found[0]!.message).not.toContain(String.fromCodePoint(code))
    },
  )
})
