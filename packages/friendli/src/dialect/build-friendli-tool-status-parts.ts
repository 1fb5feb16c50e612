import type { EmulatedBuiltinRun, ExtensionPart } from '@chatwire/core'
import type { FriendliToolStatus } from '../index'

/** The parameter each built-in tool is called with, as Friendli reports it. */
const PARAMETER_BY_TOOL: Record<string, string> = {
  'math:calculator': 'expression',
  'math:statistics': 'data',
  'code:python-interpreter': 'code',
  'web:url': 'url',
}

/**
 * Friendli tool-assisted runs of built-in tools: `tool_status` STARTED, then ENDED with a JSON
 * `result` (or ERRORED with `error`), as extension parts (reference/wire-formats.md §5.4).
 */
export function buildFriendliToolStatusParts(
  runs: readonly EmulatedBuiltinRun[],
  created: number,
): ExtensionPart[] {
  return runs.flatMap((run) => {
    const base: FriendliToolStatus = {
      tool_call_id: run.id,
      name: run.name as FriendliToolStatus['name'],
      status: 'STARTED',
      parameters: [{ name: PARAMETER_BY_TOOL[run.name] ?? 'query', value: run.input }],
      result: null,
      files: null,
      message: null,
      error: null,
      usage: null,
      timestamp: created,
    }
    const end: FriendliToolStatus = run.failed
      ? {
          ...base,
          status: 'ERRORED',
          error: { type: 'UNKNOWN', msg: `Emulated ${run.name} failure` },
        }
      : {
          ...base,
          status: 'ENDED',
          result: JSON.stringify({ result: `emulated ${run.name} result` }),
        }
    return [part(base), part(end)]
  })
}

function part(data: FriendliToolStatus): ExtensionPart {
  return { type: 'extension', dialect: 'friendli', event: 'tool_status', data }
}
