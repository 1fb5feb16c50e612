import { baseHeaders, joinURL, type Transport } from './upstream-target'

/**
 * Elastic: stream-only path `/_inference/chat_completion/{id}/_stream`, no body `stream` flag,
 * `Authorization: ApiKey …`, `timeout` as a query duration (reference/wire-formats.md §3.1).
 */
export const elasticTransport: Transport = {
  answersWithoutStream: false,
  target(upstream, encoded, { model }) {
    const inferenceId = upstream.inferenceId ?? encoded.context.params?.inference_id ?? model
    const path = `/_inference/chat_completion/${encodeURIComponent(inferenceId)}/_stream`
    const timeout = encoded.context.query?.timeout ?? toDuration(upstream.timeoutMs)
    const query = timeout ? `?timeout=${encodeURIComponent(timeout)}` : ''
    const headers = baseHeaders(upstream, true)
    if (upstream.apiKey) headers.authorization = `ApiKey ${upstream.apiKey}`
    return { url: joinURL(upstream.baseURL, path + query), headers }
  },
}

/** Elasticsearch time units: whole seconds as `s`, anything else as `ms`. */
function toDuration(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}
