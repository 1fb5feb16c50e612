import {
  type ChatResponse,
  ChatwireError,
  type ResponseChoice,
  type ResponseMessage,
} from '@chatwire/core'
import { decodeOctoAIToolCall } from '../map/decode-octoai-chat-message'
import { decodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { decodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { decodeOctoAIUsage } from '../map/map-octoai-usage'
import type { OctoAIChatMessage } from '../schema/octoai-chat-message'
import type { OctoAIChatResponse, OctoAIChatResponseChoice } from '../schema/octoai-chat-response'

/**
 * An upstream OctoAI completion → canonical. Tolerant: real bodies carry `"delta": null`,
 * `"function_call": null` and `"system_fingerprint": null`, which mean nothing and are dropped.
 */
export function decodeOctoAIChatResponse(body: unknown): ChatResponse {
  const wire = body as OctoAIChatResponse
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof wire.id !== 'string' ||
    !Array.isArray(wire.choices)
  ) {
    throw new ChatwireError({
      kind: 'upstream',
      message: "OctoAI returned a body that is not a chat completion (no 'id' or 'choices')",
      raw: body,
    })
  }
  const response: ChatResponse = { id: wire.id, choices: wire.choices.map(decodeChoice) }
  if (wire.model != null) response.model = wire.model
  if (wire.created != null) response.created = wire.created
  if (wire.usage != null) response.usage = decodeOctoAIUsage(wire.usage)
  return response
}

function decodeChoice(choice: OctoAIChatResponseChoice): ResponseChoice {
  const decoded: ResponseChoice = {
    index: choice.index,
    message: decodeResponseMessage(choice.message ?? { role: 'assistant' }),
  }
  if (choice.finish_reason != null)
    decoded.finishReason = decodeOctoAIFinishReason(choice.finish_reason)
  if (choice.logprobs != null) decoded.logprobs = decodeOctoAILogprobs(choice.logprobs)
  return decoded
}

/** OctoAI's one message shape may hold parts; a response message is text, so they are joined. */
function decodeResponseMessage(message: OctoAIChatMessage): ResponseMessage {
  const content = message.content
  const decoded: ResponseMessage = {
    role: 'assistant',
    content:
      content == null || typeof content === 'string'
        ? (content ?? null)
        : content.map((part) => ('text' in part ? part.text : '')).join(''),
  }
  if (message.tool_calls != null && message.tool_calls.length > 0) {
    decoded.toolCalls = message.tool_calls.map(decodeOctoAIToolCall)
  }
  return decoded
}
