import { type Codec, guardCodec } from '@chatwire/core'
import { decodeFriendliError } from './error/decode-friendli-error'
import { encodeFriendliError } from './error/encode-friendli-error'
import { decodeFriendliChatRequest } from './request/decode-friendli-chat-request'
import { encodeFriendliChatRequest } from './request/encode-friendli-chat-request'
import { decodeFriendliChatResponse } from './response/decode-friendli-chat-response'
import { encodeFriendliChatResponse } from './response/encode-friendli-chat-response'
import type { FriendliAnyChatRequest } from './schema/friendli-any-chat-request'
import type { FriendliChatResponse } from './schema/friendli-chat-response'
import type { FriendliProduct } from './schema/friendli-extension'
import { createFriendliStreamDecoder } from './stream/create-friendli-stream-decoder'
import { createFriendliStreamEncoder } from './stream/create-friendli-stream-encoder'

export interface FriendliCodecOptions {
  /**
   * Bind the codec to one endpoint family: `serverless` (`/serverless/v1`), `dedicated`
   * (`/dedicated/v1`), `tools` (`/serverless/tools/v1`) or `container`. Unbound, the product
   * comes from `context.params.product` (decode) or `extensions.friendli.product` (encode).
   */
  product?: FriendliProduct
}

export type FriendliCodec = Codec<FriendliAnyChatRequest, FriendliChatResponse>

/** A Friendli codec, optionally bound to one product (the gateway mounts one per path). */
export function createFriendliCodec(options: FriendliCodecOptions = {}): FriendliCodec {
  const { product } = options
  return guardCodec({
    dialect: 'friendli',
    framing: {},
    decodeRequest: (body, context) => decodeFriendliChatRequest(body, context, { product }),
    encodeRequest: (request, encodeOptions) =>
      encodeFriendliChatRequest(request, { ...encodeOptions, product }),
    decodeResponse: decodeFriendliChatResponse,
    encodeResponse: encodeFriendliChatResponse,
    createStreamDecoder: createFriendliStreamDecoder,
    createStreamEncoder: createFriendliStreamEncoder,
    decodeError: decodeFriendliError,
    encodeError: encodeFriendliError,
  })
}

/** The unbound Friendli codec: product from the request context, serverless by default. */
export const friendliCodec: FriendliCodec = createFriendliCodec()
