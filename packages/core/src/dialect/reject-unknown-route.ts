import type { EncodedError } from '../codec/codec'

/**
 * FastAPI's own answer to a call no route takes, for emulators of FastAPI servers: 404
 * `{"detail":"Not Found"}` for an unknown path, 405 `Method Not Allowed` (with `Allow: POST`) for
 * a known path called with another method.
 */
export function rejectUnknownRoute(method: string, knownPath: boolean): { error: EncodedError } {
  const [status, detail] = knownPath ? [405, 'Method Not Allowed'] : [404, 'Not Found']
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (knownPath && method !== 'POST') headers.allow = 'POST'
  return { error: { status, headers, body: JSON.stringify({ detail }) } }
}
