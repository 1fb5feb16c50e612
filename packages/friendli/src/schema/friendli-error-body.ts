import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

/** 422, FastAPI style: `{"detail":[{"loc":["body","messages",0,"content"],"msg","type"}]}`. */
export const FriendliValidationErrorBody = Type.Object(
  {
    detail: Type.Array(
      Type.Object({
        loc: Type.Array(Type.Union([Type.String(), Type.Integer()]), {}),
        msg: Type.String(),
        type: Type.String({}),
      }),
    ),
  },
  { $id: 'FriendliValidationErrorBody' },
)
export type FriendliValidationErrorBody = Static<typeof FriendliValidationErrorBody>

/** The Friendli envelope: `{"message", "error": {…}}` (reference §5.5). What we send. */
export const FriendliErrorBody = Type.Object(
  {
    message: Type.String(),
    error: Type.Object({
      type: Type.Optional(Type.String()),
      code: Type.Optional(Type.String()),
      param: Type.Optional(Type.String()),
    }),
  },
  { $id: 'FriendliErrorBody' },
)
export type FriendliErrorBody = Static<typeof FriendliErrorBody>

/** The nested `error` envelope some Friendli paths send: `{"error": {"message", …}}`. Decoded only. */
export const FriendliNestedErrorBody = Type.Object(
  {
    error: Type.Object({
      message: Type.String(),
      type: Nullish(Type.String()),
      param: Nullish(Type.String()),
      code: Nullish(Type.Union([Type.String(), Type.Number()])),
    }),
  },
  { $id: 'FriendliNestedErrorBody' },
)
export type FriendliNestedErrorBody = Static<typeof FriendliNestedErrorBody>
