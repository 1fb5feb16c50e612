/** How much of a client- or upstream-supplied value an error message may quote (UTF-16 units). */
export const EXCERPT_LENGTH = 200

/**
 * How much of an upstream's own error message `decodeError` keeps: vendors write long, useful
 * messages, but a broken or hostile upstream can send hundreds of megabytes.
 */
export const UPSTREAM_MESSAGE_LENGTH = 1000

/** Where to cut `text` to at most `max` units without splitting a surrogate pair. */
function cutIndex(text: string, max: number): number {
  const last = text.charCodeAt(max - 1)
  return max > 0 && last >= 0xd800 && last <= 0xdbff ? max - 1 : max
}

/**
 * `text` itself when it is at most `max` UTF-16 units long, else its first `max` units (never
 * half a surrogate pair) followed by `…[N more]`, so a reader knows it was cut and by how much.
 */
export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  if (text.length <= max) return text
  const cut = cutIndex(text, max)
  return `${text.slice(0, cut)}…[${text.length - cut} more]`
}

/**
 * A JSON value as a message quotes it (`"hot"`, `7`, `[1,2]`), cut like {@link excerpt}. A long
 * string is cut before it is serialised, so quoting a 30 MB value costs no 30 MB copy; a value
 * that cannot be serialised (too deep, cyclic) is named by its type.
 */
export function excerptJson(value: unknown, max: number = EXCERPT_LENGTH): string {
  if (typeof value === 'string' && value.length > max) {
    const cut = cutIndex(value, max)
    return `${JSON.stringify(value.slice(0, cut))}…[${value.length - cut} more]`
  }
  try {
    return excerpt(String(JSON.stringify(value)), max)
  } catch {
    return Array.isArray(value) ? 'an array' : `a ${typeof value}`
  }
}
