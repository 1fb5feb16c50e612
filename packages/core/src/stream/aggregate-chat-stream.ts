import { ChatwireError } from '../errors/chatwire-error'
import type { ChatError } from '../schema/chat-error'
import type { ChatResponse, ResponseChoice } from '../schema/chat-response'
import type { ChatChunk, ChatStreamPart, ChunkChoice } from '../schema/chat-stream-part'
import type { Logprobs, TokenLogprob } from '../schema/logprobs'
import type { ToolCall, ToolCallDelta } from '../schema/tool'

export interface ChatStreamAggregator {
  push(part: ChatStreamPart): void
  /**
   * The whole response once the stream ended in `done`. Throws the stream's error as a
   * {@link ChatwireError} (status, kind and vendor body kept) when it ended in `error`, and an
   * `upstream` error when no terminal part arrived: the caller answers with its dialect's error.
   */
  result(): ChatResponse
}

interface ToolCallState {
  id: string
  type: 'function' | 'custom'
  name: string
  text: string
}

interface ChoiceState {
  content?: string
  refusal?: string
  reasoning?: string
  toolCalls: Map<number, ToolCallState>
  finishReason?: ResponseChoice['finishReason']
  logprobs?: { content?: TokenLogprob[]; refusal?: TokenLogprob[] }
}

function addToolCall(state: ChoiceState, delta: ToolCallDelta): void {
  let call = state.toolCalls.get(delta.index)
  if (!call) {
    call = { id: '', type: 'function', name: '', text: '' }
    state.toolCalls.set(delta.index, call)
  }
  if (delta.id !== undefined) call.id = delta.id
  if (delta.type !== undefined) call.type = delta.type
  if (delta.name !== undefined) call.name = delta.name
  if (delta.arguments !== undefined) call.text += delta.arguments
}

function addLogprobs(state: ChoiceState, logprobs: Logprobs): void {
  state.logprobs ??= {}
  for (const key of ['content', 'refusal'] as const) {
    const tokens = logprobs[key]
    if (tokens) state.logprobs[key] = [...(state.logprobs[key] ?? []), ...tokens]
  }
}

function addChoice(state: ChoiceState, choice: ChunkChoice): void {
  const { content, refusal, reasoning, toolCalls } = choice.delta
  if (content !== undefined) state.content = (state.content ?? '') + content
  if (refusal !== undefined) state.refusal = (state.refusal ?? '') + refusal
  if (reasoning !== undefined) state.reasoning = (state.reasoning ?? '') + reasoning
  for (const delta of toolCalls ?? []) addToolCall(state, delta)
  if (choice.finishReason !== undefined) state.finishReason = choice.finishReason
  if (choice.logprobs !== undefined) addLogprobs(state, choice.logprobs)
}

function toToolCall({ id, type, name, text }: ToolCallState): ToolCall {
  return type === 'custom' ? { id, type, name, input: text } : { id, type, name, arguments: text }
}

function toChoice(index: number, state: ChoiceState): ResponseChoice {
  const message: ResponseChoice['message'] = { role: 'assistant', content: state.content ?? null }
  if (state.refusal !== undefined) message.refusal = state.refusal
  if (state.reasoning !== undefined) message.reasoning = state.reasoning
  if (state.toolCalls.size > 0) {
    const ordered = [...state.toolCalls.entries()].sort(([a], [b]) => a - b)
    message.toolCalls = ordered.map(([, call]) => toToolCall(call))
  }
  const choice: ResponseChoice = { index, message }
  if (state.finishReason !== undefined) choice.finishReason = state.finishReason
  if (state.logprobs !== undefined) choice.logprobs = state.logprobs
  return choice
}

/**
 * Folds a canonical stream into one {@link ChatResponse}: text, refusal and reasoning
 * concatenated per choice, tool-call fragments joined by `index`, the last finish reason and
 * usage kept. For non-streaming clients routed to a stream-only upstream.
 */
export function createChatStreamAggregator(): ChatStreamAggregator {
  const choices = new Map<number, ChoiceState>()
  const response: ChatResponse = { id: '', choices: [] }
  let started = false
  let terminal: { error?: ChatError } | undefined

  function addChunk(chunk: ChatChunk): void {
    if (!started) {
      started = true
      response.id = chunk.id
      if (chunk.created !== undefined) response.created = chunk.created
    }
    if (chunk.model !== undefined) response.model = chunk.model
    if (chunk.systemFingerprint !== undefined) response.systemFingerprint = chunk.systemFingerprint
    if (chunk.serviceTier !== undefined) response.serviceTier = chunk.serviceTier
    if (chunk.usage !== undefined) response.usage = chunk.usage
    for (const choice of chunk.choices) {
      let state = choices.get(choice.index)
      if (!state) {
        state = { toolCalls: new Map() }
        choices.set(choice.index, state)
      }
      addChoice(state, choice)
    }
  }

  return {
    push(part) {
      if (terminal) return
      if (part.type === 'chunk') addChunk(part)
      else if (part.type === 'done') terminal = {}
      else if (part.type === 'error') terminal = { error: part.error }
    },
    result() {
      if (terminal?.error) throw ChatwireError.from(terminal.error)
      if (!terminal) {
        throw new ChatwireError({
          kind: 'upstream',
          message: 'The stream ended without a terminal part',
        })
      }
      const ordered = [...choices.entries()].sort(([a], [b]) => a - b)
      return { ...response, choices: ordered.map(([index, state]) => toChoice(index, state)) }
    },
  }
}

/** Reads a canonical stream to its end and returns the aggregated response (or throws its error). */
export async function aggregateChatStream(
  stream: ReadableStream<ChatStreamPart>,
): Promise<ChatResponse> {
  const aggregator = createChatStreamAggregator()
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      aggregator.push(value)
    }
  } finally {
    reader.releaseLock()
  }
  return aggregator.result()
}
