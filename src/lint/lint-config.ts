import { catalogFor } from '../endpoints/index.js'
import type { Config } from '../config/config.js'
import { formatText } from '../format/index.js'
import { Linter } from './engine.js'
import type { LinterOptions } from './engine.js'
import type { LintResult } from './finding.js'

/** What a config tells the linter: one place, so a new setting is one line. */
export function linterOptions(config: Config): LinterOptions {
  return {
    catalog: catalogFor(config.platform, config.extraPermissions),
    ruleLevels: config.ruleLevels,
    policy: config.policy,
    platform: config.platform,
  }
}

/**
 * Lints YAML the CLI wrote itself (`import`, `suggest`) and reports its
 * findings on stderr, the YAML quoted as the source.
 */
export function lintGeneratedYaml(
  config: Config,
  file: string,
  yaml: string,
  io: { stderr(text: string): void },
): LintResult {
  const linter = new Linter(linterOptions(config))
  linter.lintText(file, yaml)
  const result = linter.finish()
  if (result.findings.length > 0) {
    io.stderr(formatText(result, { color: false, readSource: () => yaml }))
  }
  return result
}
