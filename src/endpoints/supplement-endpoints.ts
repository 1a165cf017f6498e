import type { DataEntry } from './permission-sets.js'
import type { HttpVerb } from './endpoint-string.js'

/**
 * Endpoints GitHub's permission data leaves out although a fine-grained
 * token needs a permission for them, each from its page of GitHub's REST
 * docs. The data lists api.github.com only: a release asset is uploaded to
 * uploads.github.com, and `gh release upload` and Octokit's
 * `repos.uploadReleaseAsset` call it.
 */
export const SUPPLEMENT_ENDPOINTS: ReadonlyArray<{
  verb: HttpVerb
  path: string
  category: string
  subcategory: string
  entries: readonly DataEntry[]
  /** The docs page that says which permission it needs. */
  source: string
}> = [
  {
    verb: 'POST',
    path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    category: 'releases',
    subcategory: 'assets',
    entries: [{ permission: 'contents', access: 'write' }],
    source:
      'https://docs.github.com/rest/releases/assets#upload-a-release-asset',
  },
]
