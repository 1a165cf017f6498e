import type { Policy } from '../config/policy.js'
import type { TokenTemplate } from '../links/token-template.js'
import { renderLinksTable } from './links-table.js'
import { showHiddenInMarkdown } from './markdown-escape.js'
import { renderPolicySummary } from './policy-summary.js'

/**
 * What goes between the README markers (and into the job summary): the
 * policy in force, then the token links table. Template text in it is
 * escaped where it stands; no hidden character gets through in any case.
 */
export function renderDocsSection(
  templates: readonly TokenTemplate[],
  serverUrl: string,
  policy?: Policy,
): string {
  const summary = renderPolicySummary(policy)
  const table = renderLinksTable(templates, serverUrl)
  return showHiddenInMarkdown(summary ? `${summary}\n\n${table}` : table)
}
