// ES's `SuggestingErrorOnUnknown` (libs/x-content): candidates whose Lucene Levenshtein
// similarity (1 - distance / longer length) is above 0.5, best first, then by name.

function similarity(target: string, other: string): number {
  if (target.length === 0 || other.length === 0) return target.length === other.length ? 1 : 0
  // The distance is at least the length difference: skip pairs that cannot pass 0.5 (a long
  // unknown key would otherwise cost length × length).
  const longer = Math.max(other.length, target.length)
  if (1 - Math.abs(target.length - other.length) / longer <= 0.5) return 0
  let previous = Array.from({ length: target.length + 1 }, (_, index) => index)
  for (let j = 1; j <= other.length; j++) {
    const current = [j]
    for (let i = 1; i <= target.length; i++) {
      const cost = target[i - 1] === other[j - 1] ? 0 : 1
      current[i] = Math.min(
        (current[i - 1] as number) + 1,
        (previous[i] as number) + 1,
        (previous[i - 1] as number) + cost,
      )
    }
    previous = current
  }
  return Math.fround(
    1 - (previous[target.length] as number) / Math.max(other.length, target.length),
  )
}

/** `""`, or ` did you mean [x]?` / ` did you mean any of [x, y]?`, as ES appends it. */
export function suggestXContentField(unknown: string, candidates: readonly string[]): string {
  const scored = candidates
    .map((candidate) => ({ candidate, score: similarity(unknown, candidate) }))
    .filter(({ score }) => score > 0.5)
    .sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1))
  const [first] = scored
  if (first === undefined) return ''
  if (scored.length === 1) return ` did you mean [${first.candidate}]?`
  return ` did you mean any of [${scored.map(({ candidate }) => candidate).join(', ')}]?`
}
