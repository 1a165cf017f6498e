// npm run bench [-- --rounds N --seed N --dist DIR --quick]
//
// Times lint against its targets (issue 13) in one interleaved run, then
// measures its peak memory, and reports each target as met or MISS. A
// report, not a test: it exits 0 whether targets are met or missed, and 1
// only when a command fails or reports other counts than expected.
// --quick (what CI runs) uses small sizes and two rounds to prove that every
// command still runs and counts right; its figures carry no verdict.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateTemplates } from './generate.mjs'
import {
  actionCommand,
  ajvCommand,
  AJV,
  bareNodeCommand,
  floorCommand,
  lintCommand,
  SCHEMA,
} from './lib/commands.mjs'
import { useDist } from './lib/dist.mjs'
import { BenchError, runProcess, TIME } from './lib/process.mjs'
import {
  count,
  machine,
  mb,
  ms,
  progress,
  ratio,
  table,
} from './lib/report.mjs'
import { interleave } from './lib/rounds.mjs'

// The targets, and the sizes they are measured at (--quick: small sizes).
const TARGETS = {
  speedup: 1.5, // (a) ajv-cli / lint, at sizes.speed templates
  floor: 1.3, // (b) lint / floor, at sizes.floor templates
  rssMb: 300, // (c) peak RSS of lint, at sizes.memory templates
  linear: 1.5, // (d) µs/template at the largest scale size / the smallest
}
const SIZES = {
  normal: {
    speed: 500,
    floor: 5000,
    memory: 50000,
    scale: [1000, 5000, 20000],
  },
  quick: { speed: 100, floor: 300, memory: 1000, scale: [100, 300, 600] },
}

const HELP = `usage: npm run bench [-- options]

  --rounds N   interleaved rounds (default 7; --quick: 2)
  --seed N     template generator seed (default 1)
  --dist DIR   the build to run (default: a copy of dist/ made at the start)
  --quick      small sizes, no verdicts: proves the benchmark runs (CI)
  --help       this text
`

function options() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string' },
      seed: { type: 'string', default: '1' },
      dist: { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    process.exit(0)
  }
  const int = (text, name, min) => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < min)
      throw new BenchError(`--${name} must be an integer >= ${min}: ${text}`)
    return value
  }
  return {
    quick: values.quick,
    rounds: int(values.rounds ?? (values.quick ? 2 : 7), 'rounds', 1),
    seed: int(values.seed, 'seed', 0),
    dist: values.dist,
    sizes: values.quick ? SIZES.quick : SIZES.normal,
  }
}

/** Generates (once) the template set of n templates in the given layout. */
function templateSets(tmp, seed) {
  const made = new Map()
  return (n, onePerFile = true) => {
    const dir = path.join(tmp, `${onePerFile ? 'single' : 'mixed'}-${n}`)
    if (!made.has(dir)) {
      progress(`generating ${count(n)} template(s) in ${dir}`)
      made.set(dir, { dir, ...generateTemplates(dir, n, { seed, onePerFile }) })
    }
    return made.get(dir)
  }
}

/** The commands of targets (a), (b), (d) and (e), all in one interleaved run. */
function timedCommands(opts, dist, set, tmp) {
  const { speed, floor, scale } = opts.sizes
  return {
    lintSpeed: lintCommand(dist.cli, set(speed)),
    ajvSpeed: ajvCommand(set(speed)),
    floorSpeed: floorCommand(set(speed)),
    lintFloor: lintCommand(dist.cli, set(floor)),
    ajvFloor: ajvCommand(set(floor)),
    floor: floorCommand(set(floor)),
    lintOne: lintCommand(dist.cli, set(1)),
    scale: scale.map((n) => lintCommand(dist.cli, set(n))),
    action: actionCommand(dist.action, tmp),
    bare: bareNodeCommand(),
  }
}

function uniqueByLabel(commands) {
  return [...new Map(commands.map((c) => [c.label, c])).values()]
}

/** (a) and (b): lint against ajv-cli and against the floor. */
function speedSections(opts, time, c, targets) {
  const { speed, floor } = opts.sizes
  const a = time.median(c.ajvSpeed) / time.median(c.lintSpeed)
  const b = time.median(c.lintFloor) / time.median(c.floor)
  const perTemplate = (command, n) =>
    `${((time.median(command) * 1000) / n).toFixed(0)} µs/template`
  const lines = [
    `(a) ${count(speed)} templates, one file each: lint vs ajv-cli's schema-only validation`,
    timingTable([c.lintSpeed, c.ajvSpeed, c.floorSpeed], time.stats),
    `    ajv-cli / lint = ${ratio(a)}; ajv-cli / floor = ${ratio(time.median(c.ajvSpeed) / time.median(c.floorSpeed))}` +
      ' (the most any linter that parses with yaml could reach)',
    '',
    `(b) ${count(floor)} templates, one file each: lint vs the floor (node, reading,` +
      ' yaml parseAllDocuments with a LineCounter, toJS)',
    timingTable([c.lintFloor, c.floor, c.ajvFloor], time.stats),
    `    lint / floor = ${ratio(b)}; ajv-cli / lint = ${ratio(time.median(c.ajvFloor) / time.median(c.lintFloor))};` +
      ` lint ${perTemplate(c.lintFloor, floor)}, floor ${perTemplate(c.floor, floor)}`,
  ]
  targets.push(
    {
      target: `(a) lint >= ${TARGETS.speedup}x faster than ajv-cli, ${count(speed)} templates`,
      figure: `${ratio(a)} (ajv-cli ${ms(time.median(c.ajvSpeed))}, lint ${ms(time.median(c.lintSpeed))})`,
      met: a >= TARGETS.speedup,
    },
    {
      target: `(b) lint within ${TARGETS.floor}x of the floor, ${count(floor)} templates`,
      figure: `${ratio(b)} (lint ${ms(time.median(c.lintFloor))}, floor ${ms(time.median(c.floor))})`,
      met: b <= TARGETS.floor,
    },
  )
  return lines
}

