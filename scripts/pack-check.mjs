// Proves the npm package works as users get it: packs this checkout with
// `npm pack`, installs the tarball into an empty project, and runs the
// installed `token-templates` there (--version, and lint of a good and a bad
// template). Fails when the tarball is 700 kB or more, when the install
// pulls in any other package or warns about the Node.js version
// (EBADENGINE), or when a command does not do what it should. Prints the
// sizes, the file count and the install time.
//
//   node scripts/pack-check.mjs
//
// The package has no dependencies (the CLI bundle carries them), so the
// install needs nothing from the registry. Run by .ci/run, after dist/ is
// known to match the sources.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const MAX_TARBALL_BYTES = 700_000
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const work = mkdtempSync(path.join(tmpdir(), 'token-templates-pack-'))

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const failures = []
function check(ok, message) {
  if (!ok) failures.push(message)
}

/** Runs a command; its output is returned, and shown when it fails. */
function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (result.error) throw result.error
  return result
}

try {
  // 1. Pack.
  const packed = JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--json', '--silent', '--pack-destination', work],
      { cwd: root, encoding: 'utf8' },
    ),
  )[0]
  const tarball = path.join(work, packed.filename)
  check(
    packed.size < MAX_TARBALL_BYTES,
    `tarball is ${kB(packed.size)}, over the ${kB(MAX_TARBALL_BYTES)} limit`,
  )
  const files = packed.files.map((file) => file.path)
  for (const unwanted of files.filter((file) => !file.startsWith('dist/cli/')))
    if (unwanted.startsWith('dist/'))
      failures.push(
        `${unwanted} is packed: only dist/cli/ belongs in the package`,
      )

  // 2. Install into an empty project.
  const project = path.join(work, 'project')
  mkdirSync(project)
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }),
  )
  const started = process.hrtime.bigint()
  const install = run('npm', ['install', '--no-audit', '--no-fund', tarball], {
    cwd: project,
  })
  const installMs = Number(process.hrtime.bigint() - started) / 1e6
  const installLog = install.stdout + install.stderr
  check(install.status === 0, `npm install failed:\n${installLog}`)
  check(
    !installLog.includes('EBADENGINE'),
    `npm install warned about the Node.js version:\n${installLog}`,
  )
  const installed = Object.keys(
    JSON.parse(
      readFileSync(
        path.join(project, 'node_modules', '.package-lock.json'),
        'utf8',
      ),
    ).packages,
  )
  check(
    installed.length === 1 && installed[0] === 'node_modules/token-templates',
    `the install brought other packages: ${installed.join(', ')}`,
  )

  // 3. Run the installed CLI.
  const npx = (...args) =>
    run('npx', ['--no', '--', 'token-templates', ...args], { cwd: project })
  const version = npx('--version')
  check(
    version.status === 0 && version.stdout.trim() === pkg.version,
    `npx token-templates --version printed ${JSON.stringify(version.stdout + version.stderr)}, exit ${version.status}; expected ${pkg.version}`,
  )

  const templates = path.join(project, '.github', 'token-templates')
  mkdirSync(templates, { recursive: true })
  writeFileSync(
    path.join(templates, 'repo.yml'),
    'name: Repo-reading token\ndescription: Reads code\nexpires_in: 30\npermissions:\n  contents: read\n',
  )
  const clean = npx('lint')
  check(
    clean.status === 0 &&
      /1 template in 1 file: no problems/.test(clean.stdout),
    `lint of a good template: exit ${clean.status}\n${clean.stdout}${clean.stderr}`,
  )
  writeFileSync(
    path.join(project, 'bad.yml'),
    'name: Gist token\nexpires_in: 30\npermissions:\n  gists: read\n',
  )
  const bad = npx('lint', '--format', 'json', 'bad.yml')
  let rules = []
  try {
    rules = JSON.parse(bad.stdout).diagnostics.map((d) => d.rule)
  } catch {
    // reported below
  }
  check(
    bad.status === 1 && rules.includes('unsupported-access-level'),
    `lint of a bad template: exit ${bad.status} (expected 1 with unsupported-access-level)\n${bad.stdout}${bad.stderr}`,
  )

  console.log(
    [
      `package:   ${packed.filename}`,
      `tarball:   ${kB(packed.size)} (limit ${kB(MAX_TARBALL_BYTES)})`,
      `unpacked:  ${kB(packed.unpackedSize)}`,
      `files:     ${packed.entryCount}`,
      ...packed.files
        .toSorted((a, b) => b.size - a.size)
        .map((file) => `  ${kB(file.size).padStart(10)}  ${file.path}`),
      `install:   ${(installMs / 1000).toFixed(2)} s into an empty project, ${installed.length} package (no dependencies), Node ${process.version}`,
    ].join('\n'),
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (failures.length > 0) {
  for (const failure of failures)
    console.error(`::error::pack-check: ${failure}`)
  process.exit(1)
}
console.log('pack-check passed')
