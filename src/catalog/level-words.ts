import { normalizeName } from './names-people-use.js'
import type { AccessLevel } from './types.js'

/** What a written access level means: a level, or no access at all. */
export type LevelMeaning = AccessLevel | 'none'

/*
 * Levels as people write them: GitHub's form shows "Read-only" and "Read
 * and write" (and "No access"), docs and chats say read/write or rw.
 * Compared in normalizeName form, after an "Access:" the form puts first.
 */
const LEVEL_WORDS: ReadonlyMap<string, LevelMeaning> = new Map([
  ['read', 'read'],
  ['read_only', 'read'],
  ['readonly', 'read'],
  ['ro', 'read'],
  ['r', 'read'],
  ['write', 'write'],
  ['read_and_write', 'write'],
  ['read_write', 'write'],
  ['readwrite', 'write'],
  ['rw', 'write'],
  ['r_w', 'write'],
  ['admin', 'admin'],
  ['none', 'none'],
  ['no_access', 'none'],
  ['no', 'none'],
])

/** The level `written` means, in any case and spelling above; undefined: none. */
export function levelWordMeaning(written: string): LevelMeaning | undefined {
  return LEVEL_WORDS.get(normalizeName(written).replace(/^access_/, ''))
}
