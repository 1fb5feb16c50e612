import { ChatwireError, excerpt } from '@chatwire/core'
import type { Cors } from '../config/gateway-config'

/** What the policy decided for one request. */
export type BrowserVerdict =
  | { type: 'refuse'; error: ChatwireError }
  /** A CORS preflight from an allowed origin: answer 204 with these headers. */
  | { type: 'preflight'; headers: Record<string, string> }
  /** Serve it; add these headers (CORS for an allowed cross origin) to the answer. */
  | { type: 'serve'; headers: Record<string, string> | undefined }

export interface BrowserPolicyOptions {
  /** The address the server is bound to: on loopback, foreign `Host`s are refused. */
  bindHost: string
  allowedHosts?: readonly string[]
  cors?: Cors
  /** Headers the dialects' SDKs send besides the common ones (`Dialect.clientHeaders`). */
  clientHeaders?: readonly string[]
}

const EXPOSED = 'x-request-id, chatwire-upstream, chatwire-dropped, retry-after'
const METHODS = 'GET, POST, OPTIONS'
const COMMON_HEADERS = ['authorization', 'content-type', 'accept', 'x-request-id']
/** What the Stainless-generated SDKs send with every request. */
const STAINLESS_HEADERS = [
  'x-stainless-arch',
  'x-stainless-lang',
  'x-stainless-os',
  'x-stainless-package-version',
  'x-stainless-retry-count',
  'x-stainless-runtime',
  'x-stainless-runtime-version',
  'x-stainless-timeout',
]

/**
 * Browser pages are hostile by default (DESIGN.md): a request with a foreign `Origin` gets 403
 * (CSRF: a `text/plain` POST needs no preflight), and on a loopback-bound server a `Host` that
 * is not a loopback name gets 403 (DNS rebinding). Same-origin pages (the docs page) and
 * `server.cors.origins` are allowed; requests without `Origin` (SDKs, curl) are not browsers'.
 */
export function createBrowserPolicy(options: BrowserPolicyOptions) {
  const checkHost = isLoopback(options.bindHost) || (options.allowedHosts?.length ?? 0) > 0
  const allowedHosts = new Set((options.allowedHosts ?? []).map((host) => host.toLowerCase()))
  const origins = new Set(options.cors?.origins ?? [])
  const anyOrigin = origins.has('*')
  const maxAge = String(options.cors?.maxAgeSeconds ?? 600)
  const allowHeaders = options.cors?.allowHeaders?.join(', ')
  const sdkHeaders = [
    ...new Set([...COMMON_HEADERS, ...(options.clientHeaders ?? []), ...STAINLESS_HEADERS]),
  ].join(', ')

  return function judge(
    method: string,
    host: string | undefined,
    origin: string | undefined,
    requestedHeaders: string | undefined,
  ): BrowserVerdict {
    const hostName = host === undefined ? undefined : hostNameOf(host)
    if (
      checkHost &&
      (hostName === undefined || !(isLoopback(hostName) || allowedHosts.has(hostName)))
    ) {
      return refuse(
        `Host '${excerpt(host ?? '', 100)}' is not allowed: add it to server.allowedHosts.`,
      )
    }
    if (origin === undefined) return { type: 'serve', headers: undefined }
    const sameOrigin =
      host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)
    const listed = anyOrigin || origins.has(origin)
    if (!listed) {
      if (sameOrigin) return { type: 'serve', headers: undefined }
      return refuse(
        `Origin '${excerpt(origin, 100)}' is not allowed: add it to server.cors.origins.`,
      )
    }
    const cors: Record<string, string> = {
      'access-control-allow-origin': anyOrigin ? '*' : origin,
      'access-control-expose-headers': EXPOSED,
      vary: 'Origin',
    }
    if (method !== 'OPTIONS') return { type: 'serve', headers: cors }
    cors['access-control-allow-methods'] = METHODS
    cors['access-control-allow-headers'] = allowHeaders ?? requestedHeaders ?? sdkHeaders
    cors['access-control-max-age'] = maxAge
    return { type: 'preflight', headers: cors }
  }
}

export type BrowserPolicy = ReturnType<typeof createBrowserPolicy>

function refuse(message: string): BrowserVerdict {
  return {
    type: 'refuse',
    error: new ChatwireError({ kind: 'permission', code: 'forbidden_origin', message }),
  }
}

/** `example.com:8787` → `example.com`; `[::1]:8787` → `::1`. */
function hostNameOf(host: string): string {
  const lower = host.toLowerCase()
  if (lower.startsWith('[')) return lower.slice(1, lower.indexOf(']'))
  const colon = lower.indexOf(':')
  return colon === -1 ? lower : lower.slice(0, colon)
}

function isLoopback(name: string): boolean {
  const host = name.startsWith('[') ? name.slice(1, -1) : name.toLowerCase()
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  )
}
