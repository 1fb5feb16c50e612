import type { ChatResponse, Encoded, FinishReason, Loss, ResponseMessage } from '@chatwire/core'
import { encodeOpenAIFinishReason } from '../map/map-openai-finish-reason'
import { encodeOpenAILogprobs } from '../map/map-openai-logprobs'
import { encodeOpenAIUsage } from '../map/map-openai-usage'
import { encodeOpenAIToolCall } from '../request/encode-openai-message'
import type { OpenAIChatResponse, OpenAIResponseMessage } from '../schema/openai-chat-response'

export interface EncodeResponseOptions {
  encodeFinishReason?: (reason: FinishReason) => string
  /** Wire name for reasoning text, when the dialect has one (e.g. `reasoning_content`). */
  reasoningField?: string
}

function encodeOpenAIResponseMessage(
  message: ResponseMessage,
  path: string,
  losses: Loss[],
  options: EncodeResponseOptions = {},
): OpenAIResponseMessage {
  const wire: OpenAIResponseMessage & Record<string, unknown> = {
    role: 'assistant',
    content: message.content,
    refusal: message.refusal ?? null,
  }
  if (message.toolCalls !== undefined) wire.tool_calls = message.toolCalls.map(encodeOpenAIToolCall)
  if (message.functionCall !== undefined) wire.function_call = message.functionCall
  wire.annotations = message.annotations ?? []
  if (message.reasoning !== undefined) {
    if (options.reasoningField) wire[options.reasoningField] = message.reasoning
    else
      losses.push({
        path: `${path}.reasoning`,
        kind: 'hint',
        message: 'OpenAI responses carry no reasoning text',
      })
  }
  return wire
}

/** Canonical → the exact `chat.completion` object OpenAI returns. */
export function encodeOpenAIChatResponse(
  response: ChatResponse,
  options: EncodeResponseOptions = {},
): Encoded<OpenAIChatResponse> {
  const losses: Loss[] = []
  const encodeFinishReason = options.encodeFinishReason ?? encodeOpenAIFinishReason
  const body: OpenAIChatResponse = {
    id: response.id,
    object: 'chat.completion',
    created: response.created ?? Math.floor(Date.now() / 1000),
    model: response.model ?? '',
    choices: response.choices.map((choice, index) => ({
      index: choice.index,
      message: encodeOpenAIResponseMessage(
        choice.message,
        `choices[${index}].message`,
        losses,
        options,
      ),
      logprobs: choice.logprobs ? encodeOpenAILogprobs(choice.logprobs) : null,
      finish_reason: choice.finishReason ? encodeFinishReason(choice.finishReason) : null,
    })),
  }
  // OpenAI's key order (openai/openai-openapi, `CreateChatCompletionResponse` example).
  if (response.usage !== undefined) body.usage = encodeOpenAIUsage(response.usage)
  if (response.serviceTier !== undefined) body.service_tier = response.serviceTier
  if (response.systemFingerprint !== undefined) body.system_fingerprint = response.systemFingerprint
  return { body, losses }
}
