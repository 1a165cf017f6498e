import { jest } from '@jest/globals'
import {
  SERVER_URL,
  TOKEN,
  removeTemporaryFolders,
  startRuns,
  summaryNotes,
  workspace as actionWorkspace,
} from './support/action-process.js'
import type { ActionResult } from './support/action-process.js'
import { runCli as cli, workspace } from './support/cli-process.js'
import { sendJson, startApiStub } from './support/github-api-stub.js'
import type { ApiStub } from './support/github-api-stub.js'

// Issue 14, item 2, as users meet it: a run with more findings than it
// lists (1,800 errors in 12 files: 1,212 after the per-file cap) prints
// and annotates 1,000, most severe first, counts all 1,800, and publishes
// its check run in at most 20 requests of annotations.

jest.setTimeout(60_000)
afterAll(removeTemporaryFolders)

const DIR = '.github/token-templates'

/** 12 files of 150 errors each (unknown permissions) and one good template. */
function manyFindings(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let f = 0; f < 12; f++) {
    const templates = Array.from(
      { length: 150 },
      (_, i) =>
        `name: Token ${f}-${i}\ndescription: d\nexpires_in: 30\npermissions:\n  bogus_${i}: read\n`,
    )
    templates.push(
      `name: Fine ${f}\ndescription: d\nexpires_in: 30\npermissions:\n  contents: read\n`,
    )
    files[`${DIR}/f${String(f).padStart(2, '0')}.yml`] = templates.join('---\n')
  }
  return files
}

describe('the CLI over more findings than a run lists', () => {
  it('lint --format json lists 1,000 errors and counts all 1,800', () => {
    const root = workspace(manyFindings())
    const result = cli(['lint', '--format', 'json'], root)
    expect(result.status).toBe(1)
    const output = JSON.parse(result.stdout) as {
      diagnostics: Array<{ severity: string }>
      summary: Record<string, number>
    }
    expect(output.diagnostics).toHaveLength(1000)
    expect(output.summary).toMatchObject({
      errors: 1800,
      files: 12,
      omitted: 359,
    })
  })

  const NOTE =
    'and 359 more findings not listed: a run lists at most 1,000, the most severe first; the counts include them all'

  it('closes every format with the number left out', () => {
    const root = workspace(manyFindings())
    const text = cli(['lint'], root).stdout.trimEnd().split('\n')
    expect(text.slice(-3)).toEqual([
      NOTE,
      '',
      expect.stringMatching(/^✖ 1800 problems \(1800 errors/),
    ])
    const github = cli(['lint', '--format', 'github'], root).stdout
    expect(github.trimEnd().split('\n').at(-1)).toBe(`::notice::${NOTE}`)
    const sarif = JSON.parse(cli(['lint', '--format', 'sarif'], root).stdout)
    expect(sarif.runs[0].properties).toEqual({
      omittedResults: 359,
      note: NOTE,
    })
  })

  it('says nothing of omitted findings when all are listed', () => {
    const root = workspace({
      [`${DIR}/one.yml`]: 'name: x\npermissions:\n  bogus: read\n',
    })
    const json = JSON.parse(cli(['lint', '--format', 'json'], root).stdout)
    expect(json.summary).not.toHaveProperty('omitted')
    expect(cli(['lint'], root).stdout).not.toMatch(/not listed/)
  })
})

describe('the Action over more findings than a run lists', () => {
  let stub: ApiStub
  let runs: Record<'plain' | 'published', Promise<ActionResult>>

  beforeAll(async () => {
    stub = await startApiStub((request, res) => {
      if (request.method === 'POST' && request.path.endsWith('/check-runs'))
        return sendJson(res, 201, {
          id: 77,
          html_url: `${SERVER_URL}/octo/repo/runs/77`,
        })
      if (request.method === 'PATCH') return sendJson(res, 200, { id: 77 })
      sendJson(res, 404, { message: 'Not Found' })
    })
    runs = startRuns({
      plain: () => ({
        workspace: actionWorkspace(manyFindings()),
        killAfterMs: 45_000,
      }),
      published: () => ({
        workspace: actionWorkspace(manyFindings()),
        inputs: { token: TOKEN },
        env: { GITHUB_API_URL: stub.url },
        killAfterMs: 45_000,
      }),
    })
  })

  afterAll(() => stub.close())

  it('annotates 1,000 findings and closes with a notice of the rest', async () => {
    const result = await runs.plain
    expect(result.code).toBe(1)
    expect(result.outputs.errors).toBe('1800')
    expect(result.annotations).toHaveLength(1000)
    const closing = result.commands.filter(
      (c) => c.command === 'notice' && !('file' in c.properties),
    )
    expect(result.commands).toContainEqual(
      expect.objectContaining({
        command: 'debug',
        message:
          'templates linted: 1812 in 12 files: 1800 errors, 0 warnings, 0 notices; 359 findings not listed',
      }),
    )
    expect(closing.map((c) => c.message)).toEqual([
      '359 more findings were left out: a run lists at most 1000, most severe first. Fix these and run again to see the rest.',
    ])
  })

  it('says in the job summary how many were left out', async () => {
    const result = await runs.plain
    expect(summaryNotes(result.summary ?? '')).toContain(
      '359 more findings were left out: a run lists at most 1000, most severe first; the counts include them.',
    )
  })

  it('links only the templates without errors, also errors not listed', async () => {
    const result = await runs.plain
    const names = [
      ...(result.summary ?? '').matchAll(
        /\/settings\/personal-access-tokens\/new\?name=([^&)\s]*)/g,
      ),
    ].map((match) => decodeURIComponent(match[1]!).replaceAll('+', ' '))
    expect(names.sort()).toEqual(
      Array.from({ length: 12 }, (_, f) => `Fine ${f}`).sort(),
    )
  })

  it('publishes the check run in at most 20 requests of annotations', async () => {
    const result = await runs.published
    expect(result.code).toBe(1)
    const requests = stub.requests.filter((r) => r.path.includes('check-runs'))
    const annotations = requests.map(
      (r) =>
        (r.body as { output?: { annotations?: unknown[] } }).output?.annotations
          ?.length ?? 0,
    )
    expect(requests.length).toBeLessThanOrEqual(21)
    expect(annotations.reduce((a, b) => a + b, 0)).toBe(1000)
    expect(summaryNotes(result.summary ?? '').join('\n')).toMatch(
      /all 1000 findings listed are annotated in the \[check run\]/,
    )
  })
})
