import type { LintedTemplate } from './engine.js'
import type { Finding } from './finding.js'

export interface TemplateApproval {
  approved: LintedTemplate[]
  /** Templates with at least one error finding, and their first error. */
  rejected: Array<{ template: LintedTemplate; error: Finding }>
}

/**
 * Splits templates into those without errors (fit for a token link) and
 * those with: the error the run marked on the template (which the caps on
 * listed findings cannot hide), else one of `findings` on its lines (an
 * owner lookup's, found after the run).
 */
export function partitionByErrors(
  templates: readonly LintedTemplate[],
  findings: readonly Finding[],
): TemplateApproval {
  const errorsByFile = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.severity !== 'error') continue
    errorsByFile.set(finding.file, [
      ...(errorsByFile.get(finding.file) ?? []),
      finding,
    ])
  }
  const result: TemplateApproval = { approved: [], rejected: [] }
  for (const template of templates) {
    const error =
      template.error ??
      errorsByFile
        .get(template.file)
        ?.find(
          (finding) =>
            finding.line >= template.line && finding.line <= template.endLine,
        )
    if (error) result.rejected.push({ template, error })
    else result.approved.push(template)
  }
  return result
}
