import type { Config } from '../config/config.js'
import { catalogFor } from '../endpoints/index.js'
import { UserError } from '../errors.js'
import { partitionByErrors } from '../lint/approved-templates.js'
import { lintTemplates } from '../lint/lint-templates.js'
import { toTokenTemplate } from '../links/from-fields.js'
import type { Governance } from './review.js'

/** Findings that mean a template file was not read whole: nothing may be approved then. */
const LOAD_FAILURES = ['yaml-syntax', 'unreadable-file'] as const

/** An organization login as GitHub allows it: letters, digits and inner hyphens. */
const ORG_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

/** The organization to govern, checked; `option` names where it came from (`--org`, `input org`). */
export function checkOrgLogin(
  org: string | undefined,
  option = '--org',
): string {
  if (!org)
    throw new UserError(`${option} is required: the organization to govern`)
  if (!ORG_LOGIN.test(org))
    throw new UserError(
      `${option} ${JSON.stringify(org).slice(0, 60)} is not an organization login (letters, digits and hyphens)`,
    )
  return org
}

/**
 * The organization's approved templates (lint-clean ones) and the policy.
 * Throws UserError when a template file fails to load, so a broken file
 * can never narrow what the policy or the templates say unnoticed. The
 * load failures count as errors whatever the config's rule levels say.
 */
export function loadGovernance(
  root: string,
  config: Config,
  org: string,
  patterns: readonly string[] = [],
): Governance {
  const strict: Config = {
    ...config,
    ruleLevels: {
      ...config.ruleLevels,
      ...Object.fromEntries(LOAD_FAILURES.map((rule) => [rule, 'error'])),
    },
  }
  const run = lintTemplates({
    root,
    patterns,
    config: strict,
    collectTemplates: true,
  })
  const failure = run.findings.find((finding) =>
    (LOAD_FAILURES as readonly string[]).includes(finding.rule),
  )
  if (failure)
    throw new UserError(
      `${failure.file}:${failure.line}:${failure.column}: ${failure.message} (${failure.rule}); nothing is judged while a template file fails to load`,
    )
  const { approved } = partitionByErrors(run.templates, run.findings)
  return {
    org,
    templates: approved.map((linted) => ({
      template: toTokenTemplate(linted.fields),
      ref: `${linted.file}#${linted.documentIndex + 1}`,
    })),
    policy: config.policy,
    catalog: catalogFor(config.platform, config.extraPermissions),
  }
}
