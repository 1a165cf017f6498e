/** Where GitHub runs: GitHub.com, Enterprise Cloud, Enterprise Server 3.20. */
export const PLATFORMS = ['github.com', 'ghec', 'ghes-3.20'] as const
export type Platform = (typeof PLATFORMS)[number]

/** Access levels in increasing order of power: each includes the ones before it. */
export const ACCESS_LEVELS = ['read', 'write', 'admin'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

/**
 * Who may own the resources a permission reaches. `account` permissions work
 * only when the token's owner is the current user, `organization` ones only
 * when it is an organization; `repository` ones work for both.
 */
export const OWNER_SCOPES = ['account', 'repository', 'organization'] as const
export type OwnerScope = (typeof OWNER_SCOPES)[number]

export interface Permission {
  /** The query parameter and template key, e.g. `pull_requests`. */
  readonly name: string
  /** The label GitHub's token form shows, e.g. `Pull requests`. */
  readonly displayName: string
  readonly scope: OwnerScope
  /** Exactly the levels GitHub's form accepts for this permission. */
  readonly levels: readonly AccessLevel[]
  /** Shown only where GitHub ships this feature flag (see the seed's `ifversion`). */
  readonly featureFlag?: string
  /** A fact a template author must know before asking for it (billing, ...). */
  readonly caution?: string
}

/** Something fine-grained tokens cannot do, with the way to do it instead. */
export interface MissingCapability {
  readonly capability: string
  readonly instead: string
}

/**
 * A permission name GitHub's page uses but its permission tables do not
 * list: accepted (the token form may take it), with a warning naming the
 * documented permission (rule `undocumented-permission`).
 */
export interface UndocumentedPermission extends Permission {
  /** The documented permission to use instead, e.g. `copilot_requests`. */
  readonly documentedAs: string
  /** Where GitHub uses the name and how that contradicts its tables. */
  readonly source: string
}
