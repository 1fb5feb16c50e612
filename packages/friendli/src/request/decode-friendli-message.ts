import type {
  AssistantMessage,
  ChatMessage,
  SystemMessage,
  ToolCall,
  ToolMessage,
  UserContentPart,
  UserMessage,
} from '@chatwire/core'
import type { FriendliUserContentPart } from '../schema/friendli-content-part'
import type { FriendliMessage, FriendliMessageToolCall } from '../schema/friendli-message'

export function decodeFriendliMessage(message: FriendliMessage): ChatMessage {
  switch (message.role) {
    case 'system':
      return withName<SystemMessage>({ role: 'system', content: message.content }, message.name)
    case 'user': {
      const { content } = message
      const parts = typeof content === 'string' ? content : content.map(decodeFriendliContentPart)
      return withName<UserMessage>({ role: 'user', content: parts }, message.name)
    }
    case 'assistant':
      return decodeAssistantMessage(message)
    case 'tool':
      return withName<ToolMessage>(
        { role: 'tool', toolCallId: message.tool_call_id, content: message.content },
        message.name,
      )
  }
}

function decodeAssistantMessage(
  message: Extract<FriendliMessage, { role: 'assistant' }>,
): AssistantMessage {
  const decoded: AssistantMessage = { role: 'assistant' }
  if (message.content !== undefined) decoded.content = message.content
  // `reasoning` is Friendli's alias of `reasoning_content` (reference §5.2).
  const reasoning = message.reasoning_content ?? message.reasoning
  if (reasoning !== undefined && reasoning !== null) decoded.reasoning = reasoning
  if (message.tool_calls) decoded.toolCalls = message.tool_calls.map(decodeToolCall)
  return withName(decoded, message.name)
}

function decodeToolCall(call: FriendliMessageToolCall): ToolCall {
  return {
    id: call.id,
    type: 'function',
    name: call.function.name,
    arguments: call.function.arguments,
  }
}

function decodeFriendliContentPart(part: FriendliUserContentPart): UserContentPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text }
    case 'image_url':
      return { type: 'image', url: part.image_url.url }
    case 'audio_url':
      return { type: 'audio', url: part.audio_url.url }
    case 'video_url':
      return { type: 'video', url: part.video_url.url }
  }
}

function withName<T extends { name?: string }>(message: T, name: string | null | undefined): T {
  if (name !== undefined && name !== null) message.name = name
  return message
}
