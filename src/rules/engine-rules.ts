import type { Rule } from './rule.js'

/** Rules the engine reports itself, before a template can be looked at. */

export const yamlSyntaxRule: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is valid YAML text.',
  docs: "Syntax errors, duplicate keys, tabs used as indentation, invalid UTF-8, NUL bytes and alias bombs (aliases expanding more than 100 times) are reported at the parser's position. A document with a syntax error is not checked further.",
}

export const unreadableFileRule: Rule = {
  id: 'unreadable-file',
  defaultSeverity: 'error',
  description: 'The template file can be read safely.',
  docs: 'Only regular files inside the working directory are read: a symbolic link that leads outside it, a file over 1 MiB, a file that is not a regular file or one that cannot be opened is reported instead of read.',
}

export const emptyFileRule: Rule = {
  id: 'empty-file',
  defaultSeverity: 'warning',
  description: 'A template file holds at least one template.',
  docs: 'A file that matches the template globs but is empty or holds only comments is probably a mistake (a template deleted by accident, or a file in the wrong folder).',
}
