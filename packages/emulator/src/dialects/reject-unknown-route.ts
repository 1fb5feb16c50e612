import type { EncodedError } from '@chatwire/core'

/** FastAPI's own answer to a path it has no route for, as OctoAI and Friendli servers give it. */
export function rejectUnknownRoute(method: string, knownPath: boolean): { error: EncodedError } {
  const [status, detail] = knownPath ? [405, 'Method Not Allowed'] : [404, 'Not Found']
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (knownPath && method !== 'POST') headers.allow = 'POST'
  return { error: { status, headers, body: JSON.stringify({ detail }) } }
}
