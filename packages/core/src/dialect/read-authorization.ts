/** `Authorization: <scheme> <credentials>` split; the scheme lower-cased. Undefined when absent. */
export function readAuthorization(
  headers: Readonly<Record<string, string>>,
): { scheme: string; credentials: string } | undefined {
  const value = headers.authorization?.trim()
  if (!value) return undefined
  const space = value.indexOf(' ')
  if (space === -1) return { scheme: value.toLowerCase(), credentials: '' }
  return { scheme: value.slice(0, space).toLowerCase(), credentials: value.slice(space + 1).trim() }
}

/** Vendors echo a rejected key masked: first 3 and last 4 characters. */
export function maskKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length)
  return `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}`
}
