import type {
  ChatChunk,
  ChatStreamPart,
  ChunkChoice,
  ExtensionPart,
  FinishReason,
} from '@chatwire/core'
import type { PlannedToolCall, ReplyPlan } from './plan-reply'
import { toolCallId } from './plan-tool-calls'

export interface PlannedStream {
  parts: ChatStreamPart[]
  /** Reset the connection after the last part: `parts` then hold no terminal part. */
  reset: boolean
}

/**
 * The canonical stream of a plan: `leading` parts (dialect events such as built-in tool runs),
 * a role chunk, one chunk per text piece, the tool calls (below), a finish chunk, a usage chunk (`choices: []`), done — each chunk once per choice
 * (`n`), choices interleaved. A fault cuts it after the role chunks and `afterChunks` text pieces.
 */
export function buildStreamParts(plan: ReplyPlan, leading: ExtensionPart[] = []): PlannedStream {
  const parts: ChatStreamPart[] = [...leading]
  const eachChoice = (make: (choice: number) => ChatChunk) => {
    for (let choice = 0; choice < plan.choices; choice++) parts.push(make(choice))
  }
  const role: ChunkChoice['delta'] =
    plan.pieces.length > 0 ? { role: 'assistant', content: '' } : { role: 'assistant' }
  eachChoice((choice) => chunk(plan, choice, role))
  const cut = plan.fault ? Math.min(plan.fault.afterChunks, plan.pieces.length) : -1
  for (let position = 0; position < plan.pieces.length; position++) {
    if (position === cut) return endWithFault(parts, plan)
    const logprob = plan.logprobs?.[position]
    const logprobs = logprob ? { content: [logprob] } : undefined
    eachChoice((choice) => chunk(plan, choice, { content: plan.pieces[position]! }, logprobs))
  }
  if (cut === plan.pieces.length) return endWithFault(parts, plan)
  for (let choice = 0; choice < plan.choices; choice++) pushToolCalls(parts, plan, choice)
  eachChoice((choice) => chunk(plan, choice, {}, undefined, plan.finishReason))
  const { id, model, created, usage } = plan
  parts.push({ type: 'chunk', id, model, created, choices: [], usage })
  parts.push({ type: 'done' })
  return { parts, reset: false }
}

function endWithFault(parts: ChatStreamPart[], plan: ReplyPlan): PlannedStream {
  if (plan.fault?.kind === 'error') parts.push({ type: 'error', error: plan.fault.error })
  return { parts, reset: plan.fault?.kind === 'reset' }
}

/**
 * The Chat Completions API streams parallel calls one after the other: a call's header (`id`, `type`, `name`,
 * `arguments: ""`), then only `index` + argument fragments, then the next call. The SDK's
 * `stream()` helper relies on it (a new index closes the previous call). `interleaveToolCalls`
 * gives the order of servers that send every header, then fragments round-robin (0, 1, 0, 1, …).
 */
function pushToolCalls(parts: ChatStreamPart[], plan: ReplyPlan, choice: number): void {
  const header = (call: PlannedToolCall, index: number) =>
    chunk(plan, choice, {
      toolCalls: [
        { index, id: toolCallId(call, choice), type: 'function', name: call.name, arguments: '' },
      ],
    })
  const fragment = (index: number, text: string) =>
    chunk(plan, choice, { toolCalls: [{ index, arguments: text }] })
  if (!plan.interleaveToolCalls) {
    plan.toolCalls.forEach((call, index) => {
      parts.push(header(call, index))
      for (const text of call.fragments) parts.push(fragment(index, text))
    })
    return
  }
  plan.toolCalls.forEach((call, index) => {
    parts.push(header(call, index))
  })
  const rounds = Math.max(0, ...plan.toolCalls.map((call) => call.fragments.length))
  for (let round = 0; round < rounds; round++) {
    plan.toolCalls.forEach((call, index) => {
      const text = call.fragments[round]
      if (text !== undefined) parts.push(fragment(index, text))
    })
  }
}

function chunk(
  plan: ReplyPlan,
  index: number,
  delta: ChunkChoice['delta'],
  logprobs?: ChunkChoice['logprobs'],
  finishReason?: FinishReason,
): ChatChunk {
  const choice: ChunkChoice = { index, delta }
  if (logprobs) choice.logprobs = logprobs
  if (finishReason) choice.finishReason = finishReason
  return { type: 'chunk', id: plan.id, model: plan.model, created: plan.created, choices: [choice] }
}
