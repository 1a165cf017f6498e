// What GitHub's docs data says about REST endpoints and fine-grained token
// permissions: lookups, least privilege, and what a permission opens.
export {
  DATA_PERMISSIONS,
  findDataPermission,
  permissionsMissingFrom,
} from './data-permissions.js'
export type { DataPermission } from './data-permissions.js'
export { ENDPOINT_DATA_SOURCE } from './endpoint-data.js'
export { findEndpoint, lookupEndpoint } from './endpoint-index.js'
export type { EndpointLookup } from './endpoint-index.js'
export { HTTP_VERBS, parseEndpoint } from './endpoint-string.js'
export type {
  EndpointRequest,
  HttpVerb,
  ParsedEndpoint,
} from './endpoint-string.js'
export { allEndpoints, dataEndpoints } from './endpoint-table.js'
export type { Endpoint } from './endpoint-table.js'
export {
  checkGrant,
  delta as grantDelta,
  requiredGrant,
  satisfies as grantSatisfies,
} from './least-privilege.js'
export type {
  ExcessGrant,
  Grant,
  GrantCheck,
  MissingGrant,
  RequiredGrant,
  Requirement,
} from './least-privilege.js'
export { levelRank, permissionSets } from './permission-sets.js'
export type {
  Certainty,
  DataEntry,
  EndpointSets,
  PermissionSet,
} from './permission-sets.js'
export { permissionUses } from './permission-uses.js'
export type { CategoryUses, PermissionUse } from './permission-uses.js'
export {
  DEFAULT_PLATFORM,
  isAvailableOn,
  isInApiData,
  PLATFORM_NAMES,
  platformsWith,
} from './platform-availability.js'
export { PLATFORM_PERMISSION_KEYS, PLATFORMS } from './platforms.js'
export type { Platform } from './platforms.js'
export {
  catalogFor,
  ENTERPRISE_ONLY_PERMISSIONS,
  enterpriseOnlyPermissions,
} from './platform-permissions.js'
export { pathSegments, pathWordUses } from './path-words.js'
export type { PathWordUse } from './path-words.js'
export { unsupportedEndpoint } from './unsupported-endpoints.js'
export type { UnsupportedEndpoint } from './unsupported-endpoints.js'
