import { assertMaxDepth, type ChatRequest, compileSchema, type WireContext } from '@chatwire/core'
import { ElasticChatRequest } from '../schema/elastic-chat-request'
import { decodeElasticChatMessage } from './decode-elastic-chat-message'
import { decodeElasticTimeout } from './decode-elastic-timeout'
import { decodeElasticToolChoice } from './decode-elastic-tool-choice'
import { decodeElasticTools } from './decode-elastic-tools'
import { elasticParseError } from './elastic-request-error'
import { findElasticRequestProblem } from './find-elastic-request-problem'

const elasticChatRequestValidator = compileSchema(ElasticChatRequest)

function rejectBody(body: unknown): never {
  const problem = findElasticRequestProblem(ElasticChatRequest, body)
  if (problem) throw elasticParseError(problem.message, problem.param || undefined)
  const fallback = elasticChatRequestValidator.firstProblem(body)
  throw elasticParseError(`[UnifiedCompletionRequest] ${fallback?.message}`, fallback?.path)
}

function decodeModel(body: ElasticChatRequest, inferenceId: string | undefined): string {
  const model = body.model ?? inferenceId
  if (model !== undefined) return model
  throw elasticParseError('Missing the [inference_id] path parameter', 'inference_id')
}

/**
 * Server side: validates a `_stream` body exactly as Elasticsearch 8.18 would (unknown keys at
 * any level, `null` content, `max_tokens`, `n` … are 400s) and maps it to canonical. `context`
 * carries `params.inference_id` and `query.timeout` into `extensions.elastic`.
 */
export function decodeElasticChatRequest(body: unknown, context: WireContext = {}): ChatRequest {
  // First: ES's own parser has a depth limit too, and 5,000 levels overflow our encoders.
  assertMaxDepth(body)
  if (!elasticChatRequestValidator.check(body)) rejectBody(body)
  const inferenceId = context.params?.inference_id
  const timeout = decodeElasticTimeout(context.query?.timeout)
  const stop = typeof body.stop === 'string' ? [body.stop] : body.stop
  const tools = decodeElasticTools(body.tools)
  const request: ChatRequest = {
    model: decodeModel(body, inferenceId),
    messages: body.messages.map((message, index) =>
      decodeElasticChatMessage(message, `messages[${index}]`),
    ),
    // ES always streams and always asks its provider for usage (wire-formats.md §3.2).
    stream: true,
    streamOptions: { includeUsage: true },
  }
  if (tools) request.tools = tools
  if (body.tool_choice !== undefined) request.toolChoice = decodeElasticToolChoice(body.tool_choice)
  if (body.max_completion_tokens !== undefined) request.maxTokens = body.max_completion_tokens
  if (body.temperature !== undefined) request.temperature = body.temperature
  if (body.top_p !== undefined) request.topP = body.top_p
  // ES drops an empty `stop` list before calling the provider.
  if (stop && stop.length > 0) request.stop = stop
  if (inferenceId !== undefined || timeout !== undefined) {
    request.extensions = {
      elastic: {
        ...(inferenceId === undefined ? {} : { inferenceId }),
        ...(timeout === undefined ? {} : { timeout }),
      },
    }
  }
  return request
}
