import { compileSchema } from '@chatwire/core'
import { ElasticChatRequest } from '../schema/elastic-chat-request'
import { UnifiedCompletionRequest } from './x-content/elastic-request-specs'
import { parseXContentObject } from './x-content/parse-x-content-object'
import { renderXContentFailure } from './x-content/render-x-content-failure'
import { XContentCursor } from './x-content/x-content-cursor'
import { XContentFailure } from './x-content/x-content-failure'

const strictValidator = compileSchema(ElasticChatRequest)

/**
 * Reads a `_stream` body with Elasticsearch's own parser rules (UnifiedCompletionRequest.PARSER):
 * the normalised request (numbers and booleans coerced from strings, a single object or string
 * read as a one-element list), or the ChatwireError ES's REST layer would answer with.
 */
export function assertElasticChatRequest(body: unknown): ElasticChatRequest {
  // Fast path: a body already in the exact form (closed objects, real numbers, lists) is one
  // ES reads as is; only the rest walks the parser emulation.
  if (strictValidator.check(body)) return body
  try {
    return parseXContentObject(
      UnifiedCompletionRequest,
      new XContentCursor(body),
    ) as unknown as ElasticChatRequest
  } catch (error) {
    if (error instanceof XContentFailure) throw renderXContentFailure(error)
    throw error
  }
}
