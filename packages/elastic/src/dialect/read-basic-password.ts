/**
 * The password of `Authorization: Basic <base64(user:password)>` (UTF-8), without `Buffer` so it
 * runs anywhere. Undefined, as Elasticsearch refuses it, when the credentials are not base64 or
 * hold no `:` (SOURCES.md: `UsernamePasswordToken.extractToken`).
 */
export function readBasicPassword(credentials: string): string | undefined {
  let binary: string
  try {
    binary = atob(credentials)
  } catch {
    return undefined
  }
  const decoded = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
  const colon = decoded.indexOf(':')
  return colon === -1 ? undefined : decoded.slice(colon + 1)
}
