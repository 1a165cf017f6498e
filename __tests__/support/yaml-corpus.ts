import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateTemplates } from '../../bench/generate.mjs'

/** Every YAML file below `dir`, sorted, as [path, text]. */
export function yamlFilesUnder(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(
      (file) => /\.ya?ml$/.test(file) && statSync(join(dir, file)).isFile(),
    )
    .sort()
    .map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')])
}

/** The texts of `count` benchmark templates, generated with `seed`. */
export function generatedYaml(count: number, seed: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-corpus-'))
  try {
    generateTemplates(dir, count, { seed })
    return yamlFilesUnder(dir).map(([, text]) => text)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The texts of the fixtures, the examples and `count` benchmark templates:
 * what the corpus tests read two ways and compare.
 */
export function yamlCorpus(count: number, seed: number): string[] {
  return [
    ...yamlFilesUnder('__tests__/fixtures').map(([, text]) => text),
    ...yamlFilesUnder('examples').map(([, text]) => text),
    ...generatedYaml(count, seed),
  ]
}
