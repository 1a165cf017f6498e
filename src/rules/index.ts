import { accountPermissionWithTargetRule } from './account-permission-with-target.js'
import { billingRule } from './billing.js'
import { duplicateNameRule } from './duplicate-name.js'
import { emptyFileRule } from './empty-file.js'
import { emptyPermissionsRule } from './empty-permissions.js'
import { endpointNotSupportedRule } from './endpoint-not-supported.js'
import { excessPermissionRule } from './excess-permission.js'
import { featureGatedPermissionRule } from './feature-gated-permission.js'
import { forbiddenPermissionRule } from './forbidden-permission.js'
import { ruleHelpUri } from './help-uri.js'
import { hiddenCharactersRule } from './hidden-characters.js'
import { invalidTargetNameRule } from './invalid-target-name.js'
import {
  classicTokenLinkRule,
  linkPlaceholderRule,
  repeatedLinkParameterRule,
  staleLinkRule,
  unapprovedLinkRule,
} from './link-rules.js'
import { maxLifetimeRule } from './max-lifetime.js'
import { missingDescriptionRule } from './missing-description.js'
import { missingNameRule } from './missing-name.js'
import { missingPermissionRule } from './missing-permission.js'
import { mixedOwnerScopesRule } from './mixed-owner-scopes.js'
import { noExpirationRule } from './no-expiration.js'
import { orgPermissionNeedsOrgTargetRule } from './org-permission-needs-org-target.js'
import { permissionNotInCatalogRule } from './permission-not-in-catalog.js'
import { platformAvailabilityRule } from './platform-availability.js'
import { redundantMetadataRule } from './redundant-metadata.js'
import type { Rule } from './rule.js'
import { schemaRule } from './schema.js'
import { sensitivePermissionNeedsJustificationRule } from './sensitive-permission-needs-justification.js'
import { targetNotAllowedRule } from './target-not-allowed.js'
import { targetOwnerTypeRule } from './target-owner-type.js'
import { undocumentedPermissionRule } from './undocumented-permission.js'
import { unknownEndpointRule } from './unknown-endpoint.js'
import { unknownPermissionRule } from './unknown-permission.js'
import { unreadableFileRule } from './unreadable-file.js'
import { unsupportedAccessLevelRule } from './unsupported-access-level.js'
import { usedByPartialRule } from './used-by-partial.js'
import { yamlSyntaxRule } from './yaml-syntax.js'

export type { Rule, RuleMeta, RuleVisitor, TemplateView } from './rule.js'

/**
 * Every rule, sorted by id, each with its helpUri (its section of
 * docs/rules.md). Adding a rule: one module, one line here, and an example
 * in scripts/rules-doc-examples.ts.
 */
export const RULES: readonly Rule[] = [
  accountPermissionWithTargetRule,
  billingRule,
  classicTokenLinkRule,
  duplicateNameRule,
  emptyFileRule,
  emptyPermissionsRule,
  endpointNotSupportedRule,
  excessPermissionRule,
  featureGatedPermissionRule,
  forbiddenPermissionRule,
  hiddenCharactersRule,
  invalidTargetNameRule,
  linkPlaceholderRule,
  maxLifetimeRule,
  missingDescriptionRule,
  missingNameRule,
  missingPermissionRule,
  mixedOwnerScopesRule,
  noExpirationRule,
  orgPermissionNeedsOrgTargetRule,
  permissionNotInCatalogRule,
  platformAvailabilityRule,
  redundantMetadataRule,
  repeatedLinkParameterRule,
  schemaRule,
  sensitivePermissionNeedsJustificationRule,
  staleLinkRule,
  targetNotAllowedRule,
  targetOwnerTypeRule,
  unapprovedLinkRule,
  undocumentedPermissionRule,
  unknownEndpointRule,
  unknownPermissionRule,
  unreadableFileRule,
  unsupportedAccessLevelRule,
  usedByPartialRule,
  yamlSyntaxRule,
].map((rule) => ({ ...rule, helpUri: ruleHelpUri(rule.id) }))

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}
