import type { LintResult } from '../lint/finding.js'
import { logSafeJson } from './log-line.js'

/**
 * The stable `--format json` document: one line, keys in the documented
 * order (built explicitly, so extra fields on a finding never leak out),
 * with characters that could break or forge a log line as `\uXXXX`.
 */
export function formatJson(result: LintResult): string {
  const { files, templates, errors, warnings, notices, omitted } =
    result.summary
  const document = {
    diagnostics: result.findings.map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      severity: finding.severity,
      rule: finding.rule,
      message: finding.message,
    })),
    // omitted: findings the run counted but did not list (see --help).
    summary: {
      files,
      templates,
      errors,
      warnings,
      notices,
      ...(omitted ? { omitted } : {}),
    },
  }
  return logSafeJson(document) + '\n'
}
