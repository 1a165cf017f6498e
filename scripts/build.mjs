// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle carries its dependencies, so neither needs node_modules at run
// time. ncc type-checks src/ (tsconfig.json); `npm run typecheck` checks the
// rest.
//
// The bundles are not minified, so that dist/ can be read and reviewed (it is
// what runs), and each comes with a source map (index.js.map) whose sources
// are the src/ files. ncc's own source-map-register is left out
// (--no-source-map-register): it would load a 40 kB copy of
// source-map-support on every start and replace Error.prepareStackTrace for
// the whole process, while Node 20 maps stack traces itself when asked:
// `node --enable-source-maps dist/cli/index.js ...` (or
// NODE_OPTIONS=--enable-source-maps for the Action) prints src/ positions.
//
// It builds into a fresh folder and swaps it in, so a failed build never
// leaves dist/ half-written. `.ci/run` rebuilds and diffs dist/, so the
// output (source maps included) must be the same on every machine: two
// builds give identical bytes, sources are relative paths, and the build
// fails if an absolute path of this checkout leaks into a bundle or a map.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

const staging = '.dist-staging'
const bundles = [
  { entry: 'src/index.ts', out: staging },
  { entry: 'src/cli/index.ts', out: `${staging}/cli` },
]

function bundle(entry, out) {
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
      '--source-map',
      '--no-source-map-register',
      '--no-cache',
      '--quiet',
    ],
    { stdio: 'inherit' },
  )
}

/**
 * ncc names each source '../' + its path from the project root, which is
 * right for a map in dist/ but one level short for dist/cli/index.js.map:
 * prefix one more '../' per level below dist/, so that every source resolves
 * from its map to the file (src/cli/index.ts, node_modules/yaml/...).
 */
function fixSourcePaths(dir) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!entry.endsWith('.map')) continue
    const file = path.join(dir, entry)
    const up = '../'.repeat(entry.split(path.sep).length - 1)
    const map = JSON.parse(readFileSync(file, 'utf8'))
    map.sources = map.sources.map((source) => path.posix.normalize(up + source))
    // The CLI's map ships in the npm package: the dependencies' sources it
    // would carry are already verbatim in the unminified bundle, and were
    // half the tarball. Their positions stay; only the copy goes.
    if (entry.startsWith(`cli${path.sep}`) && map.sourcesContent)
      map.sourcesContent = map.sourcesContent.map((content, index) =>
        map.sources[index].includes('/node_modules/') ? null : content,
      )
    writeFileSync(file, JSON.stringify(map))
  }
}

/**
 * Throws when a bundle or map could differ on another machine: it mentions
 * the absolute path of this checkout, or a source that is a file outside it
 * (ncc's build cache can remember paths of another checkout, hence
 * --no-cache).
 */
function checkPortable(dir) {
  const root = process.cwd()
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!/\.(js|map)$/.test(entry)) continue
    const file = path.join(dir, entry)
    const text = readFileSync(file, 'utf8')
    if (text.includes(root))
      throw new Error(`${file} contains the local path ${root}`)
    if (!entry.endsWith('.map')) continue
    // Where the map will live once dist/ replaces the staging folder.
    const from = path.dirname(path.join(root, 'dist', entry))
    for (const source of JSON.parse(text).sources) {
      if (/^(\.\.\/)*(webpack\/|external )/.test(source)) continue
      const resolved = path.resolve(from, source)
      if (!resolved.startsWith(root + path.sep) || !existsSync(resolved))
        throw new Error(`${file}: source ${source} is not a file of ${root}`)
    }
  }
}

/** The packages a bundle folder carries, by their node_modules folder, from its maps' sources. */
function bundledPackages(dir) {
  const packages = new Set()
  for (const entry of readdirSync(dir)) {
    if (!entry.endsWith('.map')) continue
    const map = JSON.parse(readFileSync(path.join(dir, entry), 'utf8'))
    for (const source of map.sources) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(
        source.slice(source.lastIndexOf('node_modules/')),
      )
      if (match)
        packages.add(
          source.slice(0, source.lastIndexOf('node_modules/')) +
            'node_modules/' +
            match[1],
        )
    }
  }
  return [...packages]
}

/**
 * licenses.txt of every package a bundle folder carries. ncc writes one
 * per compilation, and with chunks (import() on demand) it keeps only the
 * last chunk's packages: the main bundle's went missing. Same format as
 * ncc's: name, license, license text, for each package in name order.
 */
function writeLicenses(dir) {
  // Before fixSourcePaths, every map names its sources from dist/.
  const entries = bundledPackages(dir)
    .map((relative) => path.resolve('dist', relative))
    .map((folder) => {
      const pkg = JSON.parse(
        readFileSync(path.join(folder, 'package.json'), 'utf8'),
      )
      const file = readdirSync(folder).find((name) => /^licen[cs]e/i.test(name))
      const text = file
        ? readFileSync(path.join(folder, file), 'utf8').trim()
        : ''
      return {
        name: pkg.name,
        text: `${pkg.name}\n${pkg.license ?? ''}\n${text}\n`,
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const unique = entries.filter(
    (e, i) => i === 0 || entries[i - 1].name !== e.name,
  )
  writeFileSync(
    path.join(dir, 'licenses.txt'),
    unique.map((e) => e.text).join('\n'),
  )
}

rmSync(staging, { recursive: true, force: true })
for (const { entry, out } of bundles) bundle(entry, out)
for (const { out } of bundles) writeLicenses(out)
fixSourcePaths(staging)
checkPortable(staging)
rmSync('dist', { recursive: true, force: true })
renameSync(staging, 'dist')
