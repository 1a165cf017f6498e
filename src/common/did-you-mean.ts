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
