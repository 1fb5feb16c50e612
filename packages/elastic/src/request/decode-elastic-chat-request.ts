import { assertMaxDepth, type ChatRequest, type WireContext } from '@chatwire/core'
import { ELASTIC_FLOAT_FIELDS, ELASTIC_REQUEST_FIELDS } from '../map/elastic-request-fields'
import type { ElasticChatRequest } from '../schema/elastic-chat-request'
import { elasticExtension } from '../schema/elastic-extension'
import { assertElasticChatRequest } from './assert-elastic-chat-request'
import {
  elasticEnvelopeError,
  elasticParseError,
  elasticUnsupportedError,
} from './assert-elastic-errors'
import { decodeElasticMessage } from './decode-elastic-message'
import { decodeElasticTimeout } from './decode-elastic-timeout'
import { decodeElasticToolChoice, decodeElasticTools } from './decode-elastic-tools'

/** `UnifiedCompletionAction.Request#validate()`: runs after parsing, answered inside the stream. */
function rejectEmptyMessages(): never {
  const type = 'action_request_validation_exception'
  const reason = 'Validation Failed: 1: Field [messages] cannot be an empty array;'
  throw elasticEnvelopeError({ type, reason }, 'messages')
}

const FLOAT_MAX = 3.4028234663852886e38

/** ES reads a Java float: `NaN`, `Infinity` or an overflow parse, but no provider takes them. */
function finiteFloat(value: number, param: string): number {
  if (Number.isFinite(value) && Math.abs(value) <= FLOAT_MAX) return value
  throw elasticUnsupportedError(`[${param}] must be a finite number`, param)
}

function decodeModel(body: ElasticChatRequest, inferenceId: string | undefined): string {
  const model = body.model ?? inferenceId
  if (model !== undefined) return model
  throw elasticParseError('Missing the [inference_id] path parameter', 'inference_id')
}

/**
 * Server side: reads a `_stream` body exactly as Elasticsearch's parser does (SOURCES.md):
 * unknown keys at any level, wrong token types and missing fields are ES's 400s, worded and
 * shaped as ES renders them; strings coerce to numbers and booleans; a single object stands for
 * a list. `context` carries `params.inference_id` and `query.timeout` into `extensions.elastic`.
 */
export function decodeElasticChatRequest(body: unknown, context: WireContext = {}): ChatRequest {
  // First: ES's own parser has a depth limit too, and 5,000 levels overflow our encoders.
  assertMaxDepth(body)
  // ES's order: the REST handler reads `timeout`, then parses the body; the action validates.
  const timeout = decodeElasticTimeout(context.query?.timeout)
  const parsed = assertElasticChatRequest(body)
  if (parsed.messages.length === 0) rejectEmptyMessages()
  const inferenceId = context.params?.inference_id
  const stop = typeof parsed.stop === 'string' ? [parsed.stop] : parsed.stop
  const tools = decodeElasticTools(parsed.tools)
  const request: ChatRequest = {
    model: decodeModel(parsed, inferenceId),
    messages: parsed.messages.map((message, index) =>
      decodeElasticMessage(message, `messages[${index}]`),
    ),
    // ES always streams and always asks its provider for usage (wire-formats.md §3.2).
    stream: true,
    streamOptions: { includeUsage: true },
  }
  if (tools) request.tools = tools
  if (parsed.tool_choice !== undefined) {
    request.toolChoice = decodeElasticToolChoice(parsed.tool_choice)
  }
  for (const [wire, canonical] of ELASTIC_REQUEST_FIELDS) {
    const value = parsed[wire]
    if (value === undefined) continue
    request[canonical] = ELASTIC_FLOAT_FIELDS.has(wire) ? finiteFloat(value, wire) : value
  }
  // ES drops an empty `stop` list before calling the provider.
  if (stop && stop.length > 0) request.stop = stop
  if (inferenceId !== undefined || timeout !== undefined) {
    request.extensions = {
      [elasticExtension.name]: {
        ...(inferenceId === undefined ? {} : { inferenceId }),
        ...(timeout === undefined ? {} : { timeout }),
      },
    }
  }
  return request
}
