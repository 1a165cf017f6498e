import type { UndocumentedPermission } from './types.js'

/**
 * Names GitHub's own page uses in its examples while its permission tables
 * list something else. They stay out of PERMISSIONS (the tables, 77 of them)
 * and `catalog:check`; templates may use them, with a warning.
 */
export const UNDOCUMENTED_PERMISSIONS: readonly UndocumentedPermission[] = [
  {
    name: 'user_copilot_requests',
    displayName: 'Copilot requests',
    scope: 'account',
    // The only level GitHub's example link uses.
    levels: ['read'],
    caution:
      "Copilot requests made with this token count towards the user's premium request allowance, or are billed as overage once it is spent.",
    documentedAs: 'copilot_requests',
    source:
      'the later version of GitHub\'s token page uses user_copilot_requests=read in its "Make Copilot requests" example link, but its account permissions table lists only copilot_requests (write)',
  },
]
