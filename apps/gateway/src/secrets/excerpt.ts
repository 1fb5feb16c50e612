/**
 * At most `max` characters of a client- or upstream-supplied value, for error bodies and logs:
 * a 30 MB value must not come back whole.
 */
export function excerpt(text: string, max = 200): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}… (${text.length - max} more characters)`
}
