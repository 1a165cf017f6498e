import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ANNOTATIONS_PER_REQUEST,
  MAX_ANNOTATION_REQUESTS,
  publishCheckRun,
} from '../src/action/api/publish-check-run.js'
import type { GitHubClient } from '../src/action/api/github-client.js'
import { limitFindings } from '../src/action/limit-findings.js'
import { DEFAULT_CONFIG } from '../src/config/config.js'
import {
  CappedFindings,
  MAX_FINDINGS_PER_RUN,
} from '../src/lint/capped-findings.js'
import { Linter, MAX_FINDINGS_PER_FILE } from '../src/lint/engine.js'
import type { LintedTemplate } from '../src/lint/engine.js'
import type { Finding, Severity } from '../src/lint/finding.js'
import { lintTemplates } from '../src/lint/lint-templates.js'

// Issue 14, item 2: one run lists at most MAX_FINDINGS_PER_RUN findings,
// most severe first, and counts them all; the Action annotates only those
// and publishes a check run in a bounded number of requests.

const finding = (severity: Severity, line: number, file = 'a.yml') =>
  ({
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    severity,
    rule: 'schema',
    message: `${severity} at ${line}`,
  }) satisfies Finding

/** `count` templates in one file, one unknown-permission error each. */
const manyErrors = (count: number, from = 0) =>
  Array.from(
    { length: count },
    (_, i) =>
      `name: Token ${from + i}\ndescription: d\nexpires_in: 30\npermissions:\n  bogus_${from + i}: read\n`,
  ).join('---\n')

const GOOD = (name: string) =>
  `name: ${name}\ndescription: d\nexpires_in: 30\npermissions:\n  contents: read\n`

describe('CappedFindings', () => {
  it('keeps every finding up to the cap', () => {
    const capped = new CappedFindings(3)
    for (const line of [1, 2, 3]) capped.add(finding('notice', line))
    expect(capped.list().map((f) => f.line)).toEqual([1, 2, 3])
    expect(capped.omitted).toBe(0)
  })

  it('keeps the most severe past the cap, the first of each level, and counts the rest', () => {
    const capped = new CappedFindings(4)
    const added = [
      finding('notice', 1),
      finding('warning', 2),
      finding('notice', 3),
      finding('error', 4),
      finding('warning', 5),
      finding('notice', 6),
      finding('error', 7),
      finding('warning', 8),
    ]
    for (const one of added) capped.add(one)
    expect(capped.list().map((f) => `${f.severity} ${f.line}`)).toEqual([
      'error 4',
      'error 7',
      'warning 2',
      'warning 5',
    ])
    expect(capped.omitted).toBe(4)
  })

  it('is 1,000 by default', () => {
    expect(MAX_FINDINGS_PER_RUN).toBe(1000)
  })
})

describe('Linter and the run cap', () => {
  it('lists at most maxFindings, errors first, and counts every finding', () => {
    const linter = new Linter({ maxFindings: 5 })
    // Each template: missing-description is a warning, bogus an error.
    for (let i = 0; i < 4; i++)
      linter.lintText(
        `t${i}.yml`,
        `name: T${i}\nexpires_in: 30\npermissions:\n  bogus_${i}: read\n`,
      )
    const { findings, summary } = linter.finish()
    expect(summary).toMatchObject({ errors: 4, warnings: 4, omitted: 3 })
    // Errors are kept first; the list is then in reading order.
    expect(findings.map((f) => `${f.file} ${f.severity}`)).toEqual([
      't0.yml warning',
      't0.yml error',
      't1.yml error',
      't2.yml error',
      't3.yml error',
    ])
  })

  it('leaves summary.omitted out when nothing was left out', () => {
    const linter = new Linter()
    linter.lintText('a.yml', manyErrors(3))
    expect(linter.finish().summary).not.toHaveProperty('omitted')
  })
})

