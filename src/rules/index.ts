import { duplicateNameRule } from './duplicate-name.js'
import {
  emptyFileRule,
  unreadableFileRule,
  yamlSyntaxRule,
} from './engine-rules.js'
import { endpointNotSupportedRule } from './endpoint-not-supported.js'
import { excessPermissionRule } from './excess-permission.js'
import { invalidTargetNameRule } from './invalid-target-name.js'
import { missingPermissionRule } from './missing-permission.js'
import {
  accountPermissionWithTargetRule,
  mixedOwnerScopesRule,
  orgPermissionNeedsOrgTargetRule,
} from './owner-scope-rules.js'
import {
  forbiddenPermissionRule,
  maxLifetimeRule,
  sensitivePermissionNeedsJustificationRule,
  targetNotAllowedRule,
} from './policy-rules.js'
import { permissionNotInCatalogRule } from './permission-not-in-catalog.js'
import { platformAvailabilityRule } from './platform-availability.js'
import type { Rule } from './rule.js'
import { schemaRule } from './schema.js'
import {
  billingRule,
  emptyPermissionsRule,
  featureGatedPermissionRule,
  missingDescriptionRule,
  noExpirationRule,
  redundantMetadataRule,
} from './template-hygiene.js'
import { targetOwnerTypeRule } from './target-owner-type.js'
import { unknownEndpointRule } from './unknown-endpoint.js'
import { unknownPermissionRule } from './unknown-permission.js'
import { unsupportedAccessLevelRule } from './unsupported-access-level.js'

export type { Rule, RuleMeta, RuleVisitor, TemplateView } from './rule.js'

/** Every rule, sorted by id. Adding a rule: one module, one line here. */
export const RULES: readonly Rule[] = [
  accountPermissionWithTargetRule,
  billingRule,
  duplicateNameRule,
  emptyFileRule,
  emptyPermissionsRule,
  endpointNotSupportedRule,
  excessPermissionRule,
  featureGatedPermissionRule,
  forbiddenPermissionRule,
  invalidTargetNameRule,
  maxLifetimeRule,
  missingDescriptionRule,
  missingPermissionRule,
  mixedOwnerScopesRule,
  noExpirationRule,
  orgPermissionNeedsOrgTargetRule,
  permissionNotInCatalogRule,
  platformAvailabilityRule,
  redundantMetadataRule,
  schemaRule,
  sensitivePermissionNeedsJustificationRule,
  targetNotAllowedRule,
  targetOwnerTypeRule,
  unknownEndpointRule,
  unknownPermissionRule,
  unreadableFileRule,
  unsupportedAccessLevelRule,
  yamlSyntaxRule,
]

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}
