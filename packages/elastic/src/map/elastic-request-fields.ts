import type { ChatRequest } from '@chatwire/core'
import type { ElasticChatRequest } from '../schema/elastic-chat-request'

/**
 * Wire fields that map one-to-one onto a canonical scalar: [wire, canonical]. The decoder and
 * the encoder both iterate this one table.
 */
export const ELASTIC_REQUEST_FIELDS = [
  ['max_completion_tokens', 'maxTokens'],
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
] as const satisfies readonly (readonly [keyof ElasticChatRequest, keyof ChatRequest])[]

/** The fields of the table Elasticsearch reads as a Java `float` (the rest are `long`). */
export const ELASTIC_FLOAT_FIELDS: ReadonlySet<string> = new Set(['temperature', 'top_p'])
