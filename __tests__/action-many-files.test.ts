import {
  runAction,
  removeTemporaryFolders,
  workspace,
} from './support/action-process.js'

afterAll(removeTemporaryFolders)

// A glob matching thousands of files: the Action lints them all, every
// finding is counted, and the summary stays under GitHub's 1 MiB limit.
describe('the Action on 3,000 template files', () => {
  const files: Record<string, string> = {}
  for (let i = 0; i < 3000; i++) {
    const level = i % 3 === 0 ? 'admin' : 'read' // every third is an error
    files[`.github/token-templates/t${String(i).padStart(4, '0')}.yml`] =
      `name: Token ${i}\ndescription: d\npermissions:\n  contents: ${level}\n`
  }
  const run = runAction({ workspace: workspace(files), killAfterMs: 30_000 })

  it('lints every file and counts every finding', async () => {
    const result = await run
    expect(result.outputs.templates).toBe('3000')
    expect(result.outputs.errors).toBe('1000')
    expect(result.code).toBe(1)
  })

  it('annotates every finding and keeps the summary under 1 MiB', async () => {
    const result = await run
    expect(result.annotations).toHaveLength(1000)
    expect(Buffer.byteLength(result.summary ?? '')).toBeLessThan(1024 * 1024)
    expect(result.summary).toContain('**3000 templates** in 3000 files')
  })
})
