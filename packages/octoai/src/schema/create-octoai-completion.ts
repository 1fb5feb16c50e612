import { Nullish, Type } from '@chatwire/core'
import type { TProperties, TSchema } from '@sinclair/typebox'
import { OctoAIFinishReason } from './octoai-finish-reason'
import { OctoAILogprobs } from './octoai-logprobs'

/** A choice of a response or of a chunk: its index and `message` or `delta`, then how it ended. */
export function createOctoAIChoice<Content extends TProperties>(content: Content, $id: string) {
  return Type.Object(
    { ...content, finish_reason: Nullish(OctoAIFinishReason), logprobs: Nullish(OctoAILogprobs) },
    { $id },
  )
}

/**
 * The fields a response and a streamed chunk share (reference §6.3, §6.4). `object` is optional
 * (OctoAI's first chunk has none) with its one value as the default.
 */
export function createOctoAICompletionProperties<
  const ObjectType extends string,
  Choice extends TSchema,
  Usage extends TSchema,
>(object: ObjectType, choice: Choice, usage: Usage) {
  return {
    id: Type.String(),
    object: Type.Optional(Type.Literal(object, { default: object })),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(choice),
    usage,
  }
}
