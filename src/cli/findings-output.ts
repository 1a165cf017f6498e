import {
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  isOutputFormat,
  OUTPUT_FORMATS,
} from '../format/index.js'
import type { OutputFormat } from '../format/index.js'
import type { LintResult } from '../lint/finding.js'
import { RULES } from '../rules/index.js'
import { HOMEPAGE, VERSION } from '../version.js'
import { UserError } from '../errors.js'
import type { CliIo } from './io.js'

/** The options `lint` and `links` share: how findings are printed and judged. */

export function parseFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'text'
  if (!isOutputFormat(format))
    throw new UserError(
      `--format must be one of ${OUTPUT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`,
    )
  return format
}

export function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Infinity
  if (!/^\d+$/.test(value))
    throw new UserError(
      `--max-warnings takes a whole number, not ${JSON.stringify(value)}`,
    )
  return Number(value)
}

/** A run's findings in `format`; text shows the source lines `readSource` gives. */
export function renderFindings(
  result: LintResult,
  format: OutputFormat,
  io: CliIo,
  text: {
    readSource: (file: string) => string | undefined
    /** What the summary counts, when not templates: ['link', 'links']. */
    counted?: readonly [one: string, many: string]
  },
): string {
  switch (format) {
    case 'json':
      return formatJson(result)
    case 'github':
      return formatGithub(result)
    case 'sarif':
      return formatSarif(result, RULES, {
        version: VERSION,
        informationUri: HOMEPAGE,
      })
    case 'text':
      return formatText(result, { color: io.color, ...text })
  }
}
