/** Where the rule reference lives: docs/rules.md, one section per rule. */
export const RULES_DOC_URL =
  'https://github.com/token-templates/token-templates/blob/main/docs/rules.md'

/** The link to a rule's section of docs/rules.md (its heading is the id). */
export function ruleHelpUri(id: string): string {
  return `${RULES_DOC_URL}#${id}`
}
