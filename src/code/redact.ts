/**
 * Text from code with every literal GitHub token shown as `***`: a script
 * may hold one, and what we print of it must never repeat it.
 */
export function redact(text: string): string {
  return text.replace(/\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]+/g, '***')
}
