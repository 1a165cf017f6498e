// Timing several commands fairly on a noisy machine: every command runs once
// per round, so a busy moment slows all of them alike, and the order turns
// by one place each round, so that none always runs just after another.

import { runProcess } from './process.mjs'
import { median, progress } from './report.mjs'

/**
 * Runs the commands for `rounds` rounds, checking every result. Resolves to
 * a Map from each command's label to { median, min, max, times }.
 */
export async function interleave(commands, rounds) {
  const times = new Map(commands.map((command) => [command.label, []]))
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const command = commands[(round + k) % commands.length]
      command.before?.()
      const result = await runProcess(command.command, command.args, command)
      command.check(result)
      times.get(command.label).push(result.ms)
    }
    progress(`round ${round + 1}/${rounds}`)
  }
  return new Map(
    [...times].map(([label, values]) => [
      label,
      {
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
        times: values,
      },
    ]),
  )
}
