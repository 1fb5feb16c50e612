import type { ChatResponse, ResponseChoice } from '@chatwire/core'
import type { ReplyPlan } from './plan-reply'
import { toolCallId } from './plan-tool-calls'

/** The non-streamed answer of a plan: the same text, tool calls, finish reason and usage. */
export function buildChatResponse(plan: ReplyPlan): ChatResponse {
  const choices: ResponseChoice[] = []
  for (let index = 0; index < plan.choices; index++) choices.push(buildChoice(plan, index))
  return { id: plan.id, model: plan.model, created: plan.created, choices, usage: plan.usage }
}

function buildChoice(plan: ReplyPlan, index: number): ResponseChoice {
  const text = plan.pieces.join('')
  const calls = plan.toolCalls
  const choice: ResponseChoice = {
    index,
    message: { role: 'assistant', content: text === '' && calls.length > 0 ? null : text },
    finishReason: plan.finishReason,
  }
  if (calls.length > 0) {
    choice.message.toolCalls = calls.map((call) => ({
      id: toolCallId(call, index),
      type: 'function' as const,
      name: call.name,
      arguments: call.arguments,
    }))
  }
  if (plan.logprobs) choice.logprobs = { content: plan.logprobs }
  return choice
}
