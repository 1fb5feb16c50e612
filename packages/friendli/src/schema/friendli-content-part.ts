import { Type } from '@chatwire/core'
import type { Static, TLiteral } from '@sinclair/typebox'

const url = () => Type.Object({ url: Type.String({}) }, { additionalProperties: false })

export const FriendliTextContent = Type.Object(
  {
    type: Type.Literal('text', {}),
    text: Type.String({}),
  },
  { $id: 'FriendliTextContent', additionalProperties: false },
)
export type FriendliTextContent = Static<typeof FriendliTextContent>

/** `{type: "<kind>_url", "<kind>_url": {url}}`: Friendli takes media by URL only. */
function urlContent<const Kind extends 'image' | 'audio' | 'video'>(kind: Kind, $id: string) {
  const type = `${kind}_url` as const
  const properties = {
    type: Type.Literal(type, {}),
    [type]: url(),
  } as {
    type: TLiteral<typeof type>
  } & Record<typeof type, ReturnType<typeof url>>
  return Type.Object(properties, { $id, additionalProperties: false })
}

export const FriendliImageContent = urlContent('image', 'FriendliImageContent')
export type FriendliImageContent = Static<typeof FriendliImageContent>

export const FriendliAudioContent = urlContent('audio', 'FriendliAudioContent')
export type FriendliAudioContent = Static<typeof FriendliAudioContent>

export const FriendliVideoContent = urlContent('video', 'FriendliVideoContent')
export type FriendliVideoContent = Static<typeof FriendliVideoContent>

/**
 * Per-`type` schemas, so a validation error can name the offending field of one part; the union
 * of a user message's parts is made of them, in this order.
 */
export const FRIENDLI_CONTENT_PART_SCHEMAS = {
  text: FriendliTextContent,
  image_url: FriendliImageContent,
  audio_url: FriendliAudioContent,
  video_url: FriendliVideoContent,
} as const

/** Parts of a user message; multimodal input is Beta on Friendli (reference §5.2). */
export const FriendliUserContentPart = Type.Union(Object.values(FRIENDLI_CONTENT_PART_SCHEMAS), {
  $id: 'FriendliUserContentPart',
})
export type FriendliUserContentPart = Static<typeof FriendliUserContentPart>
