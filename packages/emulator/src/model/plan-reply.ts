import {
  type ChatError,
  type ChatRequest,
  type EmulatedBuiltinRun,
  type FinishReason,
  kindFromStatus,
  type TokenLogprob,
  type Usage,
} from '@chatwire/core'
import type { ReplyScript } from '../script/reply-script'
import { buildLogprobs } from './build-logprobs'
import { buildToolArguments } from './build-tool-arguments'
import { chooseToolCalls } from './choose-tool-calls'
import { type PlannedToolCall, planBuiltinRuns, planToolCalls } from './plan-tool-calls'
import { splitText } from './split-text'

export const DEFAULT_REPLY = 'Hello from the chatwire emulator.'

export type { PlannedToolCall }

type StreamFault =
  | { kind: 'error'; afterChunks: number; error: ChatError }
  | { kind: 'reset'; afterChunks: number }

export interface ReplyPlan {
  id: string
  model: string
  created: number
  /** How many choices (`n`) carry the same answer. */
  choices: number
  pieces: string[]
  logprobs: TokenLogprob[] | undefined
  toolCalls: PlannedToolCall[]
  /** Streamed parallel calls: fragments round-robin across calls instead of call after call. */
  interleaveToolCalls: boolean
  /** Vendor-executed (built-in) tool runs, reported as dialect events, not tool calls. */
  builtinRuns: EmulatedBuiltinRun[]
  finishReason: FinishReason
  usage: Usage
  delayMs: number
  fault: StreamFault | undefined
}

export type Reply =
  | { kind: 'stall' }
  | { kind: 'error'; error: ChatError }
  | { kind: 'completion'; plan: ReplyPlan }

export interface PlanInput {
  request: ChatRequest
  script: ReplyScript
  /** The last user message with directives removed. */
  echo: string
  promptTokens: number
  /** 0-based request number: makes ids unique and deterministic. */
  index: number
}

/** The emulated model: a request and a script in, a fully determined reply out. */
export function planReply({ request, script, echo, promptTokens, index }: PlanInput): Reply {
  if (script.stall) return { kind: 'stall' }
  if (script.error) return { kind: 'error', error: scriptedError(script.error) }
  const chosen = chooseToolCalls(request, script.toolCalls, echo)
  const toolCalls = planToolCalls(chosen, index)
  const text =
    script.text ??
    (toolCalls.length > 0 ? '' : (structuredAnswer(request) ?? (echo || DEFAULT_REPLY)))
  let pieces = splitText(text, script.chunks)
  const truncated = request.maxTokens !== undefined && pieces.length > request.maxTokens
  if (truncated) pieces = pieces.slice(0, request.maxTokens)
  const choices = request.n ?? 1
  const fragments = toolCalls.reduce((sum, call) => sum + call.fragments.length, 0)
  const completionTokens = (pieces.length + fragments) * choices
  return {
    kind: 'completion',
    plan: {
      id: `chatcmpl-emulator-${index}`,
      model: request.model,
      created: Math.floor(Date.now() / 1000),
      choices,
      pieces,
      logprobs: request.logprobs ? buildLogprobs(pieces, request.topLogprobs ?? 0) : undefined,
      toolCalls,
      interleaveToolCalls: script.toolCallOrder === 'interleaved',
      builtinRuns: planBuiltinRuns(chosen, index, echo, script.toolError === true),
      finishReason: {
        unified:
          toolCalls.length > 0
            ? 'tool-calls'
            : (script.finishReason ?? (truncated ? 'length' : 'stop')),
      },
      usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
      delayMs: script.delayMs ?? 0,
      fault: planFault(script, pieces.length),
    },
  }
}

/** Structured output: a model bound to a JSON Schema answers with an object that follows it. */
function structuredAnswer(request: ChatRequest): string | undefined {
  const format = request.responseFormat
  if (format?.type !== 'json_schema' && format?.type !== 'json_object') return undefined
  return format.schema ? buildToolArguments(format.schema) : undefined
}

function scriptedError(scripted: NonNullable<ReplyScript['error']>): ChatError {
  const { status } = scripted
  const retryAfter = scripted.retryAfter ?? (status === 429 ? 1 : undefined)
  return {
    kind: kindFromStatus(status),
    status,
    message: scripted.message ?? `Emulated ${status} error`,
    ...(retryAfter === undefined ? {} : { retryAfter }),
  }
}

function planFault(script: ReplyScript, pieces: number): StreamFault | undefined {
  const half = Math.floor(pieces / 2)
  if (script.midstreamError) {
    const { afterChunks = half, message = 'Emulated error in the middle of the stream' } =
      script.midstreamError
    return { kind: 'error', afterChunks, error: { kind: 'internal', status: 500, message } }
  }
  if (script.reset) return { kind: 'reset', afterChunks: script.reset.afterChunks ?? half }
  return undefined
}
