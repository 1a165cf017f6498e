import type { Rule } from './rule.js'

/** Reported by the engine itself, before a template can be looked at. */

export const emptyFileRule: Rule = {
  id: 'empty-file',
  defaultSeverity: 'warning',
  description: 'A template file holds at least one template.',
  docs: 'A file that matches the template globs but is empty or holds only comments is probably a mistake (a template deleted by accident, or a file in the wrong folder).',
}
