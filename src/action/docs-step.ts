import * as core from '@actions/core'
import {
  formatCodePoint,
  showHiddenCharacters,
} from '../common/hidden-characters.js'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import { docsCommandLine } from '../docs/stale-table.js'
import { updateReadmeFile } from '../docs/update-readme-file.js'
import { UserError } from '../errors.js'
import { logUntrusted } from '../format/log-untrusted.js'
import type { DocsMode } from './inputs.js'
import { renderStaleTableSection } from './job-summary.js'
import { addJobSummarySection } from './job-summary-step.js'
import { splitPatterns } from './split-patterns.js'

export interface DocsOutcome {
  /** The README was (write) or would be (check) changed. */
  changed: boolean
  /** The step fails: a stale table under `docs: check`, or an unusable README. */
  failure?: string
}

/**
 * The CLI command that writes the table this run checked: the inputs that
 * shape it (templates, config, server-url), as readInputs read and
 * checked them before this step.
 */
function regenerateCommand(readme: string, serverUrl?: string): string {
  return docsCommandLine({
    readme,
    patterns: splitPatterns(core.getInput('templates')),
    config: core.getInput('config') || undefined,
    serverUrl,
  })
}

/** `docs: check` compares the README's table, `docs: write` rewrites it. */
function updateTable(
  mode: Exclude<DocsMode, 'off'>,
  root: string,
  readme: string,
  table: string,
  serverUrl?: string,
): { outcome: DocsOutcome; note: string } {
  const check = mode === 'check'
  const update = updateReadmeFile({
    root,
    file: readme,
    table,
    check,
    init: false,
  })
  if (!update.changed) {
    return {
      outcome: { changed: false },
      note: `${readme}: the token links table is current.`,
    }
  }
  if (!check) {
    return {
      outcome: { changed: true },
      note: `${readme}: the token links table was updated; commit it.`,
    }
  }
  const command = regenerateCommand(readme, serverUrl)
  const diff = update.diff ?? ''
  // A readme path is the config's: its hidden characters are shown.
  const shown = showHiddenCharacters(
    command,
    (code) => `<${formatCodePoint(code)}>`,
  )
  core.error(
    `the token links table is stale: run ${shown} and commit the result, or apply the patch in the job summary`,
    {
      title: 'docs',
      file: readme,
      startLine: update.markerLine ?? 1,
    },
  )
  core.startGroup(`What docs would change in ${readme}`)
  // The diff holds template text: workflow commands are off around it.
  logUntrusted(diff)
  core.endGroup()
  addJobSummarySection(renderStaleTableSection({ readme, diff, command }))
  return {
    outcome: {
      changed: true,
      failure: 'the README token links table is stale',
    },
    note: `${readme}: the token links table is stale; the command and the patch that update it are below.`,
  }
}

/**
 * The docs input: nothing for `off`; else checks or writes the README's
 * token links table. A README it cannot use fails the step, with a note.
 */
export function docsStep(options: {
  mode: DocsMode
  root: string
  readme: string
  table: string
  /**
   * The --server-url the regenerating command needs: the server of this
   * run's links when the CLI, run locally, would not pick the same one.
   */
  serverUrl?: string
}): { outcome?: DocsOutcome; notes: string[] } {
  const { mode, root, readme, table } = options
  if (mode === 'off') {
    core.debug('docs: off')
    return { notes: [] }
  }
  try {
    const { outcome, note } = updateTable(
      mode,
      root,
      readme,
      table,
      options.serverUrl,
    )
    core.debug(`docs ${mode}: ${note}`)
    return { outcome, notes: [md(note)] }
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const done = mode === 'write' ? 'written' : 'checked'
    core.debug(`docs ${mode}: ${error.message}`)
    // The one annotation with the reason, on the README; the step's own
    // failure line only says what was not done, so the reason is not
    // printed (and annotated) twice.
    core.error(error.message, { title: 'docs', file: readme })
    return {
      outcome: {
        changed: false,
        failure: `the README token links table was not ${done}`,
      },
      notes: [`The token links table was not ${done}: ${md(error.message)}`],
    }
  }
}
