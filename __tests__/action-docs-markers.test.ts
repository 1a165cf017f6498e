import { jest } from '@jest/globals'
import {
  fixtureWorkspace,
  removeTemporaryFolders,
  startRuns,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'
import { runCli as cli } from './support/cli-process.js'

// A README without the token-templates markers, under docs: check and
// docs: write: the reason (and the two lines to add) is annotated once, on
// the README; the step's failure line does not say it again. The CLI
// prints it once too, with the marker lines as lines.

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

const REASON = 'README.md has no token-templates markers'

describe('a README without markers', () => {
  let runs: Record<'check' | 'write', Promise<ActionResult>>
  beforeAll(() => {
    const run = (docs: string) => () => ({
      workspace: fixtureWorkspace('clean', { 'README.md': '# No markers\n' }),
      inputs: { docs },
    })
    runs = startRuns({ check: run('check'), write: run('write') })
  })

  it.each(['check', 'write'] as const)(
    'docs: %s annotates the reason once, on the README',
    async (mode) => {
      const result = await runs[mode]
      expect(result.code).toBe(1)
      const errors = result.commands.filter((c) => c.command === 'error')
      const withReason = errors.filter((c) => c.message.includes(REASON))
      expect(withReason).toHaveLength(1)
      expect(withReason[0]!.properties).toMatchObject({
        title: 'docs',
        file: 'README.md',
      })
      expect(withReason[0]!.message).toContain(
        '<!-- token-templates:start -->\n<!-- token-templates:end -->',
      )
      // Whatever else fails the step says no more than what was not done.
      for (const other of errors.filter((c) => c !== withReason[0]))
        expect(other.message).not.toMatch(/markers/)
      // And no other line of the log (debug lines aside) repeats it.
      const lines = (result.stdout + result.stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::debug::'))
        .filter((line) => line.includes(REASON))
      expect(lines).toHaveLength(1)
    },
  )
})

describe('token-templates docs on a README without markers', () => {
  it.each([[['docs', '--check']], [['docs']]])(
    '%j: the reason once, then the marker lines to add; exit 2',
    (args) => {
      const root = fixtureWorkspace('clean', { 'README.md': '# No markers\n' })
      const result = cli(args, root)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(
        `token-templates: ${REASON}; it was not changed. add these two lines where the table belongs (or run docs --init to append them):\n` +
          '\n<!-- token-templates:start -->\n<!-- token-templates:end -->\n',
      )
    },
  )
})
