import type { ValidateFunction } from 'ajv'
import { PermissionCatalog, PERMISSIONS } from '../catalog/index.js'
import type { Policy } from '../config/policy.js'
import type { Platform } from '../endpoints/index.js'
import { RULES } from '../rules/index.js'
import type { RuleVisitor, TemplateView } from '../rules/index.js'
import { buildTemplateSchema } from '../schema/index.js'
import { compileSchema } from '../schema/compile.js'
import { validateTemplate } from '../schema/precompiled-validators.js'
import { validationInput } from '../schema/validation-input.js'
import { decodeTemplateBytes } from '../common/decode.js'
import { plural } from '../format/plural.js'
import { compareFindings, severityRank } from './finding.js'
import { CappedFindings } from './capped-findings.js'
import { listing } from '../common/quote.js'
import type {
  Finding,
  LintResult,
  Position,
  RuleLevel,
  Severity,
} from './finding.js'
import { describeType, isPlainObject } from '../common/values.js'
import { parseYamlFile } from '../common/yaml-file.js'
import type { YamlDocument } from '../common/yaml-file.js'
import { FILE_START, positionOfOffset } from '../common/text-position.js'

/**
 * The template validator for a catalog: precompiled at build time for
 * GitHub's catalog; compiled now (tens of ms) only when the config adds
 * extra permissions.
 */
function templateValidator(catalog: PermissionCatalog): ValidateFunction {
  if (catalog.permissions.length === PERMISSIONS.length) return validateTemplate
  return compileSchema(buildTemplateSchema(catalog.permissions))
}

/** Past this many findings in one file, the rest are summed up in one line. */
export const MAX_FINDINGS_PER_FILE = 100

/** A template the run saw, for commands that need more than findings. */
export interface LintedTemplate {
  file: string
  documentIndex: number
  fields: Readonly<Record<string, unknown>>
  line: number
  endLine: number
  locate: TemplateView['locate']
  /**
   * Its first error, of all the run finds (also those the caps leave out
   * of the list): a template with one gets no token link. Set as the run
   * goes (a later file may name it again); final when `finish` returns.
   */
  error?: Finding
}

/** A template read from something other than YAML, with its places. */
export interface PlacedTemplate {
  /** Absent: only `problems` (a link that is no template, say). */
  fields?: Record<string, unknown>
  locate: TemplateView['locate']
  start(): Position
  /** Findings of the rules at these places are dropped (values filled in later). */
  unchecked?: readonly Position[]
  problems?: readonly { rule: string; at: Position; message: string }[]
}

export interface LinterOptions {
  /** Called with every mapping template; lint alone passes none, to stay lean. */
  onTemplate?: (template: LintedTemplate) => void
  /** With onTemplate: only the templates whose fields pass it are kept and given. */
  keepTemplate?: (fields: Readonly<Record<string, unknown>>) => boolean
  catalog?: PermissionCatalog
  /** The config's policy, for the policy rules. */
  policy?: Policy
  /** The config's platform, for platform-availability (absent: github.com). */
  platform?: Platform
  /** Per-rule levels from the config; rules not named keep their default. */
  ruleLevels?: Readonly<Record<string, RuleLevel>>
  /** How many findings the run lists (default MAX_FINDINGS_PER_RUN). */
  maxFindings?: number
}

/**
 * Lints template files one at a time and keeps only findings, so memory
 * stays flat however many templates a run holds. Call `finish` once.
 */
export class Linter {
  private readonly catalog: PermissionCatalog
  private readonly onTemplate: LinterOptions['onTemplate']
  private readonly keepTemplate: LinterOptions['keepTemplate']
  private readonly policy: Policy | undefined
  private readonly platform: Platform | undefined
  private readonly validate: ValidateFunction
  private readonly severities = new Map<string, Severity>()
  private readonly visitors: RuleVisitor[] = []
  private readonly findings: CappedFindings
  /** With onTemplate: each file's templates, in order, to mark errors on. */
  private readonly templatesByFile = new Map<string, LintedTemplate[]>()
  /** Findings of the file being linted, capped when it is done. */
  private pending: Finding[] = []
  private currentFile: string | undefined
  private readonly counts = { errors: 0, warnings: 0, notices: 0 }
  private files = 0
  private templates = 0
  /** Places whose findings are dropped: placeholder values of a link. */
  private unchecked: readonly Position[] = []

