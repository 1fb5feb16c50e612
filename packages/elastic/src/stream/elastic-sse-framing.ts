import type { SseFraming } from '@chatwire/core'

/** Elasticsearch writes a UTF-8 BOM before every `event:` line (wire-formats.md §2 item 3). */
export const ELASTIC_SSE_FRAMING: SseFraming = { bomPerEvent: true }

/** Headers Elasticsearch sends on every response; `@elastic/elasticsearch` checks the product. */
export const ELASTIC_RESPONSE_HEADERS = { 'x-elastic-product': 'Elasticsearch' } as const

export const ELASTIC_STREAM_HEADERS = {
  'content-type': 'text/event-stream',
  ...ELASTIC_RESPONSE_HEADERS,
} as const
