import type { Finding } from '../lint/finding.js'
import { findCodeCalls } from './find-calls.js'
import type { CodeScan } from './find-calls.js'
import { usedByFindings } from './used-by-check.js'
import type {
  UsedByOptions,
  UsedByScan,
  UsedByTemplate,
} from './used-by-check.js'
import { namesCode, usedByPatterns } from './used-by-patterns.js'

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
    // None to search (all refused, or negated): no globs means every file,
    // and excess-permission checks the endpoints alone.
    if (!namesCode(template.fields)) continue
    const patterns = usedByPatterns(template.fields)
    const key = JSON.stringify(patterns)
    let scan = scans.get(key)
    if (!scan) {
      scan = findCodeCalls(root, patterns, { cautious: true })
      scans.set(key, scan)
    }
    checked.push({ template, scan })
  }
  const files = new Set([...scans.values()].flatMap((scan) => scan.files))
  return { findings: usedByFindings(checked, options), files: [...files] }
}
