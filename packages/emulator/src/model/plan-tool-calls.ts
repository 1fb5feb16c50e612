import type { EmulatedBuiltinRun } from '@chatwire/core'
import type { ChosenToolCall } from './choose-tool-calls'
import { splitArguments } from './split-arguments'

export interface PlannedToolCall {
  id: string
  name: string
  arguments: string
  fragments: string[]
}

/** Ids are `call_emulator_<request>_<n>`: unique per emulator, the same on every run. */
export function planToolCalls(chosen: ChosenToolCall[], index: number): PlannedToolCall[] {
  return chosen
    .filter((call) => call.tool.type === 'function')
    .map((call, position) => ({
      id: `call_emulator_${index}_${position}`,
      name: call.tool.name,
      arguments: call.arguments,
      fragments: splitArguments(call.arguments),
    }))
}

/** The id of a planned call in choice `choice` (`n` > 1): choice 0 keeps the plain id. */
export function toolCallId(call: PlannedToolCall, choice: number): string {
  return choice === 0 ? call.id : `${call.id}_choice${choice}`
}

export function planBuiltinRuns(
  chosen: ChosenToolCall[],
  index: number,
  input: string,
  failed: boolean,
): EmulatedBuiltinRun[] {
  return chosen
    .filter((call) => call.tool.type === 'builtin')
    .map((call, position) => ({
      id: `call_emulator_${index}_builtin_${position}`,
      name: call.tool.name,
      input,
      failed,
    }))
}
