import { partitionByErrors } from '../src/lint/approved-templates.js'
import { Linter } from '../src/lint/engine.js'
import type { LintedTemplate } from '../src/lint/engine.js'

// A template with an error never gets a token link, even when the caps on
// listed findings leave its error out of the list.

function lintFile(text: string) {
  const templates: LintedTemplate[] = []
  const linter = new Linter({ onTemplate: (t) => templates.push(t) })
  linter.lintText('many.yml', text)
  return { ...linter.finish(), templates }
}

const template = (i: number, permission: string) =>
  `---\nname: T${i}\ndescription: d\nexpires_in: 30\npermissions:\n  ${permission}: read\n`

describe('partitionByErrors', () => {
  it('rejects templates whose errors the per-file cap did not list', () => {
    const text = Array.from({ length: 150 }, (_, i) =>
      template(i, 'not_a_permission'),
    ).join('')
    const run = lintFile(text)
    expect(run.summary.errors).toBe(150)
    expect(run.findings.length).toBeLessThan(150)
    const { approved, rejected } = partitionByErrors(
      run.templates,
      run.findings,
    )
    expect(approved).toEqual([])
    expect(rejected).toHaveLength(150)
    expect(rejected[149]!.error).toMatchObject({
      rule: 'unknown-permission',
      line: 150 * 6,
    })
  })

  it('approves the clean templates beside them', () => {
    const text = [
      template(0, 'contents'),
      ...Array.from({ length: 120 }, (_, i) => template(i + 1, 'nope')),
      template(999, 'issues'),
    ].join('')
    const run = lintFile(text)
    const { approved } = partitionByErrors(run.templates, run.findings)
    expect(approved.map((t) => t.fields.name)).toEqual(['T0', 'T999'])
  })
})
