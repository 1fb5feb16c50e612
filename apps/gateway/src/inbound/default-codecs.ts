import { elasticCodec } from '@chatwire/elastic'
import { createFriendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { createOpenAICodec, openaiCodec } from '@chatwire/openai'
import type { FriendliPathProduct, GatewayCodecs } from './gateway-codecs'

const friendliCodecs = new Map<FriendliPathProduct, ReturnType<typeof createFriendliCodec>>()

/** The four published codecs; Friendli's per product, created once each. */
export const defaultCodecs: GatewayCodecs = {
  openai: openaiCodec,
  openaiForwarding: createOpenAICodec({ forwardCompatibleFields: true }),
  elastic: elasticCodec,
  octoai: octoaiCodec,
  friendli(product) {
    let codec = friendliCodecs.get(product)
    if (!codec) {
      codec = createFriendliCodec({ product })
      friendliCodecs.set(product, codec)
    }
    return codec
  },
}
