import { type ChatMessage, excerpt, type TextPart, type ToolCall } from '@chatwire/core'
import type { ElasticMessage } from '../schema/elastic-chat-request'
import { elasticUnsupportedError } from './assert-elastic-errors'

type ElasticContent = NonNullable<ElasticMessage['content']>

function decodeContent(content: ElasticContent, path: string): string | TextPart[] {
  if (typeof content === 'string') return content
  return content.map((part, index) => {
    // 8.18 reads any `type` string but only text reaches a provider (wire-formats.md §3.2).
    if (part.type !== 'text') {
      throw elasticUnsupportedError(
        `Unsupported content type [${excerpt(part.type)}]: Elasticsearch 8.18 accepts only [text]`,
        `${path}[${index}].type`,
      )
    }
    return { type: 'text', text: part.text }
  })
}

function requireContent(message: ElasticMessage, path: string): string | TextPart[] {
  if (message.content === undefined) {
    throw elasticUnsupportedError(
      `A [${excerpt(message.role)}] message requires [content]`,
      `${path}.content`,
    )
  }
  return decodeContent(message.content, `${path}.content`)
}

function decodeToolCalls(message: ElasticMessage, path: string): ToolCall[] | undefined {
  return message.tool_calls?.map((call, index) => {
    if (call.type !== 'function') {
      throw elasticUnsupportedError(
        `Unsupported tool call type [${excerpt(call.type)}]: expected [function]`,
        `${path}.tool_calls[${index}].type`,
      )
    }
    const { name, arguments: args } = call.function
    return { id: call.id, type: 'function', name, arguments: args }
  })
}

function rejectField(message: ElasticMessage, field: 'tool_call_id' | 'tool_calls', path: string) {
  if (message[field] === undefined) return
  throw elasticUnsupportedError(
    `[${field}] is not allowed on a [${excerpt(message.role)}] message`,
    `${path}.${field}`,
  )
}

/** One Elastic message → canonical. `path` is its field path, e.g. `messages[2]`. */
export function decodeElasticMessage(message: ElasticMessage, path: string): ChatMessage {
  const { role } = message
  if (role !== 'tool') rejectField(message, 'tool_call_id', path)
  if (role !== 'assistant') rejectField(message, 'tool_calls', path)
  switch (role) {
    // ES reads `role` as a free string and hands it to the provider: `developer` (what Chat
    // Completions SDKs send for reasoning models) passes through (SOURCES.md, "role").
    case 'system':
    case 'developer':
    case 'user':
      return { role, content: requireContent(message, path) }
    case 'tool': {
      if (message.tool_call_id === undefined) {
        throw elasticUnsupportedError(
          'A [tool] message requires [tool_call_id]',
          `${path}.tool_call_id`,
        )
      }
      return { role, toolCallId: message.tool_call_id, content: requireContent(message, path) }
    }
    case 'assistant': {
      const toolCalls = decodeToolCalls(message, path)
      return {
        role,
        ...(message.content === undefined
          ? {}
          : { content: decodeContent(message.content, `${path}.content`) }),
        ...(toolCalls ? { toolCalls } : {}),
      }
    }
    default:
      throw elasticUnsupportedError(
        `Unsupported role [${excerpt(role)}]: expected one of [user, assistant, system, developer, tool]`,
        `${path}.role`,
      )
  }
}
