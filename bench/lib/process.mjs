// Runs one child process to completion and reports how it went: wall time,
// exit status, output, and (under /usr/bin/time) peak memory.

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const TIME = '/usr/bin/time'

/** A failure of the benchmark itself: a command that misbehaved, bad options. */
export class BenchError extends Error {}

// The process groups running now, to end on Ctrl-C (they do not get the
// terminal's SIGINT, having groups of their own).
const running = new Set()
process.once('SIGINT', () => {
  for (const pid of running) killGroup(pid)
  process.exit(130)
})

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * Runs `command args` and resolves to { ms, status, signal, stdout, stderr,
 * timedOut, peakKb }.
 *
 * - Output goes to files, not pipes: ajv-cli ends with process.exit(), which
 *   drops output still queued for a full pipe; writes to a file are
 *   synchronous, so nothing is lost, and every command is treated the same.
 * - With `peakMemory`, the command runs under /usr/bin/time and peakKb is
 *   its maximum resident set size.
 * - With `timeoutMs`, the command's process group is killed when it runs
 *   longer (the command and anything it started, /usr/bin/time included).
 */
export async function runProcess(
  command,
  args,
  { cwd, env = process.env, peakMemory = false, timeoutMs = 0 } = {},
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-run-'))
  const files = {
    out: path.join(dir, 'stdout'),
    err: path.join(dir, 'stderr'),
    time: path.join(dir, 'time'),
  }
  const argv = peakMemory
    ? [TIME, ['-f', '%M', '-o', files.time, command, ...args]]
    : [command, args]
  const out = fs.openSync(files.out, 'w')
  const err = fs.openSync(files.err, 'w')
  try {
    const start = process.hrtime.bigint()
    const exit = await spawnAndWait(argv[0], argv[1], {
      cwd,
      env,
      stdio: ['ignore', out, err],
      timeoutMs,
    })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    return {
      ms,
      ...exit,
      stdout: fs.readFileSync(files.out, 'utf8'),
      stderr: fs.readFileSync(files.err, 'utf8'),
      peakKb: peakMemory ? readPeakKb(files.time) : undefined,
    }
  } finally {
    fs.closeSync(out)
    fs.closeSync(err)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function spawnAndWait(command, args, { timeoutMs, ...options }) {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout can end all of it.
    const child = spawn(command, args, { ...options, detached: true })
    if (child.pid) running.add(child.pid)
    let timedOut = false
    const timer =
      timeoutMs > 0 &&
      setTimeout(() => {
        timedOut = true
        killGroup(child.pid)
      }, timeoutMs)
    const done = () => {
      clearTimeout(timer)
      running.delete(child.pid)
    }
    child.on('error', (error) => {
      done()
      reject(new BenchError(`${command}: ${error.message}`, { cause: error }))
    })
    child.on('exit', (status, signal) => {
      done()
      resolve({ status, signal, timedOut })
    })
  })
}

/** The last line of /usr/bin/time -f %M: the peak RSS in kB, or undefined. */
function readPeakKb(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  const kb = Number(text.trim().split('\n').at(-1))
  return Number.isFinite(kb) && kb > 0 ? kb : undefined
}

/** A BenchError describing a command that did not do what was expected. */
export function unexpected(label, result, why) {
  const tail = (text) =>
    (text ?? '').trim().split('\n').slice(-5).join('\n').slice(0, 800)
  const how = result.timedOut
    ? 'timed out'
    : `exit ${result.status}${result.signal ? `, ${result.signal}` : ''}`
  return new BenchError(
    `${label}: ${why} (${how})\nstdout: ${tail(result.stdout)}\nstderr: ${tail(result.stderr)}`,
  )
}
