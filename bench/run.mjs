// npm run bench [-- --templates 5000 --runs 5 --scale 1000,5000,20000
//                   --memory 50000 --cold-runs 15 --seed 1 --quick]
//
// A report, not a test: it exits 0 whether the targets are met or missed, and
// 1 only when a command fails unexpectedly (wrong exit code, wrong counts).

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateTemplates, TEMPLATE_DIR } from './generate.mjs'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(REPO, 'dist', 'cli', 'index.js')
const ACTION = path.join(REPO, 'dist', 'index.js')
const AJV = path.join(REPO, 'node_modules', 'ajv-cli', 'dist', 'index.js')
const SCHEMA = path.join(REPO, 'schemas', 'token-template.schema.json')
const FLOOR = path.join(REPO, 'bench', 'floor.mjs')
const EXAMPLES = path.join(REPO, 'examples')
const GLOB = '.github/token-templates/**/*.{yml,yaml}'
const TIME = '/usr/bin/time'

const TARGET_SPEEDUP = 2 // lint at least 2x faster than ajv-cli
const TARGET_COLD = 2 // Action cold start at most 2x bare node
const TARGET_RSS_MB = 300 // peak RSS of lint on the memory size
const TARGET_LINEAR = 1.5 // µs/template at the largest size vs the smallest

class BenchError extends Error {}

// ---------------------------------------------------------------- options

const HELP = `usage: npm run bench [-- options]

  --templates N     templates for the lint / ajv-cli / floor comparison (5000)
  --runs N          interleaved rounds of that comparison (5)
  --scale A,B,C     template counts for the scaling check (1000,5000,20000)
  --memory N        templates for the peak-RSS check, 0 to skip (50000)
  --cold-runs N     interleaved rounds of the Action cold start (15)
  --seed N          generator seed (1)
  --quick           1000 templates, 3 runs, scale 500,1000,2000, memory 0,
                    5 cold-start rounds: a few seconds
  --help            this text
`

