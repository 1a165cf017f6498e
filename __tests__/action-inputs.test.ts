import { jest } from '@jest/globals'
import type * as Core from '@actions/core'

// src/action/inputs.ts: every input read once, typed, defaults filled in,
// bad values refused with the list of good ones, the token masked.

const core = {
  getInput: jest.fn<typeof Core.getInput>(),
  setSecret: jest.fn<typeof Core.setSecret>(),
  debug: jest.fn<typeof Core.debug>(),
}
jest.unstable_mockModule('@actions/core', () => core)
const { readInputs } = await import('../src/action/inputs.js')
const { UnsafePatternError } = await import('../src/workspace-pattern.js')

/** Sets the inputs core.getInput returns; the rest read as ''. */
const given = (inputs: Record<string, string>) =>
  core.getInput.mockImplementation((name) => inputs[name] ?? '')

beforeEach(() => jest.clearAllMocks())

describe('readInputs', () => {
  it('reads every input into one typed object', () => {
    given({
      templates: 'a/*.yml, b/**/*.{yml,yaml}\nc.yml',
      config: 'tokens.config.yml',
      readme: 'docs/TOKENS.md',
      docs: 'write',
      'fail-on': 'warning',
      'server-url': 'https://ghe.example.com',
      token: 'ghs_abc',
      command: 'review',
      org: 'octo-org',
      apply: 'true',
      'deny-unmatched': 'True',
      'stale-days': '30',
    })
    expect(readInputs()).toEqual({
      command: 'review',
      org: 'octo-org',
      apply: true,
      denyUnmatched: true,
      staleDays: '30',
      templates: ['a/*.yml', 'b/**/*.{yml,yaml}', 'c.yml'],
      links: [],
      config: 'tokens.config.yml',
      readme: 'docs/TOKENS.md',
      docs: 'write',
      failOn: 'warning',
      serverUrl: 'https://ghe.example.com',
      token: 'ghs_abc',
    })
  })

  it('fills in the defaults for empty inputs', () => {
    given({})
    expect(readInputs()).toEqual({
      command: 'lint',
      org: undefined,
      apply: false,
      denyUnmatched: false,
      staleDays: undefined,
      templates: [],
      links: [],
      config: undefined,
      readme: undefined,
      docs: 'off',
      failOn: 'error',
      serverUrl: undefined,
      token: '',
    })
    expect(core.setSecret).not.toHaveBeenCalled()
  })

  it('masks the token before anything else is logged, and never logs it', () => {
    given({ token: 'ghs_abc', docs: 'check' })
    readInputs()
    expect(core.setSecret).toHaveBeenCalledWith('ghs_abc')
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.debug.mock.invocationCallOrder[0]!,
    )
    expect(core.debug.mock.calls.flat().join('\n')).not.toContain('ghs_abc')
    expect(core.debug).toHaveBeenCalledWith(
      expect.stringMatching(/"docs":"check".*"token":"set"/),
    )
  })

  it.each([
    [
      'docs',
      'Check',
      'input docs must be one of off, check, write, not "Check"',
    ],
    [
      'fail-on',
      'errors',
      'input fail-on must be one of error, warning, notice, never, not "errors"',
    ],
    [
      'command',
      'approve',
      'input command must be one of lint, review, audit, not "approve"',
    ],
    ['apply', 'yes', 'input apply must be true or false, not "yes"'],
    [
      'deny-unmatched',
      '1',
      'input deny-unmatched must be true or false, not "1"',
    ],
  ])('refuses %s: %s, listing the valid values', (name, value, message) => {
    given({ [name]: value })
    expect(() => readInputs()).toThrow(message)
  })
})

describe('readInputs and the templates input', () => {
  it.each([
    ['*/../../etc/*', /"\.\." segment/],
    ['tokens/*.yml, {a,..}/*', /"\.\." segment/],
    ['/etc/*', /absolute path/],
    [String.raw`C:\Windows\*`, /absolute path/],
  ])('refuses %j: it could lead out of the workspace', (templates, why) => {
    given({ templates })
    expect(() => readInputs()).toThrow(UnsafePatternError)
    expect(() => readInputs()).toThrow(
      /^input templates: pattern "[^\n]+" is refused: /,
    )
    expect(() => readInputs()).toThrow(why)
  })
})
