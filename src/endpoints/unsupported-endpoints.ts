import { MISSING_CAPABILITIES } from '../catalog/index.js'
import type { MissingCapability } from '../catalog/index.js'

/** Why a fine-grained token cannot call an endpoint, and what to use. */
export interface UnsupportedEndpoint {
  /** `fine-grained tokens cannot call the Checks API` */
  readonly reason: string
  readonly capability: MissingCapability
}

interface Family {
  /** The MISSING_CAPABILITIES key whose texts explain it. */
  readonly capability: string
  readonly matches: (segments: readonly string[]) => boolean
}

// Paths by their literal segments, so templates and concrete paths both
// match: `/users/{username}/packages` and `/users/octocat/packages/npm/x`.
const FAMILIES: readonly Family[] = [
  {
    // .../check-runs..., .../check-suites..., also under commits/{ref}/.
    capability: 'checks',
    matches: (s) =>
      s[0] === 'repos' &&
      s.slice(3).some((x) => x === 'check-runs' || x === 'check-suites'),
  },
  {
    capability: 'packages',
    matches: (s) =>
      (s[0] === 'user' && (s[1] === 'packages' || s[1] === 'docker')) ||
      ((s[0] === 'orgs' || s[0] === 'users') &&
        (s[2] === 'packages' || s[2] === 'docker')),
  },
  {
    capability: 'projects',
    matches: (s) =>
      (s[0] === 'user' && s[1] === 'projects') ||
      (s[0] === 'users' && (s[2] === 'projectsV2' || s[2] === 'projects')),
  },
  {
    // GitHub's data lists a few enterprise endpoints; those match first.
    capability: 'enterprise',
    matches: (s) => s[0] === 'enterprises',
  },
]

/** The family of endpoints fine-grained tokens cannot call, if any. */
export function unsupportedEndpoint(
  segments: readonly string[],
): UnsupportedEndpoint | undefined {
  const family = FAMILIES.find((candidate) => candidate.matches(segments))
  if (!family) return undefined
  const capability = MISSING_CAPABILITIES.get(family.capability)!
  return {
    reason: `fine-grained tokens cannot ${capability.capability}`,
    capability,
  }
}
