// Which build the benchmarks run: a copy of dist/ taken at the start (others
// may rebuild dist/ while a benchmark runs), or the folder given by --dist.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BenchError } from './process.mjs'

export const REPO = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
)

/**
 * Returns { dir, cli, action, source }: `given` (the --dist option) as is,
 * or else a copy of the repository's dist/ made in `tmp`.
 */
export function useDist(given, tmp) {
  const source = path.resolve(given ?? path.join(REPO, 'dist'))
  for (const file of ['index.js', 'cli/index.js'])
    if (!fs.existsSync(path.join(source, file)))
      throw new BenchError(
        `${path.join(source, file)} is missing: run npm run build`,
      )
  const dir = given === undefined ? path.join(tmp, 'dist') : source
  if (dir !== source) fs.cpSync(source, dir, { recursive: true })
  return {
    dir,
    source,
    cli: path.join(dir, 'cli', 'index.js'),
    action: path.join(dir, 'index.js'),
  }
}
