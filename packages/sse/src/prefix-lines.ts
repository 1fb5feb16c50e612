/**
 * `prefix` before each line of `text`, every line ended by LF; CR, LF and CRLF all split, as a
 * WHATWG parser will read them.
 */
export function prefixLines(prefix: string, text: string): string {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return `${prefix}${text}\n`
  let out = ''
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    out += `${prefix}${text.slice(start, index)}\n`
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  return `${out}${prefix}${text.slice(start)}\n`
}
