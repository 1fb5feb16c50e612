import type { ChatResponse, Encoded, Loss, ResponseChoice } from '@chatwire/core'
import { encodeOctoAIFinishReason } from '../map/map-octoai-finish-reason'
import { encodeOctoAILogprobs } from '../map/map-octoai-logprobs'
import { encodeOctoAIUsage } from '../map/map-octoai-usage'
import { encodeOctoAIToolCalls } from '../request/encode-octoai-message'
import type { OctoAIChatMessage } from '../schema/octoai-chat-message'
import type { OctoAIChatResponse, OctoAIChatResponseChoice } from '../schema/octoai-chat-response'
import { reportOctoAIUsageLosses } from './report-octoai-usage-losses'

/**
 * Canonical → the completion OctoAI returns (`usage` is required there: zeros when unknown),
 * with the `"function_call": null` its messages carry.
 */
export function encodeOctoAIChatResponse(response: ChatResponse): Encoded<OctoAIChatResponse> {
  const losses: Loss[] = []
  for (const field of ['systemFingerprint', 'serviceTier'] as const) {
    if (response[field] === undefined) continue
    losses.push({ path: field, kind: 'hint', message: `OctoAI responses have no ${field}` })
  }
  reportOctoAIUsageLosses(response.usage, losses)
  if (response.usage === undefined) {
    losses.push({
      path: 'usage',
      kind: 'hint',
      message: 'Usage unknown: OctoAI requires it, sent as zeros',
    })
  }
  const body: OctoAIChatResponse = {
    id: response.id,
    object: 'chat.completion',
    created: response.created ?? Math.floor(Date.now() / 1000),
    model: response.model ?? '',
    choices: response.choices.map((choice, index) =>
      encodeChoice(choice, `choices[${index}]`, losses),
    ),
    usage: encodeOctoAIUsage(
      response.usage ?? { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    ),
  }
  return { body, losses }
}

function encodeChoice(
  choice: ResponseChoice,
  path: string,
  losses: Loss[],
): OctoAIChatResponseChoice {
  const { message } = choice
  const wire: OctoAIChatMessage = { role: 'assistant', content: message.content }
  const toolCalls = encodeOctoAIToolCalls(message.toolCalls, `${path}.message.toolCalls`, losses)
  if (toolCalls.length > 0) wire.tool_calls = toolCalls
  // Every response OctoAI's docs show carries it (rest-api.mdx, python-sdk.mdx; SOURCES.md).
  wire.function_call = null
  for (const field of ['refusal', 'reasoning', 'functionCall', 'annotations'] as const) {
    if (message[field] === undefined) continue
    const kind = field === 'refusal' || field === 'functionCall' ? 'semantic' : 'hint'
    losses.push({
      path: `${path}.message.${field}`,
      kind,
      message: `OctoAI messages have no ${field}`,
    })
  }
  const encoded: OctoAIChatResponseChoice = {
    index: choice.index,
    message: wire,
    finish_reason: choice.finishReason ? encodeOctoAIFinishReason(choice.finishReason) : null,
  }
  if (choice.logprobs) encoded.logprobs = encodeOctoAILogprobs(choice.logprobs)
  return encoded
}
