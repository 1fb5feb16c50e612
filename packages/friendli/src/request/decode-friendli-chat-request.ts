import type { ChatRequest, WireContext } from '@chatwire/core'
import { productFromContext, resolveFriendliProduct } from '../map/resolve-friendli-product'
import { type FriendliProduct, friendliExtension } from '../schema/friendli-extension'
import { assertFriendliChatRequest } from './assert-friendli-chat-request'
import { copy, decodeFriendliExtension } from './decode-friendli-extension'
import { decodeFriendliMessage } from './decode-friendli-message'
import { decodeFriendliResponseFormat } from './decode-friendli-response-format'
import { decodeFriendliTool, decodeFriendliToolChoice } from './decode-friendli-tool'

export interface DecodeFriendliChatRequestOptions {
  /** The endpoint the body arrived on; else `context.params.product`; else serverless. */
  product?: FriendliProduct
}

/**
 * A Friendli chat request body → canonical. Throws a ChatwireError (`invalid_request`, `param`
 * = wire field path) for anything Friendli's server rejects. The `X-Friendli-Team` header
 * (`context.headers['x-friendli-team']`) becomes `extensions.friendli.team`.
 */
export function decodeFriendliChatRequest(
  body: unknown,
  context?: WireContext,
  options: DecodeFriendliChatRequestOptions = {},
): ChatRequest {
  const product = resolveFriendliProduct(options.product, productFromContext(context))
  const wire = assertFriendliChatRequest(body, product)
  const request: ChatRequest = {
    model: wire.model ?? '',
    messages: wire.messages.map(decodeFriendliMessage),
  }
  if (wire.tools) request.tools = wire.tools.map(decodeFriendliTool)
  if (wire.tool_choice !== undefined)
    request.toolChoice = decodeFriendliToolChoice(wire.tool_choice)
  copy(request, 'parallelToolCalls', wire.parallel_tool_calls)
  if (wire.response_format)
    request.responseFormat = decodeFriendliResponseFormat(wire.response_format)
  copy(request, 'maxTokens', wire.max_tokens)
  copy(request, 'temperature', wire.temperature)
  copy(request, 'topP', wire.top_p)
  copy(request, 'topK', wire.top_k)
  copy(request, 'minP', wire.min_p)
  copy(request, 'frequencyPenalty', wire.frequency_penalty)
  copy(request, 'presencePenalty', wire.presence_penalty)
  copy(request, 'repetitionPenalty', wire.repetition_penalty)
  if (typeof wire.seed === 'number') request.seed = wire.seed
  copy(request, 'logitBias', wire.logit_bias)
  copy(request, 'stop', wire.stop)
  copy(request, 'n', wire.n)
  copy(request, 'logprobs', wire.logprobs)
  copy(request, 'topLogprobs', wire.top_logprobs)
  copy(request, 'reasoningEffort', wire.reasoning_effort)
  copy(request, 'stream', wire.stream)
  const includeUsage = wire.stream_options?.include_usage
  if (wire.stream_options) request.streamOptions = includeUsage == null ? {} : { includeUsage }
  const team = context?.headers?.['x-friendli-team']
  request.extensions = { [friendliExtension.name]: decodeFriendliExtension(wire, product, team) }
  return request
}
