import type { EncodedRequest } from '@chatwire/core'
import type { Upstream } from '../config/gateway-config'

/** Where and how to send one encoded request. */
export interface UpstreamTarget {
  url: string
  headers: Record<string, string>
}

/** The HTTP side of one dialect: URL and path conventions, auth header, streaming switch. */
export interface Transport {
  /** False for stream-only dialects (Elastic): a non-streaming client is served by aggregating. */
  readonly answersWithoutStream: boolean
  target(upstream: Upstream, encoded: EncodedRequest, call: TargetOptions): UpstreamTarget
}

export interface TargetOptions {
  stream: boolean
  /** The model after the route's rewrite (Elastic's default inference id). */
  model: string
}

/** `baseURL` without trailing slashes, then `path`. */
export function joinURL(baseURL: string, path: string): string {
  return `${baseURL.replace(/\/+$/, '')}${path}`
}

/** Headers every dialect sends: JSON in, SSE or JSON out, then the config's extra headers. */
export function baseHeaders(upstream: Upstream, stream: boolean): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
    ...lowerCaseKeys(upstream.headers),
  }
}

function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value
  return out
}
