/**
 * Requests give up after this long (TOKEN_TEMPLATES_API_TIMEOUT_MS, default
 * 10 s): a hung API must not hang the job.
 */
export const API_TIMEOUT_MS = timeoutFrom(
  process.env.TOKEN_TEMPLATES_API_TIMEOUT_MS,
)

/** A whole number of milliseconds, 1 or more; anything else is the default. */
function timeoutFrom(value: string | undefined): number {
  const ms = Number(value)
  return Number.isSafeInteger(ms) && ms >= 1 ? ms : 10_000
}

/** Octokit's `request` option that aborts a call after `ms`. */
export function timeout(ms = API_TIMEOUT_MS): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(ms) }
}
