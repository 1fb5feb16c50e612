import type { UpstreamSettings } from './dialect'

/**
 * Headers every dialect sends upstream: JSON in, an event stream or JSON out, then the
 * configuration's extra headers (names lower-cased, so a dialect's own header replaces them).
 */
export function createUpstreamHeaders(
  upstream: Pick<UpstreamSettings, 'headers'>,
  stream: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
  }
  for (const [name, value] of Object.entries(upstream.headers ?? {})) {
    headers[name.toLowerCase()] = value
  }
  return headers
}
