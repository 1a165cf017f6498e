import type { RuleMeta } from './rule.js'

export const RULES_START = '<!-- rules:start -->'
export const RULES_END = '<!-- rules:end -->'

/** The README's list of rules, generated from the registry so it cannot drift. */
export function renderRulesTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description.replace(/\|/g, '\\|')} |`,
  )
  return [
    '| Rule | Default | Checks that |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** `text` with the part between the rules markers replaced by `table`. */
export function replaceRulesSection(text: string, table: string): string {
  const start = text.indexOf(RULES_START)
  const end = text.indexOf(RULES_END)
  if (start === -1 || end < start) {
    throw new Error(`README.md needs ${RULES_START} and ${RULES_END}`)
  }
  return `${text.slice(0, start + RULES_START.length)}\n${table}\n${text.slice(end)}`
}
