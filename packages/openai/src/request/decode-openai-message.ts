import type { AssistantMessage, ChatMessage, ToolCall, UserContentPart } from '@chatwire/core'
import type {
  OpenAIChatMessage,
  OpenAIMessageToolCall,
  OpenAIUserPart,
} from '../schema/openai-chat-message'

function decodeUserPart(part: OpenAIUserPart): UserContentPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text }
    case 'image_url':
      return part.image_url.detail === undefined
        ? { type: 'image', url: part.image_url.url }
        : { type: 'image', url: part.image_url.url, detail: part.image_url.detail }
    case 'input_audio':
      return { type: 'audio', data: part.input_audio.data, format: part.input_audio.format }
    case 'file': {
      const file: UserContentPart = { type: 'file' }
      if (part.file.file_data !== undefined) file.fileData = part.file.file_data
      if (part.file.file_id !== undefined) file.fileId = part.file.file_id
      if (part.file.filename !== undefined) file.filename = part.file.filename
      return file
    }
  }
}

function decodeOpenAIToolCall(call: OpenAIMessageToolCall): ToolCall {
  return call.type === 'function'
    ? {
        id: call.id,
        type: 'function',
        name: call.function.name,
        arguments: call.function.arguments,
      }
    : { id: call.id, type: 'custom', name: call.custom.name, input: call.custom.input }
}

function withName<T extends object>(message: T, name: string | undefined): T {
  return name === undefined ? message : { ...message, name }
}

/** A validated OpenAI message → canonical. */
export function decodeOpenAIMessage(message: OpenAIChatMessage): ChatMessage {
  switch (message.role) {
    case 'system':
    case 'developer':
      return withName({ role: message.role, content: message.content }, message.name)
    case 'user':
      return withName(
        {
          role: 'user',
          content:
            typeof message.content === 'string'
              ? message.content
              : message.content.map(decodeUserPart),
        },
        message.name,
      )
    case 'tool':
      return { role: 'tool', toolCallId: message.tool_call_id, content: message.content }
    case 'function':
      return { role: 'function', name: message.name, content: message.content }
    case 'assistant': {
      const result: AssistantMessage = { role: 'assistant' }
      if (message.content !== undefined) result.content = message.content
      if (message.refusal != null) result.refusal = message.refusal
      if (message.name !== undefined) result.name = message.name
      if (message.tool_calls) result.toolCalls = message.tool_calls.map(decodeOpenAIToolCall)
      if (message.audio) result.audioId = message.audio.id
      if (message.function_call) result.functionCall = message.function_call
      return result
    }
  }
}
