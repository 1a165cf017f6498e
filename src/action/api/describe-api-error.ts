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
