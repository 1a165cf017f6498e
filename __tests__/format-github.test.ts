import { jest } from '@jest/globals'
import * as core from '@actions/core'
import type { Finding, LintResult } from '../src/lint/finding.js'
import {
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
} from '../src/format/github.js'

const finding = (over: Partial<Finding> = {}): Finding => ({
  file: 'a.yml',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 9,
  severity: 'error',
  rule: 'some-rule',
  message: 'something is wrong',
  ...over,
})

const resultOf = (findings: Finding[]): LintResult => ({
  findings,
  summary: { files: 1, templates: 1, errors: 0, warnings: 0, notices: 0 },
})

/** The runner's decoding of escaped data (`%25` last). */
const unescapeData = (value: string) =>
  value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

interface Parsed {
  command: string
  properties: Record<string, string>
  message: string
}

/** Parses one command line as the runner does (`::cmd k=v,k=v::data`). */
const parse = (line: string): Parsed => {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!match) throw new Error(`not a workflow command: ${line}`)
  const properties: Record<string, string> = {}
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const [key, value] = pair.split(/=(.*)/s) as [string, string]
    properties[key] = unescapeData(value)
  }
  return {
    command: match[1]!,
    properties,
    message: unescapeData(match[3]!),
  }
}

const HOSTILE = [
  'bad\n::add-mask::secret',
  'bad\r\n::stop-commands::x',
  '100% sure, a:b\r',
  '%0A already escaped, %25 too',
]

describe('formatGithub', () => {
  it('prints one workflow command per finding', () => {
    const output = formatGithub(
      resultOf([
        finding({ rule: 'unknown-permission', message: 'did you mean "x"?' }),
      ]),
    )
    expect(output).toBe(
      '::error file=a.yml,line=2,col=3,endLine=2,endColumn=9,' +
        'title=unknown-permission::did you mean "x"?\n',
    )
  })

  it('orders errors, warnings, notices, keeping order within a level', () => {
    const output = formatGithub(
      resultOf([
        finding({ severity: 'notice', message: 'n1' }),
        finding({ severity: 'warning', message: 'w1' }),
        finding({ severity: 'error', message: 'e1' }),
        finding({ severity: 'notice', message: 'n2' }),
        finding({ severity: 'error', message: 'e2' }),
        finding({ severity: 'warning', message: 'w2' }),
      ]),
    )
    expect(
      output
        .trimEnd()
        .split('\n')
        .map((line) => `${parse(line).command} ${parse(line).message}`),
    ).toEqual([
      'error e1',
      'error e2',
      'warning w1',
      'warning w2',
      'notice n1',
      'notice n2',
    ])
  })

  it('prints nothing for no findings', () => {
    expect(formatGithub(resultOf([]))).toBe('')
  })

  it('escapes hostile text into exactly one line per finding', () => {
    const findings = HOSTILE.map((message) =>
      finding({ message, file: `dir, x/${message}.yml`, rule: message }),
    )
    const output = formatGithub(resultOf(findings))
    const lines = output.trimEnd().split('\n')
    expect(lines).toHaveLength(findings.length)
    expect(output).not.toContain('\r')
    lines.forEach((line, index) => {
      const parsed = parse(line)
      expect(parsed.message).toBe(HOSTILE[index])
      expect(parsed.properties).toEqual({
        file: findings[index]!.file,
        line: '2',
        col: '3',
        endLine: '2',
        endColumn: '9',
        title: HOSTILE[index],
      })
    })
    expect(lines[0]).toBe(
      '::error file=dir%2C x/bad%0A%3A%3Aadd-mask%3A%3Asecret.yml,line=2,' +
        'col=3,endLine=2,endColumn=9,' +
        'title=bad%0A%3A%3Aadd-mask%3A%3Asecret::bad%0A::add-mask::secret',
    )
  })

  it('escapes data and properties', () => {
    expect(escapeCommandData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e')
    expect(escapeCommandProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce')
  })

  it('escapes exactly as @actions/core does', () => {
    const written: string[] = []
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk))
        return true
      })
    const findings = HOSTILE.map((message) =>
      finding({ message, file: message, rule: `r,${message}` }),
    )
    try {
      for (const f of findings) {
        core.error(f.message, {
          title: f.rule,
          file: f.file,
          startLine: f.line,
          endLine: f.endLine,
          startColumn: f.column,
          endColumn: f.endColumn,
        })
      }
    } finally {
      write.mockRestore()
    }
    const ours = formatGithub(resultOf(findings)).trimEnd().split('\n')
    const theirs = written.join('').trimEnd().split(/\r?\n/)
    expect(theirs).toHaveLength(ours.length)
    ours.forEach((line, index) => {
      // Same escaped pieces; only the order of the properties differs.
      const split = (command: string) => {
        const [, head = '', data] = /^::error (.*?)::(.*)$/.exec(command)!
        return { properties: head.split(',').sort(), data }
      }
      expect(split(line)).toEqual(split(theirs[index]!))
    })
  })
})
