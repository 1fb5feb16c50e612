/** `JSON.parse`, with `undefined` for text that is not JSON (vendor bodies often are not). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
