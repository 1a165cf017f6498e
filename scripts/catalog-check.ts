// Compares the catalog with a copy of GitHub's "Managing your personal access
// tokens" page source: `npm run catalog:check -- PAGE.md`.
// The page may be the Liquid source (github/docs) or a rendered copy, whole or
// only its pre-fill section: the three permission tables are what is read.
// A rendered copy has no `{% ifversion %}` rows, so feature flags are then
// not compared (said on the last line of the diff).
// Exit 0: up to date; 1: the catalog differs (printed); 2: no readable page,
// or a page whose layout the parser no longer recognizes. Permissions that
// GitHub's API data (src/endpoints) lists but neither the catalog nor the
// page has are printed too, for information: they never change the exit code.
import { readFileSync } from 'node:fs'
import { PERMISSIONS } from '../src/catalog/index.js'
import {
  diffCatalog,
  formatApiDataOnly,
  formatCatalogDiff,
  hasFeatureFlags,
  parsePermissionTables,
} from '../src/catalog/page-tables.js'
import { permissionsMissingFrom } from '../src/endpoints/index.js'
import type { PagePermission } from '../src/catalog/page-tables.js'

const USAGE = 'usage: npm run catalog:check -- PAGE.md'

class UsageError extends Error {}

function main(args: readonly string[]): number {
  const [file, ...extra] = args
  if (!file || extra.length > 0) throw new UsageError(USAGE)

  let markdown: string
  try {
    markdown = readFileSync(file, 'utf8')
  } catch (error) {
    // "ENOENT: no such file or directory", without the path said twice.
    const message = (error as Error).message.replace(/, \w+ '.*'$/, '')
    throw new UsageError(`cannot read ${file}: ${message}`)
  }

  let page: PagePermission[]
  try {
    page = parsePermissionTables(markdown)
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`)
  }

  // A rendered copy (such as a saved pre-fill section) cannot say which rows
  // are feature-gated: compare everything else.
  const diff = diffCatalog(page, PERMISSIONS, {
    featureFlags: hasFeatureFlags(markdown),
  })
  for (const line of formatCatalogDiff(diff)) console.log(line)
  const listed = [...PERMISSIONS, ...page].map((permission) => permission.name)
  for (const line of formatApiDataOnly(permissionsMissingFrom(listed)))
    console.log(line)
  const differs =
    diff.added.length + diff.removed.length + diff.changed.length > 0
  return differs ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  // Exit 1 means "the catalog differs", so even a bug must exit 2; only a bug
  // earns a stack trace.
  console.error(
    error instanceof UsageError
      ? `catalog-check: ${error.message}`
      : `catalog-check: unexpected error: ${(error as Error)?.stack ?? error}`,
  )
  process.exitCode = 2
}
