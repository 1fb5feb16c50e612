import type { ChatResponse, Encoded, Loss } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import { ELASTIC_SSE_FRAMING } from '../stream/elastic-sse-framing'
import { encodeElasticChatChunk } from '../stream/encode-elastic-chat-chunk'
import { toElasticChatChunk } from './to-elastic-chat-chunk'

/**
 * Elastic has no non-streaming response (wire-formats.md §3.3). What ES sends when its provider
 * answers in one piece is the whole result as one `message` event, then `[DONE]`: this returns
 * that SSE text (BOM per event), to be sent with `text/event-stream`.
 */
export function encodeElasticChatResponse(response: ChatResponse): Encoded<string> {
  const losses: Loss[] = []
  const chunk = encodeElasticChatChunk(toElasticChatChunk(response, losses))
  const body =
    formatSseEvent({ event: 'message', data: JSON.stringify(chunk) }, ELASTIC_SSE_FRAMING) +
    formatSseEvent({ event: 'message', data: '[DONE]' }, ELASTIC_SSE_FRAMING)
  return { body, losses }
}
