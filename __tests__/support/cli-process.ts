import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// The bundled CLI (npm run build), run as a user and CI run it: a process,
// with only PATH from the test's environment, and its exit code, stdout
// and stderr.

/** dist/cli/index.js, or another build named by TOKEN_TEMPLATES_CLI. */
export const CLI = resolve(
  process.env.TOKEN_TEMPLATES_CLI ?? 'dist/cli/index.js',
)

export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [CLI, ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return { status, stdout, stderr }
}

/** A fresh temporary directory holding `files` (path from it -> content). */
export function workspace(
  files: Record<string, string | Buffer> = {},
  prefix = 'tt-cli-',
): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), content)
  }
  return root
}
