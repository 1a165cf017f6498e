import type { Rule } from './rule.js'

/** Reported by the engine itself, before a template can be looked at. */

export const unreadableFileRule: Rule = {
  id: 'unreadable-file',
  defaultSeverity: 'error',
  description: 'The template file can be read safely.',
  docs: 'Only regular files inside the working directory are read: a symbolic link that leads outside it, a file over 1 MiB, a file that is not a regular file or one that cannot be opened is reported instead of read.',
}
