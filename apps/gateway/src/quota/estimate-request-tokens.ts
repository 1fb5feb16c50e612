import type { ChatMessage, ChatRequest } from '@chatwire/core'

/** About four characters of English per token: cheap, and close enough to settle later. */
const CHARS_PER_TOKEN = 4

export interface TokenEstimate {
  /** Prompt tokens: text of the messages and tools, characters / 4, rounded up. */
  prompt: number
  /** Completion tokens reserved: `maxTokens` × `n`, or the default reservation. */
  completion: number
  /** Whether `completion` came from the request (`max_tokens`) rather than the default. */
  bounded: boolean
}

/**
 * A request's cost before it runs, charged to its key's `tokensPerMinute` and corrected once
 * the upstream reports usage. Counts only text (content, tool calls, tool definitions): no
 * tokenizer per dialect, no allocation beyond the tools' JSON.
 */
export function estimateRequestTokens(
  request: ChatRequest,
  defaultCompletion: number,
): TokenEstimate {
  let chars = 0
  for (const message of request.messages) chars += charsOf(message)
  if (request.tools) chars += JSON.stringify(request.tools).length
  const prompt = Math.ceil(chars / CHARS_PER_TOKEN)
  if (request.maxTokens !== undefined)
    return { prompt, completion: request.maxTokens * (request.n ?? 1), bounded: true }
  return { prompt, completion: defaultCompletion, bounded: false }
}

/** Tokens for text streamed to a client whose upstream reported no usage. */
export function tokensOfChars(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN)
}

function charsOf(message: ChatMessage): number {
  let chars = textLength(message.content)
  if (message.role === 'assistant')
    for (const call of message.toolCalls ?? [])
      chars += call.name.length + (call.type === 'function' ? call.arguments : call.input).length
  return chars
}

function textLength(content: ChatMessage['content']): number {
  if (typeof content === 'string') return content.length
  if (!Array.isArray(content)) return 0
  let chars = 0
  for (const part of content)
    if ('text' in part && typeof part.text === 'string') chars += part.text.length
  return chars
}
