import type { PermissionCatalog } from '../catalog/index.js'
import type { LintedTemplate } from '../lint/engine.js'
import type { Finding, Severity } from '../lint/finding.js'
import {
  ownerTypeProblem,
  targetOwnerTypeRule,
} from '../rules/target-owner-type.js'
import type { OwnerType } from '../rules/target-owner-type.js'
import { TARGET_NAME_PATTERN } from '../schema/template-schema.js'
import { describeApiError } from './api/describe-api-error.js'

export type LookupOwner = (login: string) => Promise<OwnerType | undefined>

export interface OwnerCheck {
  findings: Finding[]
  /** One sentence per name that could not be looked up. */
  failures: string[]
}

const SLUG = new RegExp(TARGET_NAME_PATTERN)

/**
 * Looks up each distinct target_name once and reports templates whose
 * permissions do not fit the owner's type. A failed lookup is a failure
 * note, never a finding: the run must not fail because the API did.
 */
export async function checkOwnerTypes(options: {
  templates: readonly LintedTemplate[]
  catalog: PermissionCatalog
  severity: Severity
  lookup: LookupOwner
}): Promise<OwnerCheck> {
  const names = new Set<string>()
  for (const { fields } of options.templates) {
    const target = fields.target_name
    if (typeof target === 'string' && SLUG.test(target))
      names.add(target.toLowerCase())
  }
  const types = new Map<string, OwnerType | undefined>()
  const failures: string[] = []
  for (const name of names) {
    try {
      types.set(name, await options.lookup(name))
    } catch (error) {
      failures.push(
        `could not look up the owner ${JSON.stringify(name)} (${describeApiError(error)})`,
      )
    }
  }
  const findings: Finding[] = []
  for (const template of options.templates) {
    const target = template.fields.target_name
    const type =
      typeof target === 'string' ? types.get(target.toLowerCase()) : undefined
    if (!type) continue
    const message = ownerTypeProblem(template.fields, type, options.catalog)
    if (!message) continue
    findings.push({
      file: template.file,
      ...template.locate(['target_name']),
      severity: options.severity,
      rule: targetOwnerTypeRule.id,
      message,
    })
  }
  return { findings, failures }
}
