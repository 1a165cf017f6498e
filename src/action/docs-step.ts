import * as core from './runner.js'
import { updateReadmeFile } from '../docs/update-readme-file.js'
import type { DocsMode } from './inputs.js'
import { logUntrusted } from '../format/log-untrusted.js'

export interface DocsOutcome {
  /** The README was (write) or would be (check) changed. */
  changed: boolean
  /** The table is stale under `docs: check`: the step fails. */
  stale: boolean
  note: string
  /** Why the step fails, when it is not simply a stale table. */
  failure?: string
}

/** `docs: check` compares the README's table, `docs: write` rewrites it. */
export function runDocsStep(options: {
  mode: Exclude<DocsMode, 'off'>
  root: string
  readme: string
  table: string
}): DocsOutcome {
  const { mode, root, readme, table } = options
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
      changed: false,
      stale: false,
      note: `${readme}: the token links table is current.`,
    }
  }
  if (!check) {
    return {
      changed: true,
      stale: false,
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
  logUntrusted(update.diff ?? '')
  core.endGroup()
  return {
    changed: true,
    stale: true,
    note: `${readme}: the token links table is stale; the log shows the diff.`,
  }
}
