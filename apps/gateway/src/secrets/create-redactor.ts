import type { GatewayConfig } from '../config/gateway-config'
import { basicToken } from './move-url-credentials'

/** Shorter values are not redacted: they would mangle ordinary text (`x-version: 2`). */
const MIN_SECRET_LENGTH = 6
const REDACTED = '[redacted]'

export type Redactor = (text: string) => string

/**
 * Secrets never leave (DESIGN.md): every upstream key, header value configured for an
 * upstream, password in a `baseURL` (and its Basic form) or in the quota store's Redis URL, and gateway key is replaced by
 * `[redacted]` in any text bound for a client error body or a log line.
 */
export function createRedactor(config: GatewayConfig): Redactor {
  const secrets = collectSecrets(config)
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    // Longest first: a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length)
  if (secrets.length === 0) return (text) => text
  return (text) => {
    let result = text
    for (const secret of secrets) {
      if (result.includes(secret)) result = result.replaceAll(secret, REDACTED)
    }
    return result
  }
}

function collectSecrets(config: GatewayConfig): string[] {
  // Gateway keys given in clear (a `sha256` entry has nothing to redact).
  const secrets = new Set<string>(
    (config.auth?.keys ?? []).map((key) => (typeof key === 'string' ? key : (key.key ?? ''))),
  )
  for (const upstream of Object.values(config.upstreams)) {
    if (upstream.apiKey) secrets.add(upstream.apiKey)
    for (const value of Object.values(upstream.headers ?? {})) {
      secrets.add(value)
      // `Bearer sk-…`: the token alone is echoed too.
      const token = /^\S+\s+(\S+)$/.exec(value)?.[1]
      if (token) secrets.add(token)
    }
    addUrlPassword(upstream.baseURL, secrets)
  }
  // The quota store's Redis password (`redis://user:password@host`), e.g. in a connection error.
  const store = config.auth?.store
  if (store?.type === 'redis') addUrlPassword(store.url, secrets)
  return [...secrets]
}

/** A URL's password as written, decoded, as `user:password` and in its Basic form. */
function addUrlPassword(text: string, secrets: Set<string>): void {
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (!url?.password) return
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  secrets.add(password)
  secrets.add(url.password)
  secrets.add(`${user}:${password}`)
  secrets.add(basicToken(user, password))
}
