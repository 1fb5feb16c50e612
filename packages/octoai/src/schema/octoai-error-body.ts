import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

// Descriptions: in ../docs/octoai-schema-descriptions.ts (describeOctoAISchemas() puts them back).

export const OctoAIValidationErrorItem = Type.Object(
  {
    loc: Type.Array(Type.Union([Type.String(), Type.Integer()])),
    msg: Type.String(),
    type: Type.String(),
  },
  { $id: 'OctoAIValidationErrorItem' },
)
export type OctoAIValidationErrorItem = Static<typeof OctoAIValidationErrorItem>

/** HTTP 422: FastAPI's `HTTPValidationError`. */
export const OctoAIValidationError = Type.Object(
  { detail: Type.Optional(Type.Array(OctoAIValidationErrorItem)) },
  {
    $id: 'OctoAIValidationError',
  },
)
export type OctoAIValidationError = Static<typeof OctoAIValidationError>

/** HTTP 500 (and OctoAI's other JSON errors): `ErrorResponse`. */
export const OctoAIErrorBody = Type.Object(
  {
    object: Type.Optional(Type.Literal('error', { default: 'error' })),
    message: Type.String(),
    type: Type.String(),
    param: Nullish(Type.String()),
    code: Nullish(Type.String()),
    validation_errors: Nullish(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String())])),
    ),
  },
  { $id: 'OctoAIErrorBody' },
)
export type OctoAIErrorBody = Static<typeof OctoAIErrorBody>

/** FastAPI's `HTTPException` body, sent outside validation: `{"detail":"Not Found"}`. */
export const OctoAIHttpErrorBody = Type.Object(
  { detail: Type.String() },
  { $id: 'OctoAIHttpErrorBody' },
)
export type OctoAIHttpErrorBody = Static<typeof OctoAIHttpErrorBody>
