import { baseHeaders, joinURL, type Transport } from './upstream-target'

/** OpenAI: `POST {baseURL}/chat/completions`, `Authorization: Bearer`, body `stream` flag. */
export const openaiTransport: Transport = {
  answersWithoutStream: true,
  target(upstream, _encoded, { stream }) {
    const headers = baseHeaders(upstream, stream)
    if (upstream.apiKey) headers.authorization = `Bearer ${upstream.apiKey}`
    return { url: joinURL(upstream.baseURL, '/chat/completions'), headers }
  },
}
