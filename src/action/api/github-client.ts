import * as core from '@actions/core'
import type { getOctokit } from '@actions/github'
import { describeApiError } from './describe-api-error.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The client, made on the first call and shared by every later one. */
export type GetGitHubClient = () => Promise<GitHubClient>

/**
 * A client for the token that exists only once an API call is about to be
 * made: `@actions/github` is imported then, so runs that never call the API
 * (most: the token input defaults to github.token) never load Octokit.
 * If it cannot start, every call that needed it fails with that reason.
 */
export function gitHubClientOnFirstUse(token: string): GetGitHubClient {
  let client: Promise<GitHubClient> | undefined
  return () => (client ??= createGitHubClient(token))
}

/** An Octokit at GITHUB_API_URL (so GitHub Enterprise Server works). */
async function createGitHubClient(token: string): Promise<GitHubClient> {
  core.debug('GitHub API: first call, loading the client')
  let client: GitHubClient
  try {
    const { getOctokit } = await import('@actions/github')
    client = getOctokit(token)
  } catch (error) {
    throw new Error(
      `the GitHub API client could not start: ${describeApiError(error)}`,
    )
  }
  logRequests(client)
  return client
}

/** One debug line per HTTP request, pages included, with its outcome. */
function logRequests(client: GitHubClient): void {
  type Options = Parameters<typeof client.request.endpoint.parse>[0]
  // The route with its parameters filled in, without the API's base URL.
  const where = (options: Options) => {
    const { method, url } = client.request.endpoint.parse(options)
    const base = options.baseUrl
    return `${method} ${url.startsWith(base) ? url.slice(base.length) : url}`
  }
  client.hook.after('request', (response, options) => {
    core.debug(`GitHub API: ${where(options)}: HTTP ${response.status}`)
  })
  client.hook.error('request', (error, options) => {
    core.debug(`GitHub API: ${where(options)}: ${describeApiError(error)}`)
    throw error
  })
}
