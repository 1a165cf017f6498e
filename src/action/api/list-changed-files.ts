import type { PullRequestChanges } from '../job-summary.js'
import { timeout } from './request-timeout.js'
import type { GitHubClient } from './github-client.js'

/** The files a pull request adds and modifies (renames count as added). */
export async function listChangedFiles(
  client: GitHubClient,
  repository: string,
  pullNumber: number,
): Promise<PullRequestChanges> {
  const [owner = '', repo = ''] = repository.split('/')
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: pullNumber,
    per_page: 100,
    request: timeout(),
  })
  const changes: PullRequestChanges = { added: [], modified: [] }
  for (const file of files) {
    if (
      file.status === 'added' ||
      file.status === 'renamed' ||
      file.status === 'copied'
    )
      changes.added.push(file.filename)
    else if (file.status !== 'removed') changes.modified.push(file.filename)
  }
  return changes
}
