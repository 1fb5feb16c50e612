import {
  type AssistantMessage,
  type ChatMessage,
  encodeFunctionToolCalls,
  type FunctionToolCall,
  type Loss,
  type TextPart,
  type ToolCall,
  type UserContentPart,
} from '@chatwire/core'
import type {
  OctoAIChatMessage,
  OctoAIContentPart,
  OctoAIToolCall,
} from '../schema/octoai-chat-message'

/**
 * A canonical message → OctoAI's one message shape. What OctoAI cannot say (names, refusals,
 * audio/video/file parts, custom tool calls, legacy function messages) is added to `losses`;
 * a legacy `function` message has no OctoAI form at all and yields `undefined`.
 */
export function encodeOctoAIMessage(
  message: ChatMessage,
  path: string,
  losses: Loss[],
): OctoAIChatMessage | undefined {
  if (message.name !== undefined && message.role !== 'function') {
    losses.push({ path: `${path}.name`, kind: 'hint', message: 'OctoAI messages have no name' })
  }
  switch (message.role) {
    case 'system':
    case 'developer':
      return { role: 'system', content: message.content }
    case 'user':
      return { role: 'user', content: encodeUserContent(message.content, path, losses) }
    case 'tool':
      return message.toolCallId === ''
        ? { role: 'tool', content: message.content }
        : { role: 'tool', tool_call_id: message.toolCallId, content: message.content }
    case 'assistant':
      return encodeAssistantMessage(message, path, losses)
    case 'function':
      losses.push({
        path,
        kind: 'semantic',
        message: 'OctoAI has no legacy function-result message; it was left out',
      })
      return undefined
  }
}

function encodeUserContent(
  content: string | UserContentPart[],
  path: string,
  losses: Loss[],
): string | OctoAIContentPart[] {
  if (typeof content === 'string') return content
  const parts: OctoAIContentPart[] = []
  content.forEach((part, index) => {
    if (part.type === 'text') parts.push({ type: 'text', text: part.text })
    else if (part.type === 'image') parts.push(encodeImagePart(part.url, part.detail))
    else {
      losses.push({
        path: `${path}.content[${index}]`,
        kind: 'semantic',
        message: `OctoAI takes text and image parts only; the ${part.type} part was left out`,
      })
    }
  })
  return parts
}

function encodeImagePart(url: string, detail: string | undefined): OctoAIContentPart {
  return { type: 'image_url', image_url: detail === undefined ? { url } : { url, detail } }
}

function encodeAssistantMessage(
  message: AssistantMessage,
  path: string,
  losses: Loss[],
): OctoAIChatMessage {
  for (const field of ['refusal', 'reasoning', 'functionCall', 'audioId'] as const) {
    if (message[field] === undefined) continue
    const kind = field === 'functionCall' ? 'semantic' : 'hint'
    losses.push({ path: `${path}.${field}`, kind, message: `OctoAI messages have no ${field}` })
  }
  const encoded: OctoAIChatMessage = { role: 'assistant' }
  const content = encodeAssistantContent(message.content, path, losses)
  if (content !== undefined) encoded.content = content
  const toolCalls = encodeOctoAIToolCalls(message.toolCalls, `${path}.toolCalls`, losses)
  if (toolCalls.length > 0) {
    encoded.tool_calls = toolCalls
    // OctoAI's function-calling guide sends "" beside tool calls, never null.
    if (encoded.content === undefined || encoded.content === null) encoded.content = ''
  }
  return encoded
}

function encodeAssistantContent(
  content: AssistantMessage['content'],
  path: string,
  losses: Loss[],
): string | TextPart[] | null | undefined {
  if (!Array.isArray(content)) return content
  const parts: TextPart[] = []
  content.forEach((part, index) => {
    if (part.type === 'text') parts.push(part)
    else {
      losses.push({
        path: `${path}.content[${index}]`,
        kind: 'hint',
        message: 'OctoAI has no refusal parts; the refusal was left out',
      })
    }
  })
  return parts
}

/** Function calls → wire (`path` names the list); custom calls have no OctoAI form. */
export function encodeOctoAIToolCalls(
  calls: ToolCall[] | undefined,
  path: string,
  losses: Loss[],
): OctoAIToolCall[] {
  return encodeFunctionToolCalls(calls ?? [], path, losses, 'OctoAI', encodeOctoAIToolCall)
}

/** Canonical function call → OctoAI wire; an empty id (unknown) is left out. */
function encodeOctoAIToolCall(call: FunctionToolCall): OctoAIToolCall {
  const wire: OctoAIToolCall = {
    type: 'function',
    function: { name: call.name, arguments: call.arguments },
  }
  return call.id === '' ? wire : { id: call.id, ...wire }
}
