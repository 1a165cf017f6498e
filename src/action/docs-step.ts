import * as core from '@actions/core'
import { escapeTableCell as md } from '../docs/markdown-escape.js'
import { updateReadmeFile } from '../docs/update-readme-file.js'
import { UserError } from '../errors.js'
import { logUntrusted } from '../format/log-untrusted.js'
import type { DocsMode } from './inputs.js'

export interface DocsOutcome {
  /** The README was (write) or would be (check) changed. */
  changed: boolean
  /** The step fails: a stale table under `docs: check`, or an unusable README. */
  failure?: string
}

/** `docs: check` compares the README's table, `docs: write` rewrites it. */
function updateTable(
  mode: Exclude<DocsMode, 'off'>,
  root: string,
  readme: string,
  table: string,
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
  core.error(
    'the token links table is stale: run token-templates docs and commit the result',
    {
      title: 'docs',
      file: readme,
      startLine: update.markerLine ?? 1,
    },
  )
  core.startGroup(`What docs would change in ${readme}`)
  // The diff holds template text: workflow commands are off around it.
  logUntrusted(update.diff ?? '')
  core.endGroup()
  return {
    outcome: {
      changed: true,
      failure: 'the README token links table is stale',
    },
    note: `${readme}: the token links table is stale; the log shows the diff.`,
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
}): { outcome?: DocsOutcome; notes: string[] } {
  const { mode, root, readme, table } = options
  if (mode === 'off') {
    core.debug('docs: off')
    return { notes: [] }
  }
  try {
    const { outcome, note } = updateTable(mode, root, readme, table)
    core.debug(`docs ${mode}: ${note}`)
    return { outcome, notes: [md(note)] }
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    core.debug(`docs ${mode}: ${error.message}`)
    core.error(error.message, { title: 'docs', file: readme })
    return {
      outcome: { changed: false, failure: error.message },
      notes: [
        `The token links table was not ${mode === 'write' ? 'written' : 'checked'}: ${md(error.message)}`,
      ],
    }
  }
}
