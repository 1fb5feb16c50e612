import type { DialectEndpoint } from '@chatwire/core'
import { createOpenAIEndpoint } from '@chatwire/openai/dialect'
import { createFriendliCodec, type FriendliCodec } from '../friendli-codec'

/** The three products the gateway serves; each takes other requests (§5.2). */
export type FriendliEndpointProduct = 'serverless' | 'dedicated' | 'tools'

/** One codec bound to each product, created once. */
export const FRIENDLI_PRODUCT_CODECS: Readonly<Record<FriendliEndpointProduct, FriendliCodec>> = {
  serverless: createFriendliCodec({ product: 'serverless' }),
  dedicated: createFriendliCodec({ product: 'dedicated' }),
  tools: createFriendliCodec({ product: 'tools' }),
}

const endpoint = (id: FriendliEndpointProduct, path: string, errorPrefix: string) =>
  createOpenAIEndpoint({
    id,
    codec: FRIENDLI_PRODUCT_CODECS[id],
    gatewayPaths: [`/friendli${path}/v1/chat/completions`],
    errorPrefix,
  })

/**
 * Serverless, dedicated and tool-assisted chat under the gateway's `/friendli` prefix, with
 * the conventions of the engine it builds on; other paths under `/friendli/` answer as serverless.
 */
export const friendliEndpoints: readonly DialectEndpoint[] = [
  endpoint('serverless', '/serverless', '/friendli/'),
  endpoint('dedicated', '/dedicated', '/friendli/dedicated/'),
  endpoint('tools', '/serverless/tools', '/friendli/serverless/tools/'),
]
