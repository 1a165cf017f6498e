import type { ErrorObject } from 'ajv'
import type { PermissionCatalog } from '../catalog/index.js'
import type { Policy } from '../config/policy.js'
import type { Platform } from '../endpoints/index.js'
import type { Position, Severity } from '../lint/finding.js'
import type { Part, PathSegment } from '../common/yaml-file.js'

/** What every rule declares about itself: the registry, docs and SARIF use it. */
export interface RuleMeta {
  /** kebab-case, stable: users configure and suppress rules by it. */
  id: string
  defaultSeverity: Severity
  /** One line, for tables and SARIF's shortDescription. */
  description: string
  /** Markdown: why it matters and how to fix it, with an example. */
  docs: string
  helpUri?: string
}

/** One template (a YAML mapping document), as the rules see it. */
export interface TemplateView {
  file: string
  /** 0-based index of the document in its file. */
  documentIndex: number
  fields: Readonly<Record<string, unknown>>
  /** ajv's errors for this template against the run's schema. */
  schemaErrors: readonly ErrorObject[]
  catalog: PermissionCatalog
  /** The config's policy, when it has one. */
  policy?: Policy
  /** The GitHub the tokens are for (config `platform`); absent: github.com. */
  platform?: Platform
  /**
   * Where the node at `path` is (its key with `part: 'key'`): what a rule
   * reports against. A missing path gives its nearest existing ancestor.
   */
  locate(path: readonly PathSegment[], part?: Part): Position
  /** Where the template starts: for problems with no better place. */
  start(): Position
}

export type Reporter = (file: string, at: Position, message: string) => void

/** A rule's handlers for one run: `template` per template, `end` once at the end. */
export interface RuleVisitor {
  template?(template: TemplateView): void
  end?(): void
}

export interface Rule extends RuleMeta {
  /** Absent for rules the engine reports itself (syntax, unreadable files). */
  create?(report: Reporter): RuleVisitor
}

/** Most rules look at one template at a time and keep no state. */
export function perTemplate(
  check: (
    template: TemplateView,
    report: (at: Position, message: string) => void,
  ) => void,
): (report: Reporter) => RuleVisitor {
  return (report) => ({
    template: (template) =>
      check(template, (at, message) => report(template.file, at, message)),
  })
}
