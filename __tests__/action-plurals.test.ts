import { jest } from '@jest/globals'
import { omittedNote } from '../src/action/limit-findings.js'
import { renderPolicySummary } from '../src/docs/policy-summary.js'
import { capFindings } from '../src/lint/engine.js'
import type { Policy } from '../src/config/policy.js'
import {
  removeTemporaryFolders,
  runAction,
  workspace,
} from './support/action-process.js'

// Counts in the Action's log and notes with the right plural: "1 notice",
// "1 template in 1 file", never "1 notices".

jest.setTimeout(30_000)
afterAll(removeTemporaryFolders)

/** A count with the wrong plural: `1 notices`, `1 templates`. */
const WRONG_PLURAL =
  /\b1 (notices|templates|files|problems|warnings|errors|findings|days)\b/

describe('the Action', () => {
  it('logs 1 template in 1 file: 0 errors, 0 warnings, 1 notice', async () => {
    const result = await runAction({
      workspace: workspace({
        '.github/token-templates/a.yml':
          'name: Copilot\ndescription: Copilot requests\nexpires_in: 30\npermissions:\n  copilot_requests: write\n',
      }),
    })
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines).toContain(
      '1 template in 1 file: 0 errors, 0 warnings, 1 notice',
    )
    expect(lines).toContain(
      '::debug::templates linted: 1 in 1 file: 0 errors, 0 warnings, 1 notice',
    )
    expect(lines).toContain(
      '::debug::annotations: 0 errors, 0 warnings, 1 notice',
    )
    expect(result.stdout).not.toMatch(WRONG_PLURAL)
    expect(result.summary).not.toMatch(WRONG_PLURAL)
  })
})

describe('notes with counts', () => {
  const summary = { files: 1, templates: 1, errors: 1, warnings: 0, notices: 0 }

  it('1 more finding was left out', () => {
    expect(omittedNote({ ...summary, omitted: 1 })).toEqual([
      expect.stringMatching(/^1 more finding was left out:/),
    ])
    expect(omittedNote({ ...summary, omitted: 2 })).toEqual([
      expect.stringMatching(/^2 more findings were left out:/),
    ])
  })

  it('and 1 more finding in this file', () => {
    const finding = {
      file: 'a.yml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      severity: 'notice' as const,
      rule: 'billing',
      message: 'm',
    }
    expect(capFindings([finding, { ...finding, line: 2 }], 1)[1]!.message).toBe(
      'and 1 more finding in this file (billing) not shown: fix the ones above first',
    )
  })

  it('tokens expire within 1 day', () => {
    const policy: Policy = {
      file: 'c.yml',
      maxLifetimeDays: { days: 1, line: 1 },
      forbiddenPermissions: [],
      allowPersonal: { allowed: true },
      sensitivePermissions: [],
    }
    expect(renderPolicySummary(policy)).toContain('tokens expire within 1 day')
    expect(renderPolicySummary(policy)).not.toMatch(WRONG_PLURAL)
  })
})
