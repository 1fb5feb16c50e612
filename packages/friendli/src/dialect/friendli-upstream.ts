import { Type, type UpstreamBinding, type UpstreamSettings } from '@chatwire/core'
import { targetOpenAIUpstream } from '@chatwire/openai/dialect'
import { FRIENDLI_PRODUCT_CODECS, type FriendliEndpointProduct } from './friendli-endpoints'

/** The upstream options only Friendli reads (the gateway's config keys, unchanged). */
const FRIENDLI_UPSTREAM_OPTIONS = {
  team: Type.Optional(Type.String({ description: 'Friendli only: `X-Friendli-Team`.' })),
  product: Type.Optional(
    Type.Union([Type.Literal('serverless'), Type.Literal('dedicated'), Type.Literal('tools')], {
      description: 'Friendli only; default: read from the base URL path.',
    }),
  ),
}

type FriendliUpstreamSettings = UpstreamSettings & {
  team?: string
  product?: FriendliEndpointProduct
}

/** The product decides what the body may carry (built-in tools only on `tools`, §5.2). */
function readFriendliProduct(settings: UpstreamSettings): FriendliEndpointProduct {
  const upstream = settings as FriendliUpstreamSettings
  if (upstream.product) return upstream.product
  const path = new URL(upstream.baseURL).pathname
  if (path.includes('/serverless/tools/')) return 'tools'
  if (path.includes('/dedicated/')) return 'dedicated'
  return 'serverless'
}

/** The engine's `{baseURL}/chat/completions` with Bearer, plus the optional `X-Friendli-Team` header (§5.1). */
export const friendliUpstream: UpstreamBinding = {
  options: FRIENDLI_UPSTREAM_OPTIONS,
  answersWithoutStream: true,
  codec: (upstream) => FRIENDLI_PRODUCT_CODECS[readFriendliProduct(upstream)],
  endpoint: readFriendliProduct,
  target(settings, encoded, call) {
    const target = targetOpenAIUpstream(settings, encoded, call)
    const { team } = settings as FriendliUpstreamSettings
    if (team) target.headers['x-friendli-team'] = team
    return target
  },
}
