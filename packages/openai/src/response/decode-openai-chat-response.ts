import {
  type ChatResponse,
  ChatwireError,
  type FinishReason,
  type ResponseChoice,
  type ResponseMessage,
} from '@chatwire/core'
import { decodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { decodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { decodeOpenAIUsage } from '../map/map-openai-usage'
import { decodeOpenAIToolCall } from '../request/decode-openai-message'
import type { OpenAIChatResponse, OpenAIResponseMessage } from '../schema/openai-chat-response'

export interface DecodeResponseOptions {
  vendor?: string
  decodeFinishReason?: (raw: string) => FinishReason
}

export function decodeOpenAIResponseMessage(
  message: OpenAIResponseMessage & { reasoning_content?: string | null },
): ResponseMessage {
  const result: ResponseMessage = { role: 'assistant', content: message.content ?? null }
  if (message.refusal != null) result.refusal = message.refusal
  if (message.reasoning_content != null) result.reasoning = message.reasoning_content
  if (message.tool_calls != null && message.tool_calls.length > 0) {
    result.toolCalls = message.tool_calls.map(decodeOpenAIToolCall)
  }
  if (message.function_call != null) result.functionCall = message.function_call
  if (message.annotations != null && message.annotations.length > 0)
    result.annotations = message.annotations
  return result
}

/** An upstream `chat.completion` body → canonical. Tolerant of extra and null fields. */
export function decodeOpenAIChatResponse(
  body: unknown,
  options: DecodeResponseOptions = {},
): ChatResponse {
  const wire = body as OpenAIChatResponse
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof wire.id !== 'string' ||
    !Array.isArray(wire.choices)
  ) {
    throw new ChatwireError({
      kind: 'upstream',
      message: `${options.vendor ?? 'OpenAI'} returned a body that is not a chat completion`,
      raw: body,
    })
  }
  const decodeFinishReason = options.decodeFinishReason ?? decodeOpenAIFinishReason
  const response: ChatResponse = {
    id: wire.id,
    choices: wire.choices.map((choice) => {
      const decoded: ResponseChoice = {
        index: choice.index,
        message: decodeOpenAIResponseMessage(choice.message ?? { role: 'assistant' }),
      }
      if (choice.finish_reason != null)
        decoded.finishReason = decodeFinishReason(choice.finish_reason)
      if (choice.logprobs != null) decoded.logprobs = decodeOpenAILogprobs(choice.logprobs)
      return decoded
    }),
  }
  if (wire.model != null) response.model = wire.model
  if (wire.created != null) response.created = wire.created
  if (wire.system_fingerprint != null) response.systemFingerprint = wire.system_fingerprint
  if (wire.service_tier != null) response.serviceTier = wire.service_tier
  if (wire.usage != null) response.usage = decodeOpenAIUsage(wire.usage)
  return response
}