function options() {
  const { values } = parseArgs({
    options: {
      templates: { type: 'string' },
      runs: { type: 'string' },
      scale: { type: 'string' },
      memory: { type: 'string' },
      'cold-runs': { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    process.exit(0)
  }
  const defaults = values.quick
    ? { templates: 1000, runs: 3, scale: '500,1000,2000', memory: 0, cold: 5 }
    : {
        templates: 5000,
        runs: 5,
        scale: '1000,5000,20000',
        memory: 50000,
        cold: 15,
      }
  const int = (text, fallback, name, min) => {
    if (text === undefined) return fallback
    const value = Number(text)
    if (!Number.isInteger(value) || value < min)
      throw new BenchError(`--${name} must be an integer >= ${min}: ${text}`)
    return value
  }
  const scale = String(values.scale ?? defaults.scale)
    .split(',')
    .map((part) => int(part.trim(), undefined, 'scale', 1))
    .sort((a, b) => a - b)
  if (scale.length < 2)
    throw new BenchError('--scale needs at least two template counts')
  return {
    quick: values.quick,
    templates: int(values.templates, defaults.templates, 'templates', 10),
    runs: int(values.runs, defaults.runs, 'runs', 1),
    scale,
    memory: int(values.memory, defaults.memory, 'memory', 0),
    coldRuns: int(values['cold-runs'], defaults.cold, 'cold-runs', 1),
    seed: int(values.seed, 1, 'seed', 0),
  }
}

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}
const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
})
const ms = (value) => `${value.toFixed(0)} ms`
const ratio = (value) => `${value.toFixed(2)}x`
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`
const progress = (text) => process.stderr.write(`  ... ${text}\n`)
const table = (rows) => {
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((row) => String(row[c]).length)),
  )
  return rows
    .map((row) =>
      row
        .map((cell, c) =>
          c === 0 || typeof cell !== 'number'
            ? String(cell).padEnd(widths[c])
            : String(cell).padStart(widths[c]),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `   ${line}`)
    .join('\n')
}

// Where children's stdout and stderr go: files, not pipes. ajv-cli ends with
// process.exit(), which drops output still queued for a full pipe (it lost
// about 900 of 5,000 "valid" lines in one round); writes to files are
// synchronous, so nothing is lost, and every command gets the same treatment.
let captureDir = os.tmpdir()

/** Runs a command to completion, capturing its output; returns it timed. */
function timed(command, args, { cwd, env = process.env, label }) {
  const outFile = path.join(captureDir, 'stdout')
  const errFile = path.join(captureDir, 'stderr')
  const out = fs.openSync(outFile, 'w')
  const err = fs.openSync(errFile, 'w')
  let result
  let elapsed
  try {
    const start = process.hrtime.bigint()
    result = spawnSync(command, args, { cwd, env, stdio: ['ignore', out, err] })
    elapsed = Number(process.hrtime.bigint() - start) / 1e6
  } finally {
    fs.closeSync(out)
    fs.closeSync(err)
  }
  if (result.error)
    throw new BenchError(`${label}: ${result.error.message}`, {
      cause: result.error,
    })
  return {
    ms: elapsed,
    status: result.status,
    signal: result.signal,
    stdout: fs.readFileSync(outFile, 'utf8'),
    stderr: fs.readFileSync(errFile, 'utf8'),
  }
}

function unexpected(label, result, why) {
  const tail = (text) => (text ?? '').trim().split('\n').slice(-5).join('\n')
  return new BenchError(
    `${label}: ${why} (exit ${result.status}${result.signal ? `, ${result.signal}` : ''})\n` +
      `stdout: ${tail(result.stdout).slice(0, 800)}\nstderr: ${tail(result.stderr).slice(0, 800)}`,
  )
}

// ------------------------------------------------------------- commands

function lintCommand(expect) {
  return {
    label: 'lint --format json',
    command: process.execPath,
    args: [CLI, 'lint', '--format', 'json'],
    check(result) {
      if (result.status !== 1)
        throw unexpected(this.label, result, 'expected exit 1 (10% invalid)')
      let summary
      try {
        summary = JSON.parse(result.stdout).summary
      } catch {
        throw unexpected(this.label, result, 'output is not the JSON report')
      }
      if (summary?.templates !== expect.templates || !(summary.errors > 0))
        throw unexpected(
          this.label,
          result,
          `summary ${JSON.stringify(summary)}: expected templates ${expect.templates} and errors > 0`,
        )
      return summary
    },
  }
}

function ajvCommand(expect) {
  return {
    label: 'ajv-cli validate (schema only)',
    command: process.execPath,
    args: [
      AJV,
      'validate',
      '--spec=draft7',
      '--strict=false',
      '-s',
      SCHEMA,
      '-d',
      GLOB,
      '--errors=no',
    ],
    check(result) {
      const count = (text, word) =>
        text.split('\n').filter((line) => line.endsWith(` ${word}`)).length
      const valid = count(result.stdout, 'valid')
      const invalid = count(result.stderr, 'invalid')
      const status = expect.invalid > 0 ? 1 : 0
      // With several templates per file, invalid files <= invalid templates.
      const invalidOk =
        expect.files === expect.templates
          ? invalid === expect.invalid
          : invalid <= expect.invalid && invalid > 0 === (status === 1)
      if (
        result.status !== status ||
        valid + invalid !== expect.files ||
        !invalidOk
      )
        throw unexpected(
          this.label,
          result,
          `validated ${valid} valid + ${invalid} invalid files: expected ${expect.files} files, ${expect.invalid} invalid, exit ${status}`,
        )
      return { files: valid + invalid, valid, invalid }
    },
  }
}

function floorCommand(expect) {
  return {
    label: 'floor (yaml parse only)',
    command: process.execPath,
    args: [FLOOR, TEMPLATE_DIR],
    check(result) {
      if (result.status !== 0 || result.stdout.trim() !== `${expect.templates}`)
        throw unexpected(
          this.label,
          result,
          `expected exit 0 and ${expect.templates} templates`,
        )
    },
  }
}

/** Runs each command once per round, interleaved; returns times per label. */
function interleave(commands, rounds, cwdOf) {
  const times = commands.map(() => [])
  const checked = commands.map(() => undefined)
  for (let round = 0; round < rounds; round++) {
    commands.forEach((command, i) => {
      command.before?.()
      const result = timed(command.command, command.args, {
        cwd: cwdOf(command),
        env: command.env,
        label: command.label,
      })
      checked[i] = command.check(result)
      times[i].push(result.ms)
    })
    progress(`round ${round + 1}/${rounds}`)
  }
  return { times, checked }
}

// ------------------------------------------------------------- sections

function machine() {
  const cpus = os.cpus()
  return [
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores` +
      ` (${os.availableParallelism?.() ?? cpus.length} available),` +
      ` ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
  ].join('\n')
}

function compare(tmp, opts, report) {
  const n = opts.templates
  report.push(
    '',
    `1. Lint vs schema-only validation vs bare parse (${n} templates, ${opts.runs} interleaved rounds)`,
  )

  // The realistic layout: some files hold several YAML documents.
  progress(`generating ${n} templates (mixed layout)`)
  const mixedDir = path.join(tmp, `compare-mixed-${n}`)
  const mixed = generateTemplates(mixedDir, n, { seed: opts.seed })
  const multi = countMultiDocumentFiles(mixedDir)

  // Can ajv-cli read it?
  const ajvProbe = timed(process.execPath, ajvCommand(mixed).args, {
    cwd: mixedDir,
    label: 'ajv-cli probe',
  })
  const probeFiles = ajvProbe.stdout
    .split('\n')
    .filter((line) => / (in)?valid$/.test(line)).length
  const probeInvalid = ajvProbe.stderr
    .split('\n')
    .filter((line) => / invalid$/.test(line)).length
  const ajvHandlesMulti = ajvProbe.status !== 2
  let single = mixed
  let compareDir = mixedDir
  if (ajvHandlesMulti) {
    report.push(
      `   ajv-cli read the mixed layout (${mixed.files} files, ${multi} with several documents): exit ${ajvProbe.status}.`,
    )
  } else {
    const message = ajvProbe.stderr.trim().split('\n').at(-1)
    report.push(
      `   ajv-cli cannot validate multi-document YAML files: it reads YAML with js-yaml 3's`,
      `   safeLoad (one document per file). On the mixed layout (${mixed.files} files for ${n} templates,`,
      `   ${multi} of them with 2-5 documents) it stopped with exit 2 ("${message}")`,
      `   at the first such file, having validated ${probeFiles + probeInvalid} files before it. So the comparison uses a`,
      `   one-template-per-file variant of the same templates (same seed), which all`,
      `   three commands read.`,
    )
    progress(`generating ${n} templates (one per file)`)
    compareDir = path.join(tmp, `compare-single-${n}`)
    single = generateTemplates(compareDir, n, {
      seed: opts.seed,
      onePerFile: true,
    })
  }

  const commands = [
    lintCommand(single),
    ajvCommand(single),
    floorCommand(single),
  ]
  // Informational: lint on the realistic layout, when it differs.
  if (!ajvHandlesMulti)
    commands.push({
      ...lintCommand(mixed),
      label: 'lint --format json, mixed layout (info)',
      mixedLayout: true,
    })
  const { times, checked } = interleave(commands, opts.runs, (command) =>
    command.mixedLayout ? mixedDir : compareDir,
  )
  const [lint, ajv, floor] = times.map(stats)
  const summary = checked[0]
  const ajvCounts = checked[1]
  report.push(
    `   templates: ${single.templates} in ${single.files} files, ${single.invalid} invalid (10%);` +
      ` lint reported ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`,
    `   ajv-cli validated ${ajvCounts.files} files per run (${ajvCounts.valid} valid, ${ajvCounts.invalid} invalid)`,
    '',
    table([
      ['', 'command', 'median', 'min', 'max'],
      ...commands.map((command, i) => {
        const s = stats(times[i])
        return [
          String.fromCharCode(65 + i),
          command.label,
          ms(s.median),
          ms(s.min),
          ms(s.max),
        ]
      }),
    ]),
    '',
    `   ajv-cli / lint = ${ratio(ajv.median / lint.median)} (lint's speed relative to ajv-cli; target >= ${TARGET_SPEEDUP}x)`,
    `   floor / lint   = ${ratio(floor.median / lint.median)} (the bare YAML parse takes ${((floor.median / lint.median) * 100).toFixed(0)}% of lint's time)`,
    `   per template: lint ${((lint.median * 1000) / n).toFixed(1)} µs, ajv-cli ${((ajv.median * 1000) / n).toFixed(1)} µs, floor ${((floor.median * 1000) / n).toFixed(1)} µs (startup included)`,
  )
  if (floor.median > ajv.median / TARGET_SPEEDUP)
    report.push(
      `   note: the floor alone (${ms(floor.median)}) exceeds ajv-cli / ${TARGET_SPEEDUP} (${ms(ajv.median / TARGET_SPEEDUP)}): ajv-cli parses`,
      `   with js-yaml, much faster than yaml's parseAllDocuments. lint parses with js-yaml too,`,
      `   places findings from the lines of plain block YAML, and calls yaml only for the rest.`,
    )
  return {
    lint: lint.median,
    ajv: ajv.median,
    speedup: ajv.median / lint.median,
    mixedDir,
    mixed,
  }
}

