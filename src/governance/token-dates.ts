/** A day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000

/** `2026-12-06`: a date as messages show it. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10)

/** Whole days from `since` to `until`, rounded up. */
export const daysBetween = (since: Date, until: Date): number =>
  Math.ceil((until.getTime() - since.getTime()) / DAY_MS)

/**
 * Whether a token from `since` to `expiresAt` lives at most `days` days,
 * with a day's grace: GitHub's form picks a date, and times of day differ.
 * Templates (`expires_in`) and the policy (`max_lifetime_days`) both judge
 * by it.
 */
export const livesWithin = (
  since: Date,
  expiresAt: Date,
  days: number,
): boolean => expiresAt.getTime() <= since.getTime() + (days + 1) * DAY_MS
