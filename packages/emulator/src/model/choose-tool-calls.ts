import type { BuiltinTool, ChatRequest, FunctionTool, ToolChoice } from '@chatwire/core'
import type { ReplyScript } from '../script/reply-script'
import { buildToolArguments } from './build-tool-arguments'

export interface ChosenToolCall {
  tool: FunctionTool | BuiltinTool
  /** JSON text of the arguments (function tools). */
  arguments: string
}

type Wanted = NonNullable<ReplyScript['toolCalls']>

/**
 * Which offered tools the emulated model calls: what the script or directives ask for, else
 * `call <name>` in the prompt, else what `tool_choice` forces. `tool_choice: none` and
 * `parallel_tool_calls: false` are obeyed as a real model would. Custom tools are never called.
 */
export function chooseToolCalls(
  request: ChatRequest,
  wanted: Wanted | undefined,
  promptText: string,
): ChosenToolCall[] {
  const offered = (request.tools ?? []).filter(
    (tool): tool is FunctionTool | BuiltinTool =>
      tool.type === 'function' || tool.type === 'builtin',
  )
  if (offered.length === 0 || request.toolChoice === 'none') return []
  const chosen = pick(offered, wanted ?? askedOrForced(offered, request.toolChoice, promptText))
  return request.parallelToolCalls === false ? chosen.slice(0, 1) : chosen
}

function pick(offered: (FunctionTool | BuiltinTool)[], wanted: Wanted | undefined) {
  if (wanted === undefined) return []
  if (wanted === 'first') return [withArguments(offered[0]!)]
  if (wanted === 'parallel') return offered.map((tool) => withArguments(tool))
  return wanted.flatMap((entry): ChosenToolCall[] => {
    const call = typeof entry === 'string' ? { name: entry } : entry
    const tool = offered.find((candidate) => candidate.name === call.name)
    if (!tool) return []
    if (call.arguments === undefined) return [withArguments(tool)]
    const text =
      typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments)
    return [{ tool, arguments: text }]
  })
}

function withArguments(tool: FunctionTool | BuiltinTool): ChosenToolCall {
  return { tool, arguments: tool.type === 'function' ? buildToolArguments(tool.parameters) : '{}' }
}

function askedOrForced(
  offered: (FunctionTool | BuiltinTool)[],
  choice: ToolChoice | undefined,
  promptText: string,
): Wanted | undefined {
  const words = promptText.split(/\s+/)
  const asked = new Set<string>()
  for (let index = 0; index + 1 < words.length; index++) {
    if (words[index]!.toLowerCase() === 'call')
      asked.add(words[index + 1]!.replace(/[.,;!?]+$/, ''))
  }
  const named = offered.filter((tool) => asked.has(tool.name)).map((tool) => tool.name)
  if (named.length > 0) return named
  if (typeof choice === 'object' && choice.type === 'function') return [choice.name]
  return choice === 'required' ? 'first' : undefined
}
