import { YAML_BUDGET, yamlOverBudget } from '../src/common/yaml-budget.js'
import { Linter } from '../src/lint/engine.js'

// Files whose syntax tree would cost yaml hundreds of MB are refused with
// one finding, before they are parsed; ordinary files are never lexed.

/** 66 KB of comment lines: a large file around a small problem. */
const PAD = `# ${'-'.repeat(78)}\n`.repeat(820)

function lint(text: string) {
  const linter = new Linter()
  linter.lintText('big.yml', text)
  return linter.finish()
}

describe('the YAML budget', () => {
  it('refuses flow nesting one level past the limit, at that bracket', () => {
    const depth = YAML_BUDGET.maxFlowDepth
    const ok = `${PAD}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    const deep = `${PAD}x: ${'['.repeat(depth + 1)}${']'.repeat(depth + 1)}\n`
    expect(yamlOverBudget(ok)).toBeUndefined()
    const over = yamlOverBudget(deep)
    expect(over?.offset).toBe(PAD.length + 3 + depth)
    expect(over?.message).toMatch(
      /nests \[ and \{ too deeply \(more than 64 levels\)/,
    )
  })

  it('counts values and separators, not comments, spaces or newlines', () => {
    const entries = (count: number) => `${PAD}${'a: b\n'.repeat(count)}`
    // `a`, `:` and `b` are three tokens each line.
    const limit = YAML_BUDGET.maxNodeTokens
    expect(yamlOverBudget(entries(Math.floor(limit / 3)))).toBeUndefined()
    expect(yamlOverBudget(entries(Math.floor(limit / 3) + 1))).toMatchObject({
      message: expect.stringMatching(/more than 200,000 YAML values/),
    })
  })

  it('holds a small file to the same limits as a large one', () => {
    const depth = YAML_BUDGET.maxFlowDepth + 1
    const deep = `name: Good\n---\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    const small = lint(deep)
    const padded = lint(PAD + deep)
    const lines = PAD.split('\n').length - 1
    expect(small.findings).toHaveLength(1)
    expect(
      padded.findings.map((f) => ({
        ...f,
        line: f.line - lines,
        endLine: f.endLine - lines,
      })),
    ).toEqual(small.findings)
  })

  it('lets a file with few brackets through without counting', () => {
    expect(
      yamlOverBudget(`x: ${'['.repeat(64)}${']'.repeat(64)}\n`),
    ).toBeUndefined()
  })

  it('turns a refused file into one yaml-syntax error with its place', () => {
    const text = `${PAD}${'['.repeat(100_000)}\n`
    const result = lint(text)
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        severity: 'error',
        line: PAD.split('\n').length,
        column: YAML_BUDGET.maxFlowDepth + 1,
      }),
    ])
    expect(result.summary).toMatchObject({ templates: 1, errors: 1 })
  })

  it('keeps the place of a token after a byte order mark and quoted text', () => {
    const depth = YAML_BUDGET.maxFlowDepth + 1
    const text = `\ufeff${PAD}a: "[[["\nx: ${'['.repeat(depth)}\n`
    const over = yamlOverBudget(text)
    expect(text[over!.offset]).toBe('[')
    expect(over!.offset).toBe(text.length - 2)
  })
})
