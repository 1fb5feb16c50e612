import {
  createUpstreamHeaders,
  joinURL,
  Type,
  type UpstreamBinding,
  type UpstreamSettings,
} from '@chatwire/core'

/** The upstream options only Elastic reads (the gateway's config keys, unchanged). */
const ELASTIC_UPSTREAM_OPTIONS = {
  inferenceId: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'Elastic only: the inference endpoint id; default: the (rewritten) model.',
    }),
  ),
}

/** The route options only Elastic inbound reads. */
const ELASTIC_ROUTE_OPTIONS = {
  elasticChunks: Type.Optional(
    Type.Union([Type.Literal('bare'), Type.Literal('wrapped')], {
      description:
        'Elastic inbound: `bare` chunks as Elasticsearch sends them (default), or the ' +
        'documented `{"chat_completion": …}` wrapper.',
    }),
  ),
}

/** Elasticsearch time units: whole seconds as `s`, anything else as `ms`. */
function toDuration(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}

type ElasticUpstreamSettings = UpstreamSettings & { inferenceId?: string }

/**
 * Stream-only path `/_inference/chat_completion/{id}/_stream`, no body `stream` flag,
 * `Authorization: ApiKey …`, `timeout` as a query duration (reference/wire-formats.md §3.1).
 */
export const elasticUpstream: UpstreamBinding = {
  options: ELASTIC_UPSTREAM_OPTIONS,
  routeOptions: ELASTIC_ROUTE_OPTIONS,
  answersWithoutStream: false,
  target(settings, encoded, { model }) {
    const upstream = settings as ElasticUpstreamSettings
    const inferenceId = upstream.inferenceId ?? encoded.context.params?.inference_id ?? model
    const path = `/_inference/chat_completion/${encodeURIComponent(inferenceId)}/_stream`
    const timeout = encoded.context.query?.timeout ?? toDuration(upstream.timeoutMs)
    const query = timeout ? `?timeout=${encodeURIComponent(timeout)}` : ''
    const headers = createUpstreamHeaders(upstream, true)
    if (upstream.apiKey) headers.authorization = `ApiKey ${upstream.apiKey}`
    return { url: joinURL(upstream.baseURL, path + query), headers }
  },
}