  constructor(options: LinterOptions = {}) {
    this.catalog = options.catalog ?? new PermissionCatalog()
    this.onTemplate = options.onTemplate
    this.keepTemplate = options.keepTemplate
    this.policy = options.policy
    this.platform = options.platform
    this.validate = templateValidator(this.catalog)
    this.findings = new CappedFindings(options.maxFindings)
    for (const rule of RULES) {
      const level = options.ruleLevels?.[rule.id] ?? rule.defaultSeverity
      if (level === 'off') continue
      this.severities.set(rule.id, level)
      const visitor = rule.create?.((file, at, message) =>
        this.report(file, rule.id, at, message),
      )
      if (visitor) this.visitors.push(visitor)
    }
  }

  /** Lints one file's raw bytes. */
  lintBytes(file: string, bytes: Uint8Array): void {
    const decoded = decodeTemplateBytes(bytes)
    if (decoded.ok) return this.lintText(file, decoded.text)
    this.files += 1
    const at = positionOfOffset(
      decoded.textBefore + ' ',
      decoded.textBefore.length,
    )
    this.report(file, 'yaml-syntax', at, decoded.reason)
  }

  /** Lints one file's text: every `---` document is one template. */
  lintText(file: string, text: string): void {
    this.files += 1
    this.currentFile = file
    this.lintDocuments(file, text)
    this.finishFile(file)
  }

  /**
   * Lints templates that are no YAML (the token links of a Markdown, HTML
   * or code file), each placed by its own `locate`: one file, as
   * `lintText` does. `problems` are reported as their rule, at its level.
   */
  lintPlacedTemplates(file: string, templates: readonly PlacedTemplate[]) {
    this.files += 1
    this.currentFile = file
    templates.forEach((placed, index) => {
      this.templates += 1
      for (const problem of placed.problems ?? [])
        this.report(file, problem.rule, problem.at, problem.message)
      if (placed.fields === undefined) return
      this.unchecked = placed.unchecked ?? []
      try {
        this.checkTemplate(file, placed.fields, {
          index,
          locate: placed.locate,
          start: placed.start,
          lines: () => {
            const { line, endLine } = placed.start()
            return { line, endLine }
          },
        })
      } finally {
        this.unchecked = []
      }
    })
    this.finishFile(file)
  }

  private finishFile(file: string): void {
    this.currentFile = undefined
    for (const finding of this.pending)
      this.counts[PLURAL[finding.severity]] += 1
    this.markErrors(file, this.pending)
    const listed = capFindings(this.pending)
    // The per-file summary line stands for the findings it hides: if the
    // run cap leaves it out, they are left out with it.
    const hidden = this.pending.length - listed.length + 1
    listed.forEach((finding, i) =>
      this.findings.add(finding, i === MAX_FINDINGS_PER_FILE ? hidden : 1),
    )
    this.pending = []
  }

  private lintDocuments(file: string, text: string): void {
    const parsed = parseYamlFile(text)
    for (const problem of parsed.problems) {
      this.report(file, 'yaml-syntax', problem.at, problem.message)
    }
    this.templates += parsed.brokenDocuments
    if (parsed.documents.length === 0 && parsed.brokenDocuments === 0) {
      this.report(
        file,
        'empty-file',
        FILE_START,
        'this file holds no template: add one or delete the file',
      )
    }
    for (const document of parsed.documents) this.lintDocument(file, document)
  }

  /** A problem found before the file could be read (see `discover`). */
  reportUnreadable(file: string, message: string): void {
    this.files += 1
    this.report(file, 'unreadable-file', FILE_START, message)
  }

