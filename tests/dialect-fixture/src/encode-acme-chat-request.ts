import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  readExtension,
} from '@chatwire/core'
import { encodeOpenAIChatRequest } from '@chatwire/openai'
import type { AcmeChatRequest } from './acme-chat-request'
import { acmeExtension } from './acme-extension'

/** Canonical → Acme body: OpenAI's encoding, then the `acme` bag as `acme_priority`. */
export function encodeAcmeChatRequest(
  request: ChatRequest,
  options: EncodeRequestOptions = {},
): EncodedRequest<AcmeChatRequest> {
  const bag = readExtension(request, acmeExtension)
  if (bag === undefined) return encodeOpenAIChatRequest(request, options)
  // OpenAI's encoder reports every bag but its own as lost: it never sees Acme's.
  const { [acmeExtension.name]: _acme, ...others } = request.extensions ?? {}
  const encoded: EncodedRequest<AcmeChatRequest> = encodeOpenAIChatRequest(
    { ...request, extensions: others },
    options,
  )
  if (bag.acmePriority !== undefined) encoded.body.acme_priority = bag.acmePriority
  return encoded
}