function countMultiDocumentFiles(dir) {
  let count = 0
  const root = path.join(dir, TEMPLATE_DIR)
  for (const entry of fs.readdirSync(root, { recursive: true })) {
    if (!/\.ya?ml$/.test(entry)) continue
    if (/^---$/m.test(fs.readFileSync(path.join(root, entry), 'utf8'))) count++
  }
  return count
}

function coldStart(tmp, opts, report) {
  report.push(
    '',
    `2. Action cold start (examples/, no token so no API, ${opts.coldRuns} interleaved rounds)`,
  )
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GH_)/.test(key),
    ),
  )
  const output = path.join(tmp, 'github-output')
  const summary = path.join(tmp, 'github-step-summary')
  const actionEnv = {
    ...env,
    GITHUB_WORKSPACE: EXAMPLES,
    INPUT_TEMPLATES: GLOB,
    'INPUT_FAIL-ON': 'error',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  }
  const commands = [
    {
      label: 'node dist/index.js (the Action)',
      command: process.execPath,
      args: [ACTION],
      env: actionEnv,
      before() {
        fs.writeFileSync(output, '')
        fs.writeFileSync(summary, '')
      },
      check(result) {
        const written = fs.readFileSync(output, 'utf8')
        if (result.status !== 0 || !/^templates<</m.test(written))
          throw unexpected(
            this.label,
            result,
            'expected exit 0 and a templates output',
          )
        return /templates<<(\S+)\n(\d+)\n/.exec(written)?.[2]
      },
    },
    {
      label: "node -e ''",
      command: process.execPath,
      args: ['-e', ''],
      env,
      check(result) {
        if (result.status !== 0)
          throw unexpected(this.label, result, 'expected exit 0')
      },
    },
  ]
  const { times, checked } = interleave(commands, opts.coldRuns, () => EXAMPLES)
  const [action, bare] = times.map(stats)
  report.push(
    `   the Action linted ${checked[0]} templates each run`,
    '',
    table([
      ['command', 'median', 'min', 'max'],
      ...commands.map((command, i) => {
        const s = stats(times[i])
        return [command.label, ms(s.median), ms(s.min), ms(s.max)]
      }),
    ]),
    '',
    `   Action / bare node = ${ratio(action.median / bare.median)} (+${ms(action.median - bare.median)})`,
  )
  return {
    action: action.median,
    bare: bare.median,
    ratio: action.median / bare.median,
  }
}

