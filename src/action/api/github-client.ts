import type { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Requests give up after this long (TOKEN_TEMPLATES_API_TIMEOUT_MS, default
 * 10 s): a hung API must not hang the job.
 */
export const API_TIMEOUT_MS =
  Number(process.env.TOKEN_TEMPLATES_API_TIMEOUT_MS) || 10_000

/**
 * An Octokit for the token, at GITHUB_API_URL (so GitHub Enterprise Server
 * works). Imported lazily: runs that make no API call skip loading it.
 */
export async function createGitHubClient(token: string): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token)
}

export function timeout(ms = API_TIMEOUT_MS): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(ms) }
}

/** One line about a failed call, for a notice: status and GitHub's message. */
export function describeApiError(error: unknown): string {
  const status = (error as { status?: number }).status
  const message =
    error instanceof Error
      ? (error.message.split('\n')[0] ?? '')
      : String(error)
  const remaining = (
    error as { response?: { headers?: Record<string, string> } }
  ).response?.headers?.['x-ratelimit-remaining']
  if (status === 403 && remaining === '0')
    return 'rate limit exceeded (HTTP 403)'
  if (status === 429) return 'rate limited (HTTP 429)'
  return status ? `HTTP ${status}: ${message}` : message
}
