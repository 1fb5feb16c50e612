import {
  type ChatRequest,
  type EncodedRequest,
  type EncodeRequestOptions,
  FIELD_LOSS_KIND,
  type Loss,
  readExtension,
  reportUnsupportedFields,
  type WireContext,
} from '@chatwire/core'
import { reportForeignCompatibleExtensions } from '@chatwire/openai/internal'
import { FRIENDLI_COMPATIBLE_FIELDS } from '../map/friendli-request-fields'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import { type FriendliProduct, friendliExtension } from '../schema/friendli-extension'
import { encodeFriendliExtension } from './encode-friendli-extension'
import { encodeFriendliMessage } from './encode-friendli-message'
import { encodeFriendliSampling } from './encode-friendli-sampling'
import {
  encodeFriendliResponseFormat,
  encodeFriendliTool,
  encodeFriendliToolChoice,
} from './encode-friendli-tools'
import { resolveFriendliProduct } from './resolve-friendli-product'

/** Friendli has a home for every canonical field but `user` and `metadata` (reference §5.2). */
const UNSUPPORTED: ReadonlySet<string> = new Set(['user', 'metadata'])
const SUPPORTED: ReadonlySet<string> = new Set(
  Object.keys(FIELD_LOSS_KIND).filter((field) => !UNSUPPORTED.has(field)),
)

export interface EncodeFriendliChatRequestOptions extends EncodeRequestOptions {
  /** The endpoint to encode for; else `extensions.friendli.product`; else serverless. */
  product?: FriendliProduct | undefined
}

/**
 * Canonical → a Friendli chat request body for one product (serverless, dedicated, the
 * tool-assisted endpoint `tools`, or a container), with every loss reported. The context
 * carries the product (`params.product`) and the `X-Friendli-Team` header.
 */
export function encodeFriendliChatRequest(
  request: ChatRequest,
  options: EncodeFriendliChatRequestOptions = {},
): EncodedRequest<FriendliAnyChatRequest> {
  const extension = readExtension(request, friendliExtension)
  const product = resolveFriendliProduct(options.product, extension?.product)
  const losses: Loss[] = []
  const messages = request.messages.flatMap(
    (message, index) => encodeFriendliMessage(message, `messages[${index}]`, losses) ?? [],
  )
  const body: FriendliAnyChatRequest = { messages }
  if (request.model !== '' || product !== 'container') body.model = request.model
  if (request.tools) {
    body.tools = request.tools.flatMap(
      (tool, index) => encodeFriendliTool(tool, `tools[${index}]`, product, losses) ?? [],
    )
  }
  const toolChoice = request.toolChoice && encodeFriendliToolChoice(request.toolChoice, losses)
  if (toolChoice !== undefined) body.tool_choice = toolChoice
  const format =
    request.responseFormat && encodeFriendliResponseFormat(request.responseFormat, product, losses)
  if (format !== undefined) body.response_format = format
  encodeFriendliSampling(request, options.stream, body, losses)
  encodeFriendliExtension(request, product, body, losses)
  reportUnsupportedFields(request, SUPPORTED, 'Friendli', losses)
  reportForeignCompatibleExtensions(
    request,
    friendliExtension.name,
    FRIENDLI_COMPATIBLE_FIELDS,
    'Friendli',
    losses,
  )
  const context: WireContext = { params: { product } }
  if (extension?.team !== undefined) context.headers = { 'x-friendli-team': extension.team }
  return { body, losses, context }
}
