import type { Env } from '../common/env.js'
import { logLine } from '../format/log-line.js'

/** What a command may touch of the outside world: injected so tests need no process. */
export interface CliIo {
  cwd: string
  env: Env
  color: boolean
  stdout(text: string): void
  stderr(text: string): void
}

/**
 * Writes one message as one line, through logLine: a message quotes file
 * names, config values and arguments, which must not forge a workflow
 * command or break the line.
 */
export function writeLine(write: (text: string) => void, text: string): void {
  write(`${logLine(text)}\n`)
}

export function processIo(): CliIo {
  const env = process.env
  const color =
    env.NO_COLOR === undefined &&
    (env.FORCE_COLOR !== undefined || process.stdout.isTTY === true)
  return {
    cwd: process.cwd(),
    env,
    color,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  }
}