describe('lintTemplates over more findings than a run lists', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tt-run-cap-'))
    mkdirSync(join(root, 't'))
    // 12 files of 150 errors: 101 listed per file (100 and a line for the
    // other 50), 1,212 in all, over the run's 1,000. Left out: 9 findings
    // and the line for 50 of the tenth file, and 150 of each of the last
    // two: 359 findings.
    for (let i = 0; i < 12; i++)
      writeFileSync(
        join(root, 't', `f${String(i).padStart(2, '0')}.yml`),
        `${manyErrors(150, i * 1000)}---\n${GOOD(`Fine ${i}`)}`,
      )
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists 1,000, counts all 1,800 and says 359 findings were left out', () => {
    const run = lintTemplates({ root, patterns: ['t'], config: DEFAULT_CONFIG })
    expect(MAX_FINDINGS_PER_FILE).toBe(100)
    expect(run.findings).toHaveLength(1000)
    expect(run.summary).toEqual({
      files: 12,
      templates: 12 * 151,
      errors: 1800,
      warnings: 0,
      notices: 0,
      omitted: 359,
    })
    // Every finding is listed, summed up in a file's line, or omitted.
    const summedUp = run.findings.map(
      (f) => /^and (\d+) more findings in this file/.exec(f.message)?.[1],
    )
    const listed = summedUp.filter((n) => n === undefined).length
    const inLines = summedUp.reduce((sum, n) => sum + Number(n ?? 0), 0)
    expect(listed + inLines + run.summary.omitted!).toBe(1800)
  })

  it('marks every template with an error, also those whose errors are not listed', () => {
    const run = lintTemplates({
      root,
      patterns: ['t'],
      config: DEFAULT_CONFIG,
      collectTemplates: true,
    })
    const withError = (t: LintedTemplate) => t.error !== undefined
    expect(run.templates.filter(withError)).toHaveLength(1800)
    expect(
      run.templates
        .filter((t) => !withError(t))
        .map((t) => t.fields.name)
        .sort(),
    ).toEqual(Array.from({ length: 12 }, (_, i) => `Fine ${i}`).sort())
    const last = run.templates.find((t) => t.fields.name === 'Token 11149')!
    expect(last.error).toMatchObject({
      file: 't/f11.yml',
      rule: 'unknown-permission',
      severity: 'error',
      message: expect.stringContaining('"bogus_11149"'),
    })
    expect(run.findings.some((f) => f.message.includes('bogus_11149'))).toBe(
      false,
    )
  })

  it('marks a template named again in a later file (an error reported back)', () => {
    const linter = new Linter({ onTemplate: (t) => templates.push(t) })
    const templates: LintedTemplate[] = []
    linter.lintText('a.yml', GOOD('Twin'))
    linter.lintText('b.yml', GOOD('Twin'))
    linter.finish()
    expect(templates.map((t) => [t.file, t.error?.rule])).toEqual([
      ['a.yml', 'duplicate-name'],
      ['b.yml', 'duplicate-name'],
    ])
  })
})

describe('limitFindings (the Action: lint and owner findings together)', () => {
  const summary = { files: 1, templates: 1, errors: 3, warnings: 2, notices: 0 }

  it('keeps the first `max` of the ordered findings and adds the rest to omitted', () => {
    const ordered = [
      finding('error', 1),
      finding('error', 2),
      finding('error', 3),
      finding('warning', 4),
      finding('warning', 5),
    ]
    expect(limitFindings(ordered, { ...summary, omitted: 7 }, 3)).toEqual({
      findings: ordered.slice(0, 3),
      summary: { ...summary, omitted: 9 },
    })
  })

  it('changes nothing under the cap', () => {
    const ordered = [finding('error', 1)]
    const limited = limitFindings(ordered, summary)
    expect(limited.findings).toEqual(ordered)
    expect(limited.summary).toEqual(summary)
  })
})

describe('publishCheckRun and the cap on requests', () => {
  /** A client that records the checks calls it gets. */
  function recordingClient() {
    const calls: Array<{ method: string; annotations: number }> = []
    const record =
      (method: string) =>
      (params: { output?: { annotations?: unknown[] } }) => {
        calls.push({
          method,
          annotations: params.output?.annotations?.length ?? 0,
        })
        return Promise.resolve({ data: { id: 1, html_url: 'https://x/1' } })
      }
    const client = {
      rest: { checks: { create: record('create'), update: record('update') } },
    } as unknown as GitHubClient
    return { client, calls }
  }

  it('sends at most 20 requests of 50 annotations, then completes the run', async () => {
    expect(ANNOTATIONS_PER_REQUEST).toBe(50)
    expect(MAX_ANNOTATION_REQUESTS).toBe(20)
    const { client, calls } = recordingClient()
    const findings = Array.from({ length: 1234 }, (_, i) =>
      finding('error', i + 1),
    )
    const result = await publishCheckRun(client, {
      repository: 'o/r',
      headSha: 'abc',
      findings,
      conclusion: 'failure',
      summary: 's',
    })
    expect(calls).toHaveLength(21)
    expect(calls.slice(0, 20).every((c) => c.annotations === 50)).toBe(true)
    expect(calls[20]).toEqual({ method: 'update', annotations: 0 })
    expect(result).toEqual({ url: 'https://x/1', published: 1000 })
  })

  it('publishes every finding under the cap', async () => {
    const { client, calls } = recordingClient()
    const result = await publishCheckRun(client, {
      repository: 'o/r',
      headSha: 'abc',
      findings: [finding('error', 1), finding('notice', 2)],
      conclusion: 'neutral',
      summary: 's',
    })
    expect(calls.map((c) => c.annotations)).toEqual([2, 0])
    expect(result.published).toBe(2)
  })
})
