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
    tool_call_id: Type.String({}),
    name: StringEnum(FRIENDLI_ALL_BUILTIN_TOOL_TYPES, {}),
    status: StringEnum(FRIENDLI_TOOL_STATUSES, {}),
    parameters: Type.Array(
      Type.Object({
        name: Type.String({}),
        value: Type.String({}),
      }),
    ),
    result: Nullish(Type.String({})),
    files: Nullish(
      Type.Array(
        Type.Object({
          name: Type.String({}),
          url: Type.String({}),
        }),
      ),
    ),
    message: Nullish(Type.String({})),
    error: Nullish(
      Type.Object({
        type: Type.String({}),
        msg: Type.String({}),
      }),
    ),
    usage: Nullish(Type.Unknown({})),
    timestamp: Type.Number({}),
  },
  { $id: 'FriendliToolStatus' },
)
export type FriendliToolStatus = Static<typeof FriendliToolStatus>
