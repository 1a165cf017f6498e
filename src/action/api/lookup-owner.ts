import { timeout } from './request-timeout.js'
import type { GitHubClient } from './github-client.js'

export type OwnerType = 'User' | 'Organization'

/** Whether a login is a user or an organization: GET /users/{login}. */
export async function lookupOwnerType(
  client: GitHubClient,
  login: string,
): Promise<OwnerType | undefined> {
  const { data } = await client.request('GET /users/{username}', {
    username: login,
    request: timeout(),
  })
  return data.type === 'User' || data.type === 'Organization'
    ? data.type
    : undefined
}
