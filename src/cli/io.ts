import type { Env } from '../common/env.js'

/** What a command may touch of the outside world: injected so tests need no process. */
export interface CliIo {
  cwd: string
  env: Env
  color: boolean
  stdout(text: string): void
  stderr(text: string): void
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
