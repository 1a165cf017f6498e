// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle carries its dependencies, so neither needs node_modules at run
// time; both are minified, since a smaller bundle parses and starts faster.
// ncc type-checks src/ (tsconfig.json); `npm run typecheck` checks the rest.
// It builds into a fresh folder and swaps it in, so a failed build never
// leaves dist/ half-written.
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'

const staging = '.dist-staging'
const bundles = [
  { entry: 'src/index.ts', out: staging },
  { entry: 'src/cli/index.ts', out: `${staging}/cli` },
]

rmSync(staging, { recursive: true, force: true })
for (const { entry, out } of bundles) {
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--minify',
      '--quiet',
    ],
    { stdio: 'inherit' },
  )
}
rmSync('dist', { recursive: true, force: true })
renameSync(staging, 'dist')
