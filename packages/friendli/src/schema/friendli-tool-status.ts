import { Nullish, StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { FRIENDLI_ALL_BUILTIN_TOOL_TYPES } from './friendli-tool'

export const FRIENDLI_TOOL_STATUSES = ['STARTED', 'UPDATING', 'ENDED', 'ERRORED'] as const

/**
 * The data of an `event: tool_status` SSE event on the tool-assisted endpoint (reference §5.4):
 * built-in tool runs, which are never `tool_calls`.
 */
export const FriendliToolStatus = Type.Object(
  {
    tool_call_id: Type.String({ description: 'The ID of the tool call.' }),
    name: StringEnum(FRIENDLI_ALL_BUILTIN_TOOL_TYPES, { description: 'The built-in tool.' }),
    status: StringEnum(FRIENDLI_TOOL_STATUSES, { description: 'Execution status of the tool.' }),
    parameters: Type.Array(
      Type.Object({
        name: Type.String({ description: "The name of the tool's parameter." }),
        value: Type.String({ description: "The value of the tool's parameter." }),
      }),
    ),
    result: Nullish(
      Type.String({
        description: "The tool's output, often JSON text (sometimes double-encoded).",
      }),
    ),
    files: Nullish(
      Type.Array(
        Type.Object({
          name: Type.String({ description: 'The name of a file the tool produced.' }),
          url: Type.String({ description: 'Where to download it.' }),
        }),
      ),
    ),
    message: Nullish(Type.String({ description: "A message from the tool's execution." })),
    error: Nullish(
      Type.Object({
        type: Type.String({ description: 'e.g. `INVALID_PARAMETER` or `UNKNOWN`.' }),
        msg: Type.String({ description: 'The error message.' }),
      }),
    ),
    usage: Nullish(Type.Unknown({ description: 'Always `null` so far.' })),
    timestamp: Type.Number({ description: 'Unix seconds when the event occurred.' }),
  },
  { $id: 'FriendliToolStatus' },
)
export type FriendliToolStatus = Static<typeof FriendliToolStatus>
