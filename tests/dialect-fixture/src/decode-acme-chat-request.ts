import { assertValid, type ChatRequest, compileSchema, isJsonObject } from '@chatwire/core'
import { decodeOpenAIChatRequest } from '@chatwire/openai'
import { AcmePriority, acmeExtension } from './acme-extension'

const priorityValidator = compileSchema(AcmePriority)

/**
 * Validates an Acme body as OpenAI's plus `acme_priority`, which lands in the `acme` bag.
 * Rejections name the field in OpenAI's envelope (`param: "acme_priority"`).
 */
export function decodeAcmeChatRequest(body: unknown): ChatRequest {
  if (!isJsonObject(body) || !Object.hasOwn(body, 'acme_priority')) {
    return decodeOpenAIChatRequest(body)
  }
  const { acme_priority: wirePriority, ...openaiBody } = body
  const request = decodeOpenAIChatRequest(openaiBody)
  const acmePriority = assertValid(priorityValidator, wirePriority, { pathPrefix: 'acme_priority' })
  request.extensions = { ...request.extensions, [acmeExtension.name]: { acmePriority } }
  return request
}
