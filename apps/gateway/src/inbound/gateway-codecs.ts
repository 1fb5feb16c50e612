import type { Codec } from '@chatwire/core'

export type FriendliPathProduct = 'serverless' | 'dedicated' | 'tools'

/** The four codecs, injectable so the app can be assembled with any implementation. */
export interface GatewayCodecs {
  openai: Codec
  /** OpenAI toward servers that take the OpenAI-compatible extra fields (`compatibleFields: forward`). */
  openaiForwarding?: Codec
  elastic: Codec
  octoai: Codec
  friendli(product: FriendliPathProduct): Codec
}
