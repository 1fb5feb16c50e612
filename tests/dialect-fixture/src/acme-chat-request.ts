import { Type } from '@chatwire/core'
import { OpenAIChatRequest } from '@chatwire/openai'
import type { Static } from '@sinclair/typebox'
import { AcmePriority } from './acme-extension'

/** `POST /v1/chat/completions` on Acme: OpenAI's body plus `acme_priority`. */
export const AcmeChatRequest = Type.Object(
  { ...OpenAIChatRequest.properties, acme_priority: Type.Optional(AcmePriority) },
  {
    $id: 'AcmeChatRequest',
    additionalProperties: false,
    description: 'An OpenAI Chat Completions body with Acme’s scheduling priority.',
  },
)
export type AcmeChatRequest = Static<typeof AcmeChatRequest>
