import type { ChatResponse, Encoded, Loss, ResponseChoice, ResponseMessage } from '@chatwire/core'
import {
  encodeFriendliFinishReason,
  isFriendliFinishReason,
} from '../map/map-friendli-finish-reason'
import { encodeFriendliLogprobs } from '../map/map-friendli-logprobs'
import { encodeFriendliUsage } from '../map/map-friendli-usage'
import { encodeFriendliToolCalls } from '../request/encode-friendli-message'
import type {
  FriendliChatResponse,
  FriendliResponseMessage,
} from '../schema/friendli-chat-response'
import { reportFriendliUsageLosses } from './report-friendli-usage-losses'

type FriendliChoice = FriendliChatResponse['choices'][number]

/**
 * Canonical → the `chat.completion` Friendli returns (reference §5.3): no refusal, annotations,
 * fingerprint or service tier; `usage` is required (zeros, reported, when unknown).
 */
export function encodeFriendliChatResponse(response: ChatResponse): Encoded<FriendliChatResponse> {
  const losses: Loss[] = []
  const choices = response.choices.map((choice, index) =>
    encodeChoice(choice, `choices[${index}]`, losses),
  )
  const usage = response.usage
    ? encodeFriendliUsage(response.usage)
    : { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 }
  const created = response.created ?? Math.floor(Date.now() / 1000)
  const object = 'chat.completion'
  // Key order as Friendli sends it (reference §5.3).
  const body: FriendliChatResponse =
    response.model === undefined
      ? { id: response.id, object, choices, usage, created }
      : { id: response.id, model: response.model, object, choices, usage, created }
  if (!response.usage) losses.push(lose('usage', 'hint', 'Friendli requires usage: sent as zeros'))
  reportFriendliUsageLosses(response.usage, losses)
  for (const field of ['systemFingerprint', 'serviceTier'] as const) {
    if (response[field] !== undefined)
      losses.push(lose(field, 'hint', `Friendli has no '${field}'`))
  }
  return { body, losses }
}

function encodeChoice(choice: ResponseChoice, path: string, losses: Loss[]): FriendliChoice {
  const { finishReason } = choice
  if (finishReason && !isFriendliFinishReason(finishReason)) {
    losses.push(
      lose(
        `${path}.finishReason`,
        'hint',
        `Friendli has no finish reason '${finishReason.raw ?? finishReason.unified}': sent as 'stop'`,
      ),
    )
  }
  const wire: FriendliChoice = {
    index: choice.index,
    message: encodeMessage(choice.message, `${path}.message`, losses),
    finish_reason: encodeFriendliFinishReason(finishReason) ?? 'stop',
  }
  if (choice.logprobs !== undefined) wire.logprobs = encodeFriendliLogprobs(choice.logprobs)
  return wire
}

function encodeMessage(
  message: ResponseMessage,
  path: string,
  losses: Loss[],
): FriendliResponseMessage {
  const wire: FriendliResponseMessage = { role: 'assistant', content: message.content }
  if (message.reasoning !== undefined) wire.reasoning_content = message.reasoning
  if (message.toolCalls !== undefined) {
    wire.tool_calls = encodeFriendliToolCalls(message.toolCalls, `${path}.toolCalls`, losses)
  }
  for (const field of ['refusal', 'functionCall', 'annotations'] as const) {
    if (message[field] === undefined) continue
    const kind = field === 'functionCall' ? 'semantic' : 'hint'
    losses.push(lose(`${path}.${field}`, kind, `Friendli responses have no '${field}'`))
  }
  return wire
}

function lose(path: string, kind: Loss['kind'], message: string): Loss {
  return { path, kind, message }
}
