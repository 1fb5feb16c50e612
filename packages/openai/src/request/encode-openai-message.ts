import type { ChatMessage, FunctionToolCall, Loss, ToolCall, UserContentPart } from '@chatwire/core'
import type {
  OpenAIChatMessage,
  OpenAIMessageToolCall,
  OpenAIUserPart,
} from '../schema/openai-chat-message'

function encodeUserPart(
  part: UserContentPart,
  path: string,
  losses: Loss[],
): OpenAIUserPart | undefined {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text }
    case 'image': {
      const detail = part.detail
      const image_url: { url: string; detail?: 'auto' | 'low' | 'high' } = { url: part.url }
      if (detail === 'auto' || detail === 'low' || detail === 'high') image_url.detail = detail
      else if (detail !== undefined)
        losses.push({
          path: `${path}.detail`,
          kind: 'hint',
          message: `OpenAI has no image detail '${detail}'`,
        })
      return { type: 'image_url', image_url }
    }
    case 'audio':
      if (part.data !== undefined && (part.format === 'wav' || part.format === 'mp3')) {
        return { type: 'input_audio', input_audio: { data: part.data, format: part.format } }
      }
      losses.push({
        path,
        kind: 'semantic',
        message: 'OpenAI takes audio only as base64 wav or mp3 data, not by URL',
      })
      return undefined
    case 'file': {
      const file: { file_data?: string; file_id?: string; filename?: string } = {}
      if (part.fileData !== undefined) file.file_data = part.fileData
      if (part.fileId !== undefined) file.file_id = part.fileId
      if (part.filename !== undefined) file.filename = part.filename
      return { type: 'file', file }
    }
    case 'video':
      losses.push({
        path,
        kind: 'semantic',
        message: 'OpenAI chat completions take no video parts',
      })
      return undefined
  }
}

/** A function call → its OpenAI form, which the function-only dialects share. */
export function encodeOpenAIFunctionCall(
  call: FunctionToolCall,
): Extract<OpenAIMessageToolCall, { type: 'function' }> {
  return { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }
}

export function encodeOpenAIToolCall(call: ToolCall): OpenAIMessageToolCall {
  return call.type === 'function'
    ? encodeOpenAIFunctionCall(call)
    : { id: call.id, type: 'custom', custom: { name: call.name, input: call.input } }
}

function withName<T extends object>(message: T, name: string | undefined): T {
  return name === undefined ? message : { ...message, name }
}

/** Canonical → OpenAI message. `path` is the canonical path, for losses. */
export function encodeOpenAIMessage(
  message: ChatMessage,
  path: string,
  losses: Loss[],
): OpenAIChatMessage {
  switch (message.role) {
    case 'system':
    case 'developer':
      return withName({ role: message.role, content: message.content }, message.name)
    case 'user': {
      const content =
        typeof message.content === 'string'
          ? message.content
          : message.content.flatMap(
              (part, index) => encodeUserPart(part, `${path}.content[${index}]`, losses) ?? [],
            )
      return withName({ role: 'user', content }, message.name)
    }
    case 'tool':
      if (message.name !== undefined)
        losses.push({
          path: `${path}.name`,
          kind: 'hint',
          message: 'OpenAI tool messages have no name',
        })
      return { role: 'tool', content: message.content, tool_call_id: message.toolCallId }
    case 'function':
      return { role: 'function', name: message.name, content: message.content }
    case 'assistant': {
      const result: Extract<OpenAIChatMessage, { role: 'assistant' }> = { role: 'assistant' }
      if (message.content !== undefined) result.content = message.content
      if (message.refusal !== undefined) result.refusal = message.refusal
      if (message.name !== undefined) result.name = message.name
      if (message.toolCalls) result.tool_calls = message.toolCalls.map(encodeOpenAIToolCall)
      if (message.audioId !== undefined) result.audio = { id: message.audioId }
      if (message.functionCall) result.function_call = message.functionCall
      if (message.reasoning !== undefined) {
        losses.push({
          path: `${path}.reasoning`,
          kind: 'hint',
          message: 'OpenAI chat messages carry no reasoning text',
        })
      }
      return result
    }
  }
}
