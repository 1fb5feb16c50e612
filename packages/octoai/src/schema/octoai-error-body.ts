import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const OctoAIValidationErrorItem = Type.Object(
  {
    loc: Type.Array(Type.Union([Type.String(), Type.Integer()]), {
      description: 'Where: `["body", "messages", 0, "content"]`.',
    }),
    msg: Type.String({ description: 'What is wrong.' }),
    type: Type.String({ description: 'The validator error type, e.g. `missing`.' }),
  },
  { $id: 'OctoAIValidationErrorItem', description: 'One failed check.' },
)
export type OctoAIValidationErrorItem = Static<typeof OctoAIValidationErrorItem>

/** HTTP 422: FastAPI's `HTTPValidationError`. */
export const OctoAIValidationError = Type.Object(
  { detail: Type.Optional(Type.Array(OctoAIValidationErrorItem)) },
  {
    $id: 'OctoAIValidationError',
    description: 'The 422 body for a request that fails validation.',
  },
)
export type OctoAIValidationError = Static<typeof OctoAIValidationError>

/** HTTP 500 (and OctoAI's other JSON errors): `ErrorResponse`. */
export const OctoAIErrorBody = Type.Object(
  {
    object: Type.Optional(Type.Literal('error', { default: 'error' })),
    message: Type.String({ description: 'A human-readable error message.' }),
    type: Type.String({ description: 'The error type, e.g. `internal_error`.' }),
    param: Nullish(Type.String({ description: 'The offending parameter.' })),
    code: Nullish(Type.String({ description: 'An error code.' })),
    validation_errors: Nullish(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())]), {
        description: 'Field → message(s).',
      }),
    ),
  },
  { $id: 'OctoAIErrorBody', description: 'The OpenAI-like error envelope OctoAI returns.' },
)
export type OctoAIErrorBody = Static<typeof OctoAIErrorBody>

/** FastAPI's `HTTPException` body, sent outside validation: `{"detail":"Not Found"}`. */
export const OctoAIHttpErrorBody = Type.Object(
  { detail: Type.String({ description: 'What went wrong, e.g. `Not Found`.' }) },
  { $id: 'OctoAIHttpErrorBody', description: "FastAPI's error body for a failed route or auth." },
)
export type OctoAIHttpErrorBody = Static<typeof OctoAIHttpErrorBody>
