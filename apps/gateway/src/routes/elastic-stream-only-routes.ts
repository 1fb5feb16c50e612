import { ChatwireError } from '@chatwire/core'
import { Hono } from 'hono'
import { answerToResponse } from '../http/answer-to-response'
import type { InboundDialects } from '../inbound/create-inbound-dialects'
import { errorAnswer } from '../pipeline/error-answer'

/** Elasticsearch refuses a non-streaming unified call with this 400 (reference/wire-formats.md §3.1). */
export function elasticStreamOnlyRoutes(inbound: InboundDialects): Hono {
  const app = new Hono()
  app.post('/_inference/chat_completion/:inference_id', () =>
    answerToResponse(
      errorAnswer(
        inbound.elastic,
        new ChatwireError({
          kind: 'invalid_request',
          message:
            'The [chat_completion] task type only supports streaming, please try again with the _stream API',
          type: 'status_exception',
        }),
      ),
    ),
  )
  return app
}
