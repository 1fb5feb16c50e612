import type { Static } from '@sinclair/typebox'
import { FinishReason } from './finish-reason'
import * as Type from './json-type'
import { Logprobs } from './logprobs'
import { JsonObject } from './schema-helpers'
import { ToolCall } from './tool'
import { Usage } from './usage'

export const ResponseMessage = Type.Object(
  {
    role: Type.Literal('assistant'),
    content: Type.Union([Type.String(), Type.Null()]),
    refusal: Type.Optional(Type.String()),
    reasoning: Type.Optional(Type.String()),
    toolCalls: Type.Optional(Type.Array(ToolCall)),
    functionCall: Type.Optional(Type.Object({ name: Type.String(), arguments: Type.String() })),
    annotations: Type.Optional(Type.Array(JsonObject)),
  },
  { $id: 'ResponseMessage' },
)
export type ResponseMessage = Static<typeof ResponseMessage>

export const ResponseChoice = Type.Object(
  {
    index: Type.Integer({ minimum: 0 }),
    message: ResponseMessage,
    finishReason: Type.Optional(FinishReason),
    logprobs: Type.Optional(Logprobs),
  },
  { $id: 'ResponseChoice' },
)
export type ResponseChoice = Static<typeof ResponseChoice>

/** A whole (non-streamed) completion in canonical form. */
export const ChatResponse = Type.Object(
  {
    id: Type.String(),
    model: Type.Optional(Type.String()),
    created: Type.Optional(Type.Integer({ description: 'Unix seconds.' })),
    systemFingerprint: Type.Optional(Type.String()),
    serviceTier: Type.Optional(Type.String()),
    choices: Type.Array(ResponseChoice),
    usage: Type.Optional(Usage),
  },
  { $id: 'ChatResponse' },
)
export type ChatResponse = Static<typeof ChatResponse>
