import type { Loss } from '../schema/loss'
import type { FunctionToolCall, ToolCall } from '../schema/tool'

/**
 * The function calls of a list, each through `encode`, for a target that knows only function
 * calls: a custom call has no form there, so it is left out as a semantic loss at its index
 * under `path` (the list's canonical path).
 */
export function encodeFunctionToolCalls<T>(
  calls: readonly ToolCall[],
  path: string,
  losses: Loss[],
  target: string,
  encode: (call: FunctionToolCall) => T,
): T[] {
  const encoded: T[] = []
  for (const [index, call] of calls.entries()) {
    if (call.type === 'function') encoded.push(encode(call))
    else {
      losses.push({
        path: `${path}[${index}]`,
        kind: 'semantic',
        message: `${target} has no custom tool calls`,
      })
    }
  }
  return encoded
}
