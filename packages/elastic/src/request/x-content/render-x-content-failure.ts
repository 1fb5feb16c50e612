import type { ChatwireError } from '@chatwire/core'
import { elasticEnvelopeError } from '../assert-elastic-errors'
import type { XContentFailure } from './x-content-failure'

type RenderedCause = { type: string; reason: string; caused_by?: RenderedCause }

const render = (failure: XContentFailure): RenderedCause => ({
  type: failure.type,
  reason: failure.reason,
  ...(failure.causedBy ? { caused_by: render(failure.causedBy) } : {}),
})

const innermost = (failure: XContentFailure): XContentFailure =>
  failure.causedBy ? innermost(failure.causedBy) : failure

/**
 * A parse failure → the error ES's REST layer answers with (`RestController`, before the
 * inference action runs): 400, JSON, `root_cause` = the outer exception (an
 * `XContentParseException` is no `ElasticsearchException`, so ES names it its own root cause),
 * the chain as `caused_by`. `param` is the path where the innermost failure happened.
 */
export function renderXContentFailure(failure: XContentFailure): ChatwireError {
  return elasticEnvelopeError(render(failure), innermost(failure).param)
}