function scaling(tmp, opts, report, reuse) {
  const rounds = 3
  report.push(
    '',
    `3. Scaling (lint --format json, mixed layout, median of ${rounds} interleaved)`,
  )
  const sets = opts.scale.map((n) => {
    if (reuse.mixed.templates === n)
      return { n, dir: reuse.mixedDir, ...reuse.mixed }
    progress(`generating ${n} templates`)
    const dir = path.join(tmp, `scale-${n}`)
    return { n, dir, ...generateTemplates(dir, n, { seed: opts.seed }) }
  })
  const commands = sets.map((set) => ({
    ...lintCommand(set),
    label: `lint ${set.n}`,
    dir: set.dir,
  }))
  const { times } = interleave(commands, rounds, (command) => command.dir)
  const rows = sets.map((set, i) => {
    const m = median(times[i])
    return { ...set, ms: m, us: (m * 1000) / set.n }
  })
  const first = rows[0]
  const last = rows.at(-1)
  const growth = last.us / first.us
  const linear = growth <= TARGET_LINEAR
  report.push(
    table([
      ['templates', 'files', 'median', 'µs/template'],
      ...rows.map((row) => [row.n, row.files, ms(row.ms), row.us.toFixed(1)]),
    ]),
    '',
    `   µs/template at ${last.n} vs ${first.n}: ${ratio(growth)} -> ${linear ? 'linear' : 'NOT linear'} (target within ${TARGET_LINEAR}x)`,
  )
  const marginal = rows
    .slice(1)
    .map(
      (row, i) =>
        `${rows[i].n}->${row.n}: ${(((row.ms - rows[i].ms) * 1000) / (row.n - rows[i].n)).toFixed(1)}`,
    )
  report.push(
    `   marginal µs/template (startup excluded): ${marginal.join(', ')}`,
  )
  return { growth, linear, first, last }
}