/** (d): the cost per template, start-up (lint on one template) excluded. */
function scaleSection(opts, time, c, targets) {
  const base = time.median(c.lintOne)
  const rows = c.scale.map((command, i) => {
    const n = opts.sizes.scale[i]
    const total = time.median(command)
    return { n, total, us: ((total - base) * 1000) / (n - 1) }
  })
  const growth = rows.at(-1).us / rows[0].us
  targets.push({
    target: `(d) linear: µs/template at ${count(rows.at(-1).n)} within ${TARGETS.linear}x of ${count(rows[0].n)}`,
    figure: `${ratio(growth)} (${rows.map((r) => r.us.toFixed(0)).join(' / ')} µs)`,
    met: growth <= TARGETS.linear,
  })
  return [
    `(d) scaling: lint on one template takes ${ms(base)} (start-up); beyond that, per template:`,
    table([
      ['templates', 'median', 'µs/template', 'start-up excluded'],
      ...rows.map((r) => [
        count(r.n),
        ms(r.total),
        `${((r.total * 1000) / r.n).toFixed(0)} µs`,
        `${r.us.toFixed(0)} µs`,
      ]),
    ]),
    `    largest / smallest = ${ratio(growth)}`,
  ]
}

/** (e): the Action's cold start against bare Node (no target). */
function coldStartSection(time, c) {
  const action = time.median(c.action)
  const bare = time.median(c.bare)
  return [
    "(e) the Action's cold start on examples/ (no token, so no API call)",
    timingTable([c.action, c.bare], time.stats),
    `    Action / node = ${ratio(action / bare)} (+${ms(action - bare)})`,
  ]
}

/** (c): lint's peak RSS on the large, realistic set (some files hold several templates). */
async function memorySection(opts, dist, set, targets) {
  const n = opts.sizes.memory
  const templates = set(n, false)
  const lint = lintCommand(dist.cli, templates)
  progress(`linting ${count(n)} templates under ${TIME}`)
  const result = await runProcess(lint.command, lint.args, {
    cwd: lint.cwd,
    peakMemory: true,
  })
  lint.check(result)
  if (result.peakKb === undefined)
    throw new BenchError(`${TIME} -f %M gave no peak RSS figure`)
  targets.push({
    target: `(c) peak RSS under ${TARGETS.rssMb} MB, ${count(n)} templates`,
    figure: mb(result.peakKb),
    met: result.peakKb / 1024 < TARGETS.rssMb,
  })
  fs.rmSync(templates.dir, { recursive: true, force: true })
  return [
    `(c) ${count(n)} templates in ${count(templates.files)} files (some with several documents):` +
      ` lint's peak RSS ${mb(result.peakKb)}, ${ms(result.ms)}`,
  ]
}

function timingTable(commands, stats) {
  return table([
    ['command', 'median', 'min', 'max'],
    ...commands.map((command) => {
      const s = stats(command)
      return [command.label, ms(s.median), ms(s.min), ms(s.max)]
    }),
  ])
}

function summary(targets, quick) {
  const verdict = (met) =>
    quick ? '(quick: no verdict)' : met ? 'met' : 'MISS'
  return table([
    ['target', 'figure', 'result'],
    ...targets
      .toSorted((x, y) => x.target.localeCompare(y.target))
      .map((t) => [t.target, t.figure, verdict(t.met)]),
  ])
}

async function main() {
  const opts = options()
  for (const file of [AJV, SCHEMA, TIME])
    if (!fs.existsSync(file))
      throw new BenchError(`${file} is missing (npm ci; GNU time for ${TIME})`)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-'))
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }))
  const dist = useDist(opts.dist, tmp)
  const print = (...lines) => console.log(lines.flat().join('\n'))
  print(
    `token-templates benchmark${opts.quick ? ' (quick: small sizes, no verdicts)' : ''}`,
    machine(),
    `build: ${dist.source}`,
    `every time is a whole process (Node start-up included), wall clock, the` +
      ` median of ${opts.rounds} interleaved rounds; generator seed ${opts.seed}`,
    '',
  )
  const set = templateSets(tmp, opts.seed)
  const targets = []
  const memory = await memorySection(opts, dist, set, targets)

  const c = timedCommands(opts, dist, set, tmp)
  const all = uniqueByLabel(Object.values(c).flat())
  const stats = await interleave(all, opts.rounds)
  const time = {
    median: (command) => stats.get(command.label).median,
    stats: (command) => stats.get(command.label),
  }

  print(
    speedSections(opts, time, c, targets),
    '',
    memory,
    '',
    scaleSection(opts, time, c, targets),
    '',
    coldStartSection(time, c),
    '',
    'Summary',
    summary(targets, opts.quick),
  )
}

try {
  await main()
} catch (error) {
  if (!(error instanceof BenchError)) throw error
  console.error(`bench: ${error.message}`)
  process.exitCode = 1
}
