// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle carries its dependencies, so neither needs node_modules at run time.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of bundles) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' },
  )
}
