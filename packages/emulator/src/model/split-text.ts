const SURROGATE = /[\ud800-\udfff]/

/**
 * The reply as streamed pieces. Without `chunks`: one piece per word, each carrying the white
 * space before it (`Hello`, ` world`), as real tokenisers do. With `chunks`: exactly that many
 * pieces of near-equal length in code points, the text repeated (joined by a space) when it is
 * shorter than `chunks`, so `[[chunks:200]]` always yields 200 pieces.
 */
export function splitText(text: string, chunks?: number): string[] {
  if (text === '') return []
  if (chunks === undefined) return text.match(/\s*\S+/g) ?? [text]
  // Code units are code points unless there is a surrogate: slice the string, not an array.
  const units: string | string[] = SURROGATE.test(text) ? Array.from(text) : text
  const points = repeatToLength(units, chunks)
  const pieces: string[] = []
  for (let piece = 0; piece < chunks; piece++) {
    const start = Math.floor((piece * points.length) / chunks)
    const end = Math.floor(((piece + 1) * points.length) / chunks)
    pieces.push(
      typeof points === 'string' ? points.slice(start, end) : points.slice(start, end).join(''),
    )
  }
  return pieces
}

function repeatToLength(units: string | string[], length: number): string | string[] {
  if (typeof units === 'string') {
    let repeated = units
    while (repeated.length < length) repeated += ` ${units}`
    return repeated
  }
  const repeated = [...units]
  while (repeated.length < length) repeated.push(' ', ...units)
  return repeated
}
