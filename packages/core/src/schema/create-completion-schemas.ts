import type { IntegerOptions, TProperties, TSchema } from '@sinclair/typebox'
import { FinishReason } from './finish-reason'
import * as Type from './json-type'
import { Logprobs } from './logprobs'
import { Usage } from './usage'

/** A choice of a whole response (`message`) or of a streamed chunk (`delta`): the rest is shared. */
export function createChoice<Content extends TProperties>(content: Content, $id: string) {
  return Type.Object(
    {
      index: Type.Integer({ minimum: 0 }),
      ...content,
      finishReason: Type.Optional(FinishReason),
      logprobs: Type.Optional(Logprobs),
    },
    { $id },
  )
}

/** The fields a whole response and a streamed chunk share around their choices. */
export function createCompletionProperties<Choice extends TSchema>(
  choice: Choice,
  created?: IntegerOptions,
) {
  return {
    id: Type.String(),
    model: Type.Optional(Type.String()),
    created: Type.Optional(Type.Integer(created)),
    systemFingerprint: Type.Optional(Type.String()),
    serviceTier: Type.Optional(Type.String()),
    choices: Type.Array(choice),
    usage: Type.Optional(Usage),
  }
}