function memory(tmp, opts, report) {
  const n = opts.memory
  if (n === 0) {
    report.push('', '4. Memory: skipped (--memory 0)')
    return { skipped: 'skipped (--memory 0)' }
  }
  report.push(
    '',
    `4. Memory (lint --format json, ${n} templates, mixed layout)`,
  )
  if (!fs.existsSync(TIME)) {
    report.push(`   ${TIME} is not installed: peak RSS cannot be measured`)
    return { skipped: `cannot be measured (no ${TIME})` }
  }
  progress(`generating ${n} templates`)
  const dir = path.join(tmp, `memory-${n}`)
  const generated = generateTemplates(dir, n, { seed: opts.seed })
  const lint = lintCommand(generated)
  const file = path.join(tmp, 'time-output')
  progress(`linting ${n} templates under ${TIME}`)
  const result = timed(
    TIME,
    ['-f', '%M', '-o', file, lint.command, ...lint.args],
    { cwd: dir, label: 'time lint' },
  )
  lint.check(result)
  const kb = Number(
    fs.readFileSync(file, 'utf8').trim().split('\n').at(-1)?.trim(),
  )
  if (!Number.isFinite(kb) || kb <= 0) {
    report.push(`   ${TIME} -f %M gave no figure: peak RSS cannot be measured`)
    return { skipped: `cannot be measured (${TIME} -f %M gave no figure)` }
  }
  report.push(
    `   ${generated.templates} templates in ${generated.files} files: peak RSS ${mb(kb)}` +
      ` (target < ${TARGET_RSS_MB} MB), wall time ${ms(result.ms)}`,
  )
  return { kb, pass: kb / 1024 < TARGET_RSS_MB }
}

function summaryTable(results, opts) {
  const { compared, cold, scaled, mem } = results
  const rows = [
    ['target', 'result', 'figures'],
    [
      `lint >= ${TARGET_SPEEDUP}x faster than ajv-cli`,
      compared.speedup >= TARGET_SPEEDUP ? 'PASS' : 'MISS',
      `ajv-cli ${ms(compared.ajv)} / lint ${ms(compared.lint)} = ${ratio(compared.speedup)} (${opts.templates} templates)`,
    ],
    [
      `cold start <= ${TARGET_COLD}x bare node`,
      cold.ratio <= TARGET_COLD ? 'PASS' : 'MISS',
      `Action ${ms(cold.action)} / node -e '' ${ms(cold.bare)} = ${ratio(cold.ratio)}`,
    ],
    [
      `${opts.memory ? `${opts.memory / 1000}k templates ` : ''}peak RSS < ${TARGET_RSS_MB} MB`,
      mem.skipped ? 'SKIP' : mem.pass ? 'PASS' : 'MISS',
      mem.skipped ?? `${mb(mem.kb)}`,
    ],
    [
      `linear scaling (within ${TARGET_LINEAR}x)`,
      scaled.linear ? 'PASS' : 'MISS',
      `${scaled.first.us.toFixed(1)} µs/template at ${scaled.first.n}, ${scaled.last.us.toFixed(1)} at ${scaled.last.n} = ${ratio(scaled.growth)}`,
    ],
  ]
  return table(rows)
}

// ----------------------------------------------------------------- main

function main() {
  const opts = options()
  for (const file of [CLI, ACTION, AJV, SCHEMA])
    if (!fs.existsSync(file))
      throw new BenchError(
        `${path.relative(REPO, file)} is missing: run npm ci and npm run build`,
      )
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'token-templates-bench-'))
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true })
  captureDir = tmp
  process.on('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  // The report is printed as it goes, so a failure keeps what came before.
  const report = { push: (...lines) => console.log(lines.join('\n')) }
  report.push(
    'token-templates benchmark',
    '=========================',
    machine(),
    `settings: ${opts.quick ? 'quick, ' : ''}${opts.templates} templates, ${opts.runs} runs,` +
      ` scale ${opts.scale.join(',')}, memory ${opts.memory || 'skipped'},` +
      ` ${opts.coldRuns} cold-start rounds, seed ${opts.seed}`,
    'every timing is a whole child process (node startup included), wall clock',
  )
  try {
    const compared = compare(tmp, opts, report)
    const cold = coldStart(tmp, opts, report)
    const scaled = scaling(tmp, opts, report, compared)
    const mem = memory(tmp, opts, report)
    report.push(
      '',
      'Summary',
      summaryTable({ compared, cold, scaled, mem }, opts),
    )
  } finally {
    cleanup()
  }
}

try {
  main()
} catch (error) {
  if (!(error instanceof BenchError)) throw error
  console.error(`bench: ${error.message}`)
  process.exitCode = 1
}
