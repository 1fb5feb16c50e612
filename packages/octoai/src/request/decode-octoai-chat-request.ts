import { type ChatRequest, decodeRequestFields } from '@chatwire/core'
import { decodeOpenAICompatibleExtension } from '@chatwire/openai/internal'
import { OCTOAI_COMPATIBLE_FIELDS, OCTOAI_REQUEST_FIELDS } from '../map/octoai-request-fields'
import { assertOctoAIChatRequest } from './assert-octoai-chat-request'
import { decodeOctoAIMessage } from './decode-octoai-message'
import {
  decodeOctoAIResponseFormat,
  decodeOctoAITool,
  decodeOctoAIToolChoice,
} from './decode-octoai-tools'

/**
 * Checks a body as OctoAI's server did (422 with the field path and a pydantic-style message)
 * and decodes it. Defaults are not filled in: an absent `max_tokens` stays absent (OctoAI then
 * stops at 512). Unknown fields are ignored, as by OctoAI.
 */
export function decodeOctoAIChatRequest(body: unknown): ChatRequest {
  const wire = assertOctoAIChatRequest(body)
  const request: ChatRequest = {
    model: wire.model,
    messages: wire.messages.map((message, index) =>
      decodeOctoAIMessage(message, `messages[${index}]`),
    ),
  }
  decodeRequestFields(wire, OCTOAI_REQUEST_FIELDS, request)
  if (wire.stream != null) request.stream = wire.stream
  if (wire.stop != null) request.stop = typeof wire.stop === 'string' ? [wire.stop] : wire.stop
  if (wire.logit_bias != null) request.logitBias = decodeLogitBias(wire.logit_bias)
  if (wire.response_format != null) {
    request.responseFormat = decodeOctoAIResponseFormat(wire.response_format)
  }
  // An empty list offers no tools: the same as none, and what the encoder writes for none.
  if (wire.tools?.length) request.tools = wire.tools.map(decodeOctoAITool)
  if (wire.tool_choice != null) request.toolChoice = decodeOctoAIToolChoice(wire.tool_choice)
  const includeUsage = wire.stream_options?.include_usage
  if (wire.stream_options != null) {
    request.streamOptions = includeUsage === undefined ? {} : { includeUsage }
  }
  // `peft: null` (the base model) is kept: it says something `peft` left out does not.
  decodeOpenAICompatibleExtension(wire, OCTOAI_COMPATIBLE_FIELDS, request, true)
  return request
}

/**
 * A `null` bias is no bias: the token is left out. Keys are the client's: defined as own
 * properties, so a `__proto__` key is kept as a key instead of setting the prototype.
 */
function decodeLogitBias(bias: Record<string, number | null>): Record<string, number> {
  const decoded: Record<string, number> = {}
  for (const [token, value] of Object.entries(bias)) {
    if (value === null) continue
    Object.defineProperty(decoded, token, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return decoded
}
