import type { Codec } from '@chatwire/core'

export type FriendliPathProduct = 'serverless' | 'dedicated' | 'tools'

/** The four codecs, injectable so the app can be assembled with any implementation. */
export interface GatewayCodecs {
  openai: Codec
  elastic: Codec
  octoai: Codec
  friendli(product: FriendliPathProduct): Codec
}
