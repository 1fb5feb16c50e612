import type { ChatChunk, ChunkChoice, ToolCallDelta } from '@chatwire/core'
import {
  type ArgumentsScan,
  createArgumentsScan,
  resetArgumentsScan,
  scanToolArguments,
} from './scan-tool-arguments'

/**
 * OpenAI streams parallel tool calls one after the other: every fragment of call 0, then call 1.
 * The `openai` SDK's `chat.completions.stream()` helper depends on it: a delta with a new `index`
 * fires `tool_calls.function.arguments.done` for the previous one, parsed with `JSON.parse` for
 * `strict` tools (openai/openai-node, src/lib/ChatCompletionStream.ts: `#addChunk` compares
 * `current_tool_call_index`, `#emitToolCallDoneEvent`). Upstreams that interleave calls (0, 1, 0,
 * 1) make it fire on partial JSON. This holds back fragments of a call while another call is open
 * and its arguments are not yet a complete JSON value, then releases them call by call, in index
 * order; the finish chunk and the end of the stream release all. Text is never held.
 */
export interface ToolCallOrder {
  push(chunk: ChatChunk): void
  /** Writes every held fragment (before a terminal event). */
  flush(): void
}

interface ChoiceState {
  /** The call whose fragments are written as they come; -1 before the first. */
  open: number
  scan: ArgumentsScan
  /** Held single-fragment chunks per call index, created only when a stream needs reordering. */
  held: Map<number, ChatChunk[]> | undefined
}

export function createOpenAIToolCallOrder(write: (chunk: ChatChunk) => void): ToolCallOrder {
  const states: ChoiceState[] = []
  let holding = false

  const admit = (state: ChoiceState, call: ToolCallDelta): boolean => {
    if (call.index === state.open) {
      scanToolArguments(state.scan, call.arguments)
      return true
    }
    if (state.open !== -1 && (state.held !== undefined || !state.scan.complete)) return false
    state.open = call.index
    resetArgumentsScan(state.scan)
    scanToolArguments(state.scan, call.arguments)
    return true
  }

  const hold = (state: ChoiceState, chunk: ChatChunk, choice: ChunkChoice, call: ToolCallDelta) => {
    state.held ??= new Map()
    const calls = state.held.get(call.index) ?? []
    if (calls.length === 0) state.held.set(call.index, calls)
    calls.push(fragmentChunk(chunk, choice.index, call))
    holding = true
  }

  /** Writes held calls in index order while the open call is complete (or all, `whole`). */
  const release = (state: ChoiceState, whole: boolean) => {
    while (state.held !== undefined && (whole || state.scan.complete)) {
      const next = Math.min(...state.held.keys())
      const calls = state.held.get(next) ?? []
      state.held.delete(next)
      if (state.held.size === 0) state.held = undefined
      state.open = next
      resetArgumentsScan(state.scan)
      for (const call of calls) {
        scanToolArguments(state.scan, call.choices[0]?.delta.toolCalls?.[0]?.arguments)
        write(call)
      }
    }
  }

  /** Releases what each choice can (`finishing`: every held call of those choices). */
  const releaseAll = (finishing?: (index: number) => boolean) => {
    holding = false
    states.forEach((state, index) => {
      release(state, finishing?.(index) ?? false)
      if (state.held !== undefined) holding = true
    })
  }

  const push = (chunk: ChatChunk) => {
    let held: ToolCallDelta[] | undefined
    for (let position = 0; position < chunk.choices.length; position++) {
      const choice = chunk.choices[position]!
      const calls = choice.delta.toolCalls
      if (calls === undefined) continue
      states[choice.index] ??= { open: -1, scan: createArgumentsScan(), held: undefined }
      const state = states[choice.index]!
      for (let slot = 0; slot < calls.length; slot++) {
        const call = calls[slot]!
        if (admit(state, call)) continue
        hold(state, chunk, choice, call)
        held ??= []
        held.push(call)
      }
    }
    if (!holding) return write(chunk)
    const passing = held === undefined ? chunk : withoutCalls(chunk, held)
    if (!chunk.choices.some((choice) => choice.finishReason !== undefined)) {
      if (passing !== undefined) write(passing)
      return releaseAll()
    }
    // The finish chunk closes every call: what it carries, then all held calls, then the finish.
    const [body, finish] = splitFinish(passing ?? { ...chunk, choices: [] }, chunk)
    if (body !== undefined) write(body)
    releaseAll((index) => finish.choices.some((choice) => choice.index === index))
    write(finish)
  }

  return { push, flush: () => releaseAll(() => true) }
}

function fragmentChunk(chunk: ChatChunk, index: number, call: ToolCallDelta): ChatChunk {
  const { usage: _usage, choices: _choices, ...fields } = chunk
  return { ...fields, choices: [{ index, delta: { toolCalls: [call] } }] }
}

/** The chunk without the held calls; undefined when nothing else is left in it. */
function withoutCalls(chunk: ChatChunk, held: ToolCallDelta[]): ChatChunk | undefined {
  const choices: ChunkChoice[] = []
  for (const choice of chunk.choices) {
    const calls = choice.delta.toolCalls?.filter((call) => !held.includes(call))
    const { toolCalls: _calls, ...delta } = choice.delta
    const kept = { ...choice, delta: calls?.length ? { ...delta, toolCalls: calls } : delta }
    if (Object.keys(kept.delta).length > 0 || kept.finishReason || kept.logprobs) choices.push(kept)
  }
  if (choices.length === 0 && chunk.usage === undefined) return undefined
  return { ...chunk, choices }
}

/** Deltas first (without finish reasons and usage), then the finish reasons with the usage. */
function splitFinish(passing: ChatChunk, original: ChatChunk): [ChatChunk | undefined, ChatChunk] {
  const { usage, ...fields } = passing
  const deltas = passing.choices
    .filter((choice) => Object.keys(choice.delta).length > 0 || choice.logprobs)
    .map(({ finishReason: _reason, ...choice }) => choice)
  const finishes = original.choices
    .filter((choice) => choice.finishReason !== undefined)
    .map(({ index, finishReason }) => ({ index, delta: {}, finishReason: finishReason! }))
  const body = deltas.length > 0 ? { ...fields, choices: deltas } : undefined
  return [body, { ...fields, choices: finishes, ...(usage === undefined ? {} : { usage }) }]
}
