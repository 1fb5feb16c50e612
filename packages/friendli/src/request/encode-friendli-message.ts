import {
  type AssistantMessage,
  type ChatMessage,
  encodeFunctionToolCalls,
  type Loss,
  type ToolCall,
} from '@chatwire/core'
import { encodeOpenAIFunctionCall } from '@chatwire/openai/internal'
import type {
  FriendliAssistantMessage,
  FriendliMessage,
  FriendliMessageToolCall,
} from '../schema/friendli-message'
import { encodeFriendliContentPart } from './encode-friendli-content-part'
import { flattenFriendliText } from './flatten-friendli-text'

/** Canonical message → Friendli (`path` is canonical, for losses); `undefined` = cannot say it. */
export function encodeFriendliMessage(
  message: ChatMessage,
  path: string,
  losses: Loss[],
): FriendliMessage | undefined {
  switch (message.role) {
    case 'system':
    case 'developer': // Friendli has no developer role: it is a system message (reference §9.5).
      return withName(
        {
          role: 'system',
          content: flattenFriendliText(message.content, `${path}.content`, losses),
        },
        message.name,
      )
    case 'user': {
      const content =
        typeof message.content === 'string'
          ? message.content
          : message.content.flatMap(
              (part, index) =>
                encodeFriendliContentPart(part, `${path}.content[${index}]`, losses) ?? [],
            )
      return withName({ role: 'user', content }, message.name)
    }
    case 'assistant':
      return encodeAssistantMessage(message, path, losses)
    case 'tool':
      return withName(
        {
          role: 'tool',
          tool_call_id: message.toolCallId,
          content: flattenFriendliText(message.content, `${path}.content`, losses),
        },
        message.name,
      )
    case 'function':
      losses.push({
        path,
        kind: 'semantic',
        message: "Friendli has no legacy 'function' messages (they carry no tool call id)",
      })
      return undefined
  }
}

function encodeAssistantMessage(
  message: AssistantMessage,
  path: string,
  losses: Loss[],
): FriendliAssistantMessage {
  const wire: FriendliAssistantMessage = { role: 'assistant' }
  const { content } = message
  if (content !== undefined) {
    wire.content = content === null ? null : flattenFriendliText(content, `${path}.content`, losses)
  }
  if (message.reasoning !== undefined) wire.reasoning_content = message.reasoning
  if (message.name !== undefined) wire.name = message.name
  if (message.toolCalls) {
    wire.tool_calls = encodeFriendliToolCalls(message.toolCalls, `${path}.toolCalls`, losses)
  }
  for (const field of ['refusal', 'audioId', 'functionCall'] as const) {
    if (message[field] === undefined) continue
    losses.push({
      path: `${path}.${field}`,
      kind: field === 'functionCall' ? 'semantic' : 'hint',
      message: `Friendli assistant messages have no '${field}'`,
    })
  }
  return wire
}

/** Function calls → wire (`path` names the list); custom calls have no Friendli form. */
export function encodeFriendliToolCalls(
  calls: ToolCall[],
  path: string,
  losses: Loss[],
): FriendliMessageToolCall[] {
  return encodeFunctionToolCalls(calls, path, losses, 'Friendli', encodeOpenAIFunctionCall)
}

function withName<T extends FriendliMessage>(message: T, name: string | undefined): T {
  if (name !== undefined) message.name = name
  return message
}
