import {
  type AssistantMessage,
  type ChatMessage,
  excerpt,
  type TextPart,
  type ToolCall,
  type UserContentPart,
} from '@chatwire/core'
import { createOctoAIValidationError } from '../error/create-octoai-validation-error'
import type {
  OctoAIChatMessage,
  OctoAIContentPart,
  OctoAITextPart,
  OctoAIToolCall,
} from '../schema/octoai-chat-message'

/**
 * One OctoAI message (one shape for every role) → its canonical form. `path` is the message's
 * field path, e.g. `messages[2]`, for the 422 this throws when canonical cannot hold it.
 */
export function decodeOctoAIMessage(message: OctoAIChatMessage, path: string): ChatMessage {
  if (message.tool_calls?.length && message.role !== 'assistant') {
    throw createOctoAIValidationError(
      `${path}.tool_calls`,
      'Only assistant messages carry tool calls',
    )
  }
  switch (message.role) {
    case 'system':
      return { role: 'system', content: decodeTextContent(message, path) }
    case 'user':
      return { role: 'user', content: decodeUserContent(message, path) }
    case 'tool':
      // Not in OctoAI's schema, sent by its guide: an absent id decodes as '' (omitted again).
      return {
        role: 'tool',
        toolCallId: message.tool_call_id ?? '',
        content: decodeTextContent(message, path),
      }
    case 'assistant':
      return decodeAssistantMessage(message, path)
    default:
      throw createOctoAIValidationError(
        `${path}.role`,
        "Input should be 'system', 'user', 'assistant' or 'tool'",
        'literal_error',
      )
  }
}

function decodeAssistantMessage(message: OctoAIChatMessage, path: string): AssistantMessage {
  const decoded: AssistantMessage = { role: 'assistant' }
  if (message.content !== undefined) {
    decoded.content =
      message.content === null || typeof message.content === 'string'
        ? message.content
        : message.content.map((part, index) => decodeTextPart(part, `${path}.content[${index}]`))
  }
  if (message.tool_calls?.length) decoded.toolCalls = message.tool_calls.map(decodeOctoAIToolCall)
  return decoded
}

/** OctoAI tool-call ids are optional; canonical ids are not, so a missing one is ''. */
function decodeOctoAIToolCall(call: OctoAIToolCall): ToolCall {
  return {
    id: call.id ?? '',
    type: 'function',
    name: call.function.name,
    arguments: call.function.arguments,
  }
}

function decodeTextContent(message: OctoAIChatMessage, path: string): string | TextPart[] {
  const content = requireContent(message, path)
  if (typeof content === 'string') return content
  return content.map((part, index) => decodeTextPart(part, `${path}.content[${index}]`))
}

function decodeUserContent(message: OctoAIChatMessage, path: string): string | UserContentPart[] {
  const content = requireContent(message, path)
  if (typeof content === 'string') return content
  return content.map(decodeOctoAIContentPart)
}

function requireContent(message: OctoAIChatMessage, path: string) {
  if (message.content === undefined || message.content === null) {
    throw createOctoAIValidationError(
      `${path}.content`,
      `A ${excerpt(message.role)} message needs content`,
      'missing',
    )
  }
  return message.content
}

function decodeTextPart(part: OctoAIContentPart, path: string): TextPart {
  if (isOctoAITextPart(part)) return { type: 'text', text: part.text }
  throw createOctoAIValidationError(path, `Only user messages may carry images`)
}

/** A multi-modal part: `type` is optional on OctoAI's wire, so the payload key decides. */
function decodeOctoAIContentPart(part: OctoAIContentPart): UserContentPart {
  if (isOctoAITextPart(part)) return { type: 'text', text: part.text }
  const { url, detail } = part.image_url
  return detail === undefined ? { type: 'image', url } : { type: 'image', url, detail }
}

function isOctoAITextPart(part: OctoAIContentPart): part is OctoAITextPart {
  return part.type === 'text' || (part.type === undefined && 'text' in part)
}
