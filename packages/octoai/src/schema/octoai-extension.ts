import { defineExtension, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

export const OctoAIExtension = Type.Object(
  {
    peft: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    ignoreEos: Type.Optional(Type.Boolean()),
    logPrompt: Type.Optional(Type.Boolean()),
    loglikelihood: Type.Optional(Type.Boolean()),
  },
  { $id: 'OctoAIExtension', description: 'OctoAI-only request fields.' },
)
export type OctoAIExtension = Static<typeof OctoAIExtension>

/** The `octoai` extension bag and the loss kind of each field (`null`: request context). */
export const octoaiExtension = defineExtension({
  name: 'octoai',
  schema: OctoAIExtension,
  losses: { peft: 'semantic', ignoreEos: 'semantic', logPrompt: 'hint', loglikelihood: 'semantic' },
})
