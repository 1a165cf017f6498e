// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle carries its dependencies, so neither needs node_modules at run
// time. ncc type-checks src/ (tsconfig.json); tests are checked by `npm run typecheck`.
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
    ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' },
  )
}
rmSync('dist', { recursive: true, force: true })
renameSync(staging, 'dist')
