import type { ChatMessage, ChatRequest } from '@chatwire/core'

export interface Prompt {
  /** Text of the last user message (its text parts joined), directives included. */
  text: string
  /** Index of that message in `messages`, -1 when there is no user message. */
  index: number
  /** Whitespace-separated words over every message: the emulator's prompt token count. */
  tokens: number
}

/** What the emulated model reads from a request. */
export function readPrompt(request: ChatRequest): Prompt {
  let index = -1
  let tokens = 0
  for (let position = 0; position < request.messages.length; position++) {
    const message = request.messages[position]!
    tokens += countWords(readMessageText(message))
    if (message.role === 'user') index = position
  }
  const last = index === -1 ? undefined : request.messages[index]
  return { text: last ? readMessageText(last) : '', index, tokens }
}

function readMessageText(message: ChatMessage): string {
  const content = message.content
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  let text = ''
  for (const part of content) if (part.type === 'text') text += part.text
  return text
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}
