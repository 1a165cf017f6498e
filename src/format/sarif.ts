import type {
  Log,
  ReportingDescriptor,
  Result,
  ReportingConfiguration,
} from 'sarif'
import type { LintResult, Severity } from '../lint/finding.js'
import type { RuleMeta } from '../rules/index.js'
import { omittedNote } from './omitted-note.js'
import { logSafeJson } from './log-line.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Finding files are relative to this base (the working directory). */
export const SRCROOT = '%SRCROOT%'

export interface SarifTool {
  version: string
  informationUri: string
}

export interface SarifOptions {
  /** Absolute `file:` URI of the working directory, ending with `/`. */
  srcRoot?: string
}

const LEVEL: Record<Severity, ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

/**
 * A SARIF 2.1.0 log (one run), e.g. for GitHub code scanning uploads:
 * indented JSON whose strings cannot break or forge a log line.
 */
export function formatSarif(
  result: LintResult,
  rules: readonly RuleMeta[],
  tool: SarifTool,
  options: SarifOptions = {},
): string {
  const descriptors = rules.map(describeRule)
  const indexOf = new Map<string, number>()
  descriptors.forEach((rule, index) => indexOf.set(rule.id, index))
  // A finding of a rule the registry does not know (should not happen) still
  // gets a descriptor, so every ruleIndex is valid.
  const ruleIndex = (id: string): number => {
    let index = indexOf.get(id)
    if (index === undefined) {
      index = descriptors.push({ id, name: id }) - 1
      indexOf.set(id, index)
    }
    return index
  }

  const results: Result[] = result.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex(finding.rule),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file), uriBaseId: SRCROOT },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
  }))

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'token-templates',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: descriptors,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]:
            options.srcRoot === undefined
              ? { description: { text: 'The directory the linter ran in.' } }
              : { uri: options.srcRoot },
        },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
        ...(result.summary.omitted
          ? {
              properties: {
                omittedResults: result.summary.omitted,
                note: omittedNote(result.summary),
              },
            }
          : {}),
      },
    ],
  }
  return logSafeJson(log, 2) + '\n'
}

function describeRule(rule: RuleMeta): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: rule.docs, markdown: rule.docs },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
  }
}

/** A relative URI reference for a `/`-separated path (`a b#1` -> `a%20b%231`). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}
