// The text the fake upstream streams: chunk i carries WORDS[i % 10]. Shared with the checker.
export const WORDS = [
  ' The',
  ' quick',
  ' brown',
  ' fox',
  ' jumps',
  ' over',
  ' the',
  ' lazy',
  ' dog',
  '.',
]

/** Content of chunk `i` (0-based). */
export function chunkText(i) {
  return WORDS[i % WORDS.length]
}

/** The whole answer of an n-chunk completion. */
export function answerText(n) {
  let text = ''
  for (let i = 0; i < n; i++) text += chunkText(i)
  return text
}
