import { UserError } from '../errors.js'

/** The API when GITHUB_API_URL is not set. */
export const DEFAULT_API_URL = 'https://api.github.com'

/** Days without use after which audit reports a token as stale. */
export const DEFAULT_STALE_DAYS = 90

/** `--stale-days` / the `stale-days` input: a whole number of days, 1 or more. */
export function parseStaleDays(value: string | undefined): number {
  if (value === undefined) return DEFAULT_STALE_DAYS
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1)
    throw new UserError(
      `stale days ${JSON.stringify(value).slice(0, 40)} is not a whole number of days (1 or more)`,
    )
  return Number(value)
}
