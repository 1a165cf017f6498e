// npm run bench:slow-inputs [-- --dist DIR --case NAME,... --timeout S]
//
// Any template file up to the 1 MiB limit must lint in under 5 s and 500 MB.
// Each case writes one hostile file (bench/lib/slow-input-cases.mjs) as
// .github/token-templates/x.yml in a fresh workspace and runs
// `node dist/cli/index.js lint` there under /usr/bin/time. A case is met when
// lint took under 5 s and 500 MB, exited 0 or 1 (findings) and printed its
// summary line, no internal error and no stack trace. Pass/fail: the limits
// are 5-10x what a correct implementation needs, so noise does not matter.
// Exits 1 when a case misses.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { useDist } from './lib/dist.mjs'
import { BenchError, runProcess, TIME } from './lib/process.mjs'
import { count, machine, seconds, table } from './lib/report.mjs'
import { CASES } from './lib/slow-input-cases.mjs'

const LIMIT_MS = 5000
const LIMIT_KB = 500 * 1024

const HELP = `usage: npm run bench:slow-inputs [-- options]

  --dist DIR        the build to run (default: a copy of dist/)
  --case A,B        only these cases (${CASES.map((c) => c.name).join(', ')})
  --timeout S       end a case after S seconds, a miss (default 30)
  --help            this text
`

function options() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      case: { type: 'string' },
      timeout: { type: 'string', default: '30' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    process.exit(0)
  }
  const timeout = Number(values.timeout)
  if (!(timeout > 0)) throw new BenchError(`--timeout must be > 0`)
  const names = values.case?.split(',').map((name) => name.trim())
  for (const name of names ?? [])
    if (!CASES.some((c) => c.name === name))
      throw new BenchError(`no case ${JSON.stringify(name)}`)
  return {
    dist: values.dist,
    timeoutMs: timeout * 1000,
    cases: names ? CASES.filter((c) => names.includes(c.name)) : CASES,
  }
}

// A line of a Node stack trace: "    at fn (file:1:2)" or "    at file:1:2".
const STACK_LINE = /^\s*at (.+ \()?\S+:\d+:\d+\)?$/m
const SUMMARY_LINE = /^[✖✔] .*$/gm

/** Why the run misses, or '' when it is met. */
function verdict(result) {
  const output = `${result.stdout}\n${result.stderr}`
  if (result.timedOut) return 'timed out'
  if (result.status !== 0 && result.status !== 1)
    return result.signal
      ? `killed by ${result.signal}`
      : `exit ${result.status}: a crash or internal error`
  if (STACK_LINE.test(output)) return 'printed a stack trace'
  if (/internal error/.test(output)) return 'internal error'
  if (!output.match(SUMMARY_LINE)) return 'no summary line'
  const why = []
  if (result.ms >= LIMIT_MS) why.push(`over ${seconds(LIMIT_MS)}`)
  if (result.peakKb === undefined) why.push('no peak RSS figure')
  else if (result.peakKb >= LIMIT_KB) why.push('over 500 MB')
  return why.join(', ')
}

async function runCase(testCase, { cli, tmp, timeoutMs }) {
  const { title, files } = testCase.build()
  const workspace = path.join(tmp, testCase.name)
  let templateBytes = 0
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    fs.writeFileSync(path.join(workspace, file), text)
    if (file.startsWith('.github/token-templates/'))
      templateBytes += Buffer.byteLength(text)
  }
  console.log(`  ${testCase.name}: ${title}`)
  try {
    const result = await runProcess(process.execPath, [cli, 'lint'], {
      cwd: workspace,
      peakMemory: true,
      timeoutMs,
    })
    return { testCase, templateBytes, result, why: verdict(result) }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true })
  }
}

function row({ testCase, templateBytes, result, why }) {
  const summary = `${result.stdout}\n${result.stderr}`.match(SUMMARY_LINE)
  return [
    testCase.name,
    count(templateBytes),
    result.timedOut ? `> ${seconds(result.ms)}` : seconds(result.ms),
    result.peakKb === undefined ? '?' : `${Math.round(result.peakKb / 1024)}`,
    result.timedOut ? '-' : String(result.status ?? result.signal),
    why ? `MISS (${why})` : 'met',
    summary?.at(-1) ?? lastLine(result.stderr),
  ]
}

const lastLine = (text) => text.trim().split('\n').at(-1)?.slice(0, 100) ?? ''

async function main() {
  const opts = options()
  if (!fs.existsSync(TIME))
    throw new BenchError(`${TIME} is needed to measure peak memory`)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-slow-inputs-'))
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }))
  const dist = useDist(opts.dist, tmp)
  console.log(
    [
      'token-templates slow inputs: each file lints in < 5 s and < 500 MB',
      machine(),
      `build: ${dist.source}`,
      '',
      'cases:',
    ].join('\n'),
  )
  const results = []
  for (const testCase of opts.cases) {
    results.push(await runCase(testCase, { ...opts, ...dist, tmp }))
  }
  const rows = [
    ['case', 'bytes', 'time', 'MB', 'exit', 'result', 'summary line'],
    ...results.map(row),
  ]
  const misses = results.filter((r) => r.why).length
  console.log(
    [
      '',
      table(rows),
      '',
      misses
        ? `${misses} of ${results.length} cases missed`
        : `all ${results.length} cases met`,
    ].join('\n'),
  )
  return misses ? 1 : 0
}

try {
  process.exitCode = await main()
} catch (error) {
  if (!(error instanceof BenchError)) throw error
  console.error(`bench:slow-inputs: ${error.message}`)
  process.exitCode = 1
}
