import type { ChatRequest, UnifiedFinishReason } from '@chatwire/core'

/** A tool call the script dictates exactly: `arguments` as JSON text or as a value to serialise. */
export interface ScriptedToolCall {
  name: string
  arguments?: string | Record<string, unknown>
}

/**
 * How the emulated model answers one request. Every field is optional: unset fields fall back to
 * the in-band directives of the last user message, then to the default (echo, word chunks, usage).
 */
export interface ReplyScript {
  /** The reply text. Default: the last user message with its directives removed. */
  text?: string
  /** Split the text into exactly this many content chunks (repeating it when too short). */
  chunks?: number
  /** Milliseconds to wait before each streamed chunk (without a stream: × chunks, then answer). */
  delayMs?: number
  /** Finish reason of a text reply. Default `stop` (`length` when `maxTokens` cuts the text). */
  finishReason?: UnifiedFinishReason
  /**
   * Tool calls: `'first'` offered tool, `'parallel'` every offered tool, a list of offered tool
   * names, or exact calls. Only tools the request offers are called; `tool_choice: none` wins.
   */
  toolCalls?: 'first' | 'parallel' | string[] | ScriptedToolCall[]
  /**
   * How streamed parallel calls are ordered. `'sequential'` (default, the Chat Completions API's): each
   * call's header then all its argument fragments, call after call. `'interleaved'`: every header,
   * then fragments round-robin across calls (0, 1, 0, 1, …), as some compatible servers do.
   */
  toolCallOrder?: 'sequential' | 'interleaved'
  /** Built-in (vendor-executed) tool runs fail instead of ending with a result. */
  toolError?: boolean
  /** Answer with this HTTP error, in the dialect's envelope, instead of a completion. */
  error?: ScriptedError
  /** Stream this many content chunks, then the dialect's in-stream error (a 500 when not streaming). */
  midstreamError?: { afterChunks?: number; message?: string }
  /** Stream this many content chunks, then reset the TCP connection. */
  reset?: { afterChunks?: number }
  /** Send nothing at all (not even headers) until the client goes away. */
  stall?: boolean
}

export interface ScriptedError {
  status: number
  message?: string
  /** Seconds, sent as `Retry-After`; a 429 gets 1 unless set. */
  retryAfter?: number
}

/** What a script function sees about the request it answers. */
export interface ScriptContext {
  /** The canonical request, as the dialect's codec decoded it. */
  request: ChatRequest
  dialect: string
  path: string
  headers: Record<string, string>
  /** 0-based position of this request among those the emulator received. */
  index: number
}

export type Script = ReplyScript | ((context: ScriptContext) => ReplyScript | undefined)
