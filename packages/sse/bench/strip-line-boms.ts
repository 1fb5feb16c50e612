/**
 * The pre-pass a wrapper around eventsource-parser would need: it strips a U+FEFF only at the
 * start of the stream, so Elastic's BOM before every later event hides the `event:` field.
 * Removes a U+FEFF at the start of every line, across chunk boundaries.
 */
export function createLineBomStripper(): (text: string) => string {
  let atLineStart = true
  return (text) => {
    if (text.length === 0) return text
    let out = ''
    let from = 0
    for (let at = text.indexOf('\uFEFF'); at !== -1; at = text.indexOf('\uFEFF', at + 1)) {
      const before = at === 0 ? (atLineStart ? 10 : 0) : text.charCodeAt(at - 1)
      if (before !== 10 && before !== 13) continue
      out += text.slice(from, at)
      from = at + 1
    }
    const last = text.charCodeAt(text.length - 1)
    atLineStart = last === 10 || last === 13
    return from === 0 ? text : out + text.slice(from)
  }
}
