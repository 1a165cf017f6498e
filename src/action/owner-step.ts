import * as core from '@actions/core'
import type { Config } from '../config/config.js'
import { catalogFor } from '../endpoints/index.js'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import { plural } from '../format/plural.js'
import type { LintedTemplate } from '../lint/engine.js'
import type { Finding } from '../lint/finding.js'
import { targetOwnerTypeRule } from '../rules/target-owner-type.js'
import type { GetGitHubClient } from './api/github-client.js'
import { lookupOwnerType } from './api/lookup-owner.js'
import { checkOwnerTypes } from './owner-lookup.js'

/**
 * target-owner-type, the one rule that needs the API: looks up each
 * target_name's owner and returns the findings for the caller to count.
 * A lookup that fails is a notice and a note, never a finding.
 */
export async function ownerStep(options: {
  api: GetGitHubClient | undefined
  templates: readonly LintedTemplate[]
  config: Config
}): Promise<{ findings: Finding[]; notes: string[] }> {
  const { api, templates, config } = options
  const level =
    config.ruleLevels[targetOwnerTypeRule.id] ??
    targetOwnerTypeRule.defaultSeverity
  if (level === 'off') {
    core.debug('owner lookups: skipped, target-owner-type is off')
    return { findings: [], notes: [] }
  }
  if (
    !templates.some(
      (template) => typeof template.fields.target_name === 'string',
    )
  ) {
    core.debug('owner lookups: skipped, no template has a target_name')
    return { findings: [], notes: [] }
  }
  if (!api) {
    core.debug('owner lookups: skipped, no token')
    return {
      findings: [],
      notes: [
        'No token: target_name owners were not looked up (organization vs user), so target-owner-type was not checked.',
      ],
    }
  }
  const check = await checkOwnerTypes({
    templates,
    catalog: catalogFor(config.platform, config.extraPermissions),
    severity: level,
    lookup: async (login) => {
      const type = await lookupOwnerType(await api(), login)
      core.debug(`owner ${login}: ${type ?? 'neither user nor organization'}`)
      return type
    },
  })
  core.debug(
    `owner lookups: ${plural(check.findings.length, 'finding')}, ${check.failures.length} failed`,
  )
  for (const failure of check.failures) {
    core.notice(
      `token-templates ${failure}; target-owner-type was not checked for it`,
    )
  }
  return {
    findings: check.findings,
    notes: check.failures.map(
      (failure) =>
        `Owner lookup: ${md(failure)}; target-owner-type was not checked for it.`,
    ),
  }
}
