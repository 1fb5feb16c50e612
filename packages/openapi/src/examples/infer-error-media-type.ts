import type { ErrorFixture } from './dialect-examples'

/**
 * The media type of an error answer: its `Content-Type`, else what the body looks like (fixtures
 * may omit headers; a proxy's 502 page is HTML, a rate limiter's note plain text).
 */
export function inferErrorMediaType(fixture: ErrorFixture): string {
  const header = Object.entries(fixture.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )
  if (header) return header[1].split(';')[0]!.trim().toLowerCase()
  if (isJson(fixture.body)) return 'application/json'
  return /^\s*</.test(fixture.body) ? 'text/html' : 'text/plain'
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
