import { createUpstreamHeaders, joinURL, type UpstreamBinding } from '@chatwire/core'

/** Acme's own auth header: no other dialect sends it, so a test sees the binding was used. */
export const ACME_KEY_HEADER = 'x-acme-key'

/** `POST {baseURL}/chat/completions`, the key in `X-Acme-Key`, the body's `stream` flag. */
export const acmeUpstream: UpstreamBinding = {
  answersWithoutStream: true,
  target(upstream, _encoded, { stream }) {
    const headers = createUpstreamHeaders(upstream, stream)
    if (upstream.apiKey) headers[ACME_KEY_HEADER] = upstream.apiKey
    return { url: joinURL(upstream.baseURL, '/chat/completions'), headers }
  },
}
