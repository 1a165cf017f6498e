import type { Finding } from '../lint/finding.js'
import { findCodeCalls } from './find-calls.js'
import type { CodeScan } from './find-calls.js'
import { usedByFindings, usedByPatterns } from './used-by-check.js'
import type {
  UsedByOptions,
  UsedByScan,
  UsedByTemplate,
} from './used-by-check.js'

export interface UsedByRun {
  findings: Finding[]
  /** The code files read: their findings quote them. */
  files: string[]
}

/**
 * Scans each template's `used_by` code (the same globs once, however many
 * templates name them) and checks the template against its calls.
 */
export function runUsedByCheck(
  root: string,
  templates: readonly UsedByTemplate[],
  options: UsedByOptions,
): UsedByRun {
  const scans = new Map<string, CodeScan>()
  const checked: UsedByScan[] = []
  for (const template of templates) {
    const patterns = usedByPatterns(template.fields)
    // None left (all refused, or none written): no globs means every file.
    if (patterns.length === 0) continue
    const key = JSON.stringify(patterns)
    let scan = scans.get(key)
    if (!scan) {
      scan = findCodeCalls(root, patterns)
      scans.set(key, scan)
    }
    checked.push({ template, scan })
  }
  const files = new Set([...scans.values()].flatMap((scan) => scan.files))
  return { findings: usedByFindings(checked, options), files: [...files] }
}
