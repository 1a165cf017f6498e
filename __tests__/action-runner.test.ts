import { jest } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../src/action/runner.js'

// The Action speaks the runner protocol itself (src/action/runner.ts), to
// start without @actions/core's HTTP client. It must print exactly what
// @actions/core prints, hostile text included.

function stdoutOf(action: () => void): string {
  const chunks: string[] = []
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk))
      return true
    })
  try {
    action()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

const HOSTILE = 'line one\n::add-mask::secret\r\n%0A::stop-commands::x, a: b'
const PROPERTIES = {
  title: 'rule, with: punctuation',
  file: 'dir/a,b:c.yml',
  startLine: 3,
  endLine: 3,
  startColumn: 5,
  endColumn: 9,
}

describe('the runner protocol', () => {
  it.each(['error', 'warning', 'notice'] as const)(
    '%s annotations match @actions/core byte for byte',
    (level) => {
      expect(stdoutOf(() => runner[level](HOSTILE, PROPERTIES))).toBe(
        stdoutOf(() => core[level](HOSTILE, PROPERTIES)),
      )
      expect(stdoutOf(() => runner[level](HOSTILE))).toBe(
        stdoutOf(() => core[level](HOSTILE)),
      )
    },
  )

  it('masks secrets and groups log lines as @actions/core does', () => {
    expect(stdoutOf(() => runner.setSecret('ghs_abc%def'))).toBe(
      stdoutOf(() => core.setSecret('ghs_abc%def')),
    )
    expect(stdoutOf(() => runner.startGroup('What docs would change'))).toBe(
      stdoutOf(() => core.startGroup('What docs would change')),
    )
    expect(stdoutOf(() => runner.endGroup())).toBe(
      stdoutOf(() => core.endGroup()),
    )
  })

  it('reads inputs as @actions/core does', () => {
    const env = { 'INPUT_FAIL-ON': '  warning \n', INPUT_TEMPLATES: 'a,\nb' }
    const saved = { ...process.env }
    Object.assign(process.env, env)
    try {
      for (const name of ['fail-on', 'templates', 'missing']) {
        expect(runner.getInput(name)).toBe(core.getInput(name))
      }
    } finally {
      process.env = saved
    }
  })

  it("writes outputs in the runner's heredoc format", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tt-out-')), 'output')
    writeFileSync(file, '')
    runner.setOutput('errors', 3, { GITHUB_OUTPUT: file })
    runner.setOutput('readme-changed', false, { GITHUB_OUTPUT: file })
    expect(readFileSync(file, 'utf8')).toMatch(
      /^errors<<(ghadelimiter_[0-9a-f-]+)\n3\n\1\nreadme-changed<<(ghadelimiter_[0-9a-f-]+)\nfalse\n\2\n$/,
    )
  })

  it('never picks a heredoc delimiter that the value contains', () => {
    // A "random" source that repeats: the first candidate is in the value.
    const sequence = [0, 0.5]
    let calls = 0
    const random = () => sequence[Math.floor(calls++ / 32) % 2]!
    const first = 'ghadelimiter_00000000-0000-0000-0000-000000000000'
    const value = `x\n${first}\nstolen<<EOF`
    const delimiter = runner.heredocDelimiter(value, random)
    expect(delimiter).not.toBe(first)
    expect(value.includes(delimiter)).toBe(false)
    expect(delimiter).toMatch(/^ghadelimiter_8{8}-8{4}-8{4}-8{4}-8{12}$/)
  })

  it('refuses to write a summary when the runner has none', () => {
    expect(() => runner.appendSummary('# x', {})).toThrow(/GITHUB_STEP_SUMMARY/)
  })
})
