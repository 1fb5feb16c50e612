/**
 * Tool-call argument text as streamed fragments: cut every 8 code units (2 to 16 fragments), so
 * cuts land inside keys, values and escapes, as real tokenisers do. Never inside a surrogate pair.
 */
export function splitArguments(text: string): string[] {
  const count = Math.min(16, Math.max(2, Math.ceil(text.length / 8)))
  const fragments: string[] = []
  let start = 0
  for (let fragment = 1; fragment <= count; fragment++) {
    let end = fragment === count ? text.length : Math.floor((fragment * text.length) / count)
    if (isLowSurrogate(text.charCodeAt(end))) end++
    if (end > start) fragments.push(text.slice(start, end))
    start = Math.max(start, end)
  }
  return fragments
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
