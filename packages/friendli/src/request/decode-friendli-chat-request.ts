import { type ChatRequest, decodeRequestFields, type WireContext } from '@chatwire/core'
import { decodeOpenAICompatibleExtension } from '@chatwire/openai/internal'
import { FRIENDLI_COMPATIBLE_FIELDS, FRIENDLI_REQUEST_FIELDS } from '../map/friendli-request-fields'
import { type FriendliProduct, friendliExtension } from '../schema/friendli-extension'
import { assertFriendliChatRequest } from './assert-friendli-chat-request'
import { decodeFriendliExtension } from './decode-friendli-extension'
import { decodeFriendliMessage } from './decode-friendli-message'
import {
  decodeFriendliResponseFormat,
  decodeFriendliTool,
  decodeFriendliToolChoice,
} from './decode-friendli-tools'
import { productFromContext, resolveFriendliProduct } from './resolve-friendli-product'

export interface DecodeFriendliChatRequestOptions {
  /** The endpoint the body arrived on; else `context.params.product`; else serverless. */
  product?: FriendliProduct | undefined
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
  if (wire.response_format)
    request.responseFormat = decodeFriendliResponseFormat(wire.response_format)
  decodeRequestFields(wire, FRIENDLI_REQUEST_FIELDS, request)
  if (typeof wire.seed === 'number') request.seed = wire.seed
  if (wire.reasoning_effort != null) request.reasoningEffort = wire.reasoning_effort
  if (wire.stream != null) request.stream = wire.stream
  const includeUsage = wire.stream_options?.include_usage
  if (wire.stream_options) request.streamOptions = includeUsage == null ? {} : { includeUsage }
  const team = context?.headers?.['x-friendli-team']
  request.extensions = { [friendliExtension.name]: decodeFriendliExtension(wire, product, team) }
  decodeOpenAICompatibleExtension(wire, FRIENDLI_COMPATIBLE_FIELDS, request)
  return request
}
