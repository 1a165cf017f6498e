export type OutputFormat = 'text' | 'json' | 'github' | 'sarif'

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  'text',
  'json',
  'github',
  'sarif',
]

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value)
}

export { formatText, type TextOptions } from './text.js'
export { formatJson } from './json.js'
export {
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
} from './github.js'
export {
  formatSarif,
  SARIF_SCHEMA,
  type SarifOptions,
  type SarifTool,
} from './sarif.js'
export type { RuleMeta } from '../rules/index.js'
export { logLine, logSafeJson } from './log-line.js'
