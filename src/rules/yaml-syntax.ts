import type { Rule } from './rule.js'

/** Reported by the engine itself, before a template can be looked at. */

export const yamlSyntaxRule: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is valid YAML text.',
  docs: 'Syntax errors, duplicate keys, tabs used as indentation, invalid UTF-8, NUL bytes and alias bombs (aliases expanding more than 100 times) are reported at the place to fix (an unclosed quote or bracket where it opens, an over-indented line on that line), in plain words for the common mistakes. A document with a syntax error is not checked further. A file over 64 KiB whose `[` and `{` nest more than 64 deep, or that holds more than 200,000 YAML values and separators, is refused whole with one error: parsing it would cost hundreds of MB, and templates need a tiny fraction of that.',
}