  finish(): LintResult {
    for (const visitor of this.visitors) visitor.end?.()
    const { omitted } = this.findings
    return {
      findings: this.findings.list().sort(compareFindings),
      summary: {
        files: this.files,
        templates: this.templates,
        ...this.counts,
        ...(omitted > 0 && { omitted }),
      },
    }
  }

  private lintDocument(file: string, document: YamlDocument): void {
    this.templates += 1
    const value = document.value
    if (!isPlainObject(value)) {
      const got = describeType(value)
      this.report(
        file,
        'schema',
        document.start(),
        `a template must be a mapping of keys (name:, permissions:, ...); got ${got}`,
      )
      return
    }
    this.checkTemplate(file, value, document)
  }

  /** Schema and rules for one mapping template. */
  private checkTemplate(
    file: string,
    fields: Record<string, unknown>,
    document: Pick<YamlDocument, 'index' | 'locate' | 'start' | 'lines'>,
  ): void {
    this.validate(validationInput(fields))
    const view: TemplateView = {
      file,
      documentIndex: document.index,
      fields,
      schemaErrors: [...(this.validate.errors ?? [])],
      catalog: this.catalog,
      policy: this.policy,
      platform: this.platform,
      locate: (path, part) => document.locate(path, part),
      start: () => document.start(),
    }
    for (const visitor of this.visitors) visitor.template?.(view)
    if (!this.onTemplate) return
    if (this.keepTemplate && !this.keepTemplate(fields)) return
    const template: LintedTemplate = {
      file,
      documentIndex: document.index,
      fields,
      ...document.lines(),
      locate: view.locate,
    }
    const templates = this.templatesByFile.get(file) ?? []
    templates.push(template)
    this.templatesByFile.set(file, templates)
    this.onTemplate(template)
  }

  /**
   * Marks the templates of `file` that `findings` (before any cap) put an
   * error in, by the lines each spans, keeping each template's first.
   */
  private markErrors(file: string, findings: readonly Finding[]): void {
    const templates = this.templatesByFile.get(file)
    if (!templates) return
    for (const finding of findings) {
      if (finding.severity !== 'error') continue
      const template = templateAt(templates, finding.line)
      if (
        template &&
        (!template.error || compareFindings(finding, template.error) < 0)
      )
        template.error = finding
    }
  }

  private report(
    file: string,
    rule: string,
    at: Position,
    message: string,
  ): void {
    const severity = this.severities.get(rule)
    if (!severity) return
    if (
      this.unchecked.some(
        (place) => place.line === at.line && place.column === at.column,
      )
    )
      return
    const finding: Finding = { file, ...at, severity, rule, message }
    // The current file's findings are counted and capped when it is done;
    // cross-file ones (a duplicate name's other place) count at once.
    if (file === this.currentFile) {
      this.pending.push(finding)
    } else {
      this.counts[PLURAL[severity]] += 1
      this.markErrors(file, [finding])
      this.findings.add(finding)
    }
  }
}

/** The template (in file order) whose lines hold `line`, by bisection. */
function templateAt(
  templates: readonly LintedTemplate[],
  line: number,
): LintedTemplate | undefined {
  let low = 0
  let high = templates.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const template = templates[middle]!
    if (line < template.line) high = middle - 1
    else if (line > template.endLine) low = middle + 1
    else return template
  }
  return undefined
}

const PLURAL = {
  error: 'errors',
  warning: 'warnings',
  notice: 'notices',
} as const

/** The first findings of a file, and one line that sums up the rest. */
export function capFindings(
  findings: Finding[],
  max = MAX_FINDINGS_PER_FILE,
): Finding[] {
  if (findings.length <= max) return findings
  const sorted = [...findings].sort(compareFindings)
  const rest = sorted.slice(max)
  const rules = [...new Set(rest.map((finding) => finding.rule))]
  // The line stands for the hidden findings: at the place, rule and
  // severity of the most severe of them.
  const worst = [...rest].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity),
  )[0]!
  return [
    ...sorted.slice(0, max),
    {
      ...worst,
      message: `and ${plural(rest.length, 'more finding', 'more findings')} in this file (${listing(rules)}) not shown: fix the ones above first`,
    },
  ]
}
