import {
  describeCodePoint,
  findHiddenCharacters,
  formatCodePoint,
  showHiddenCharacters,
} from '../common/hidden-characters.js'
import type { HiddenCharacter } from '../common/hidden-characters.js'
import { listing, quote } from '../common/quote.js'
import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

/**
 * The fields people read, and what each may hold besides visible text: a
 * description or justification may run over lines (the table shows them
 * as line breaks) and hold tabs; a name or owner is one line, where a tab
 * passes for a space.
 */
export const CHECKED_FIELDS: Readonly<Record<string, string>> = {
  name: '',
  description: '\t\n',
  justification: '\t\n',
  target_name: '',
}

/** The hidden characters of a field the rule checks. */
export function hiddenCharactersOf(
  field: string,
  value: string,
): HiddenCharacter[] {
  return findHiddenCharacters(value, CHECKED_FIELDS[field] ?? '')
}

const MOST_KINDS = 4

/** `U+200B ZERO WIDTH SPACE (2 times) and U+2066 LEFT-TO-RIGHT ISOLATE` */
function kinds(found: readonly HiddenCharacter[]): string {
  const counts = new Map<number, number>()
  for (const { code } of found) counts.set(code, (counts.get(code) ?? 0) + 1)
  const named = [...counts].map(
    ([code, count]) =>
      `${describeCodePoint(code)}${count > 1 ? ` (${count} times)` : ''}`,
  )
  if (named.length <= MOST_KINDS) return listing(named)
  const rest = named.length - MOST_KINDS
  return listing([
    ...named.slice(0, MOST_KINDS),
    `${rest} other${rest === 1 ? '' : 's'}`,
  ])
}

/** The value around its first hidden character, each shown as `<U+XXXX>`. */
function excerpt(value: string, field: string, first: number): string {
  const before = 20
  let start = Math.max(0, first - before)
  // Not between the halves of a surrogate pair.
  if (/[\udc00-\udfff]/.test(value[start] ?? '')) start -= 1
  const shown = showHiddenCharacters(
    value.slice(start),
    (code) => `<${formatCodePoint(code)}>`,
    CHECKED_FIELDS[field],
  )
  return quote(`${start > 0 ? '…' : ''}${shown}`, 60)
}

export const hiddenCharactersRule: Rule = {
  id: 'hidden-characters',
  defaultSeverity: 'error',
  description:
    'Names, descriptions, justifications and owners hold no hidden characters.',
  docs: [
    'Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) reorder the text around them, and zero-width, filler and other invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, the soft hyphen U+00AD, U+180E, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, tag characters) hide text: reviewers read one thing in the file, the README and the token form, and the token gets another. Control characters (C0, DEL, C1, U+2028, U+2029) are reported too, tab and line feed included in a name or `target_name`; a description or justification may hold tabs and run over lines.',
    'Allowed where they do a job: a variation selector right after a visible character (U+FE0F turns ⚠ into an emoji), a zero-width joiner inside an emoji sequence (woman, U+200D, laptop is one emoji), joiners between letters of a joining script (Persian needs U+200C). A variation selector after another one or after nothing visible is reported: runs of them can carry text no one sees.',
    'The message names each character by code point, never raw; the README table and the job summary show them as `<U+202E>`.',
    '```yaml\n# wrong: shows as "Safecontents: write"\nname: "Safe\\u202Eetirw :stnetnoc"\n# right\nname: Safe\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    for (const field of Object.keys(CHECKED_FIELDS)) {
      const value = stringField(template, field)
      if (value === undefined) continue
      const found = hiddenCharactersOf(field, value)
      if (found.length === 0) continue
      const what =
        found.length === 1
          ? `a hidden character, ${describeCodePoint(found[0]!.code)}: remove it`
          : `${found.length} hidden characters, ${kinds(found)}: remove them`
      report(
        template.locate([field]),
        `"${field}" holds ${what}; readers see other text than the token gets (${excerpt(value, field, found[0]!.index)})`,
      )
    }
  }),
}
