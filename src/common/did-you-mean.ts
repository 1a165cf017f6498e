import { distance } from 'fastest-levenshtein'

/**
 * The candidate closest to `word` by edit distance, when it is close enough
 * to be a typo (at most a third of the word, and at least 1 or 2 edits).
 */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
): string | undefined {
  const needle = word.toLowerCase()
  const allowed = Math.max(2, Math.floor(needle.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= allowed ? best : undefined
}

/** `: did you mean "x"?` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates)
  return match === undefined ? '' : `: did you mean "${match}"?`
}

/** The words of a name: `Pull-Requests` and `pull_requests` both give pull, requests. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}

/** Edits a word of this length may hold and still read as a typo. */
function typoBudget(length: number): number {
  if (length <= 3) return 0
  return length <= 8 ? 1 : 2
}

/** `secret` and `secrets`, `status` and `statuses`: one word, two numbers. */
function sameWordOtherNumber(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long === `${short}s` || long === `${short}es`
}

/**
 * Whether `word` may be a typo of `other`: a plural, or a letter or two off
 * when `word` is no word of its own (`isWord`: `context` is a word, so no
 * typo of `contents`).
 */
function typoOf(
  word: string,
  other: string,
  isWord: (word: string) => boolean,
): number | undefined {
  if (word === other) return 0
  if (sameWordOtherNumber(word, other)) return 1
  if (isWord(word)) return undefined
  const d = distance(word, other)
  return d <= typoBudget(Math.max(word.length, other.length)) ? d : undefined
}

/**
 * The candidates `name` is a typo of, judged word by word: the same words
 * in the same order, each the same word in the other number (`pull_request`)
 * or off by a letter or two (`contens`), or the same letters with other
 * separators (`pullrequests`). A whole word swapped (`dependabot_alerts` for
 * `dependabot_secrets`) is no typo: such a suggestion would name a
 * permission that grants something else. All candidates at the least
 * distance, so a caller can refuse a tie.
 */
export function convincingMatches(
  name: string,
  candidates: Iterable<string>,
  isWord: (word: string) => boolean = () => false,
  /** The words of a candidate, for callers that split them once. */
  wordsOf: (candidate: string) => readonly string[] = nameWords,
): string[] {
  const words = nameWords(name)
  if (words.length === 0) return []
  const letters = words.join('')
  let best: string[] = []
  let bestEdits = Infinity
  for (const candidate of candidates) {
    // At most 3 edits, plurals and separators: lengths stay close. Skipping
    // the rest early keeps long labels (extra_permissions) cheap.
    if (Math.abs(candidate.length - name.length) > 8) continue
    const candidateWords = wordsOf(candidate)
    let edits = 0
    if (candidateWords.join('') !== letters) {
      if (candidateWords.length !== words.length) continue
      const typos = words.every((word, index) => {
        const d = typoOf(word, candidateWords[index]!, isWord)
        if (d === undefined) return false
        edits += d
        return true
      })
      if (!typos || edits > 3) continue
    }
    if (edits < bestEdits) {
      best = [candidate]
      bestEdits = edits
    } else if (edits === bestEdits) best.push(candidate)
  }
  return best
}

/** The one candidate `name` is a typo of (see convincingMatches), if one. */
export function convincingMatch(
  name: string,
  candidates: Iterable<string>,
  isWord?: (word: string) => boolean,
): string | undefined {
  const matches = convincingMatches(name, candidates, isWord)
  return matches.length === 1 ? matches[0] : undefined
}
