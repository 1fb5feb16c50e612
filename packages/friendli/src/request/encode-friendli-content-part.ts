import type { Loss, UserContentPart } from '@chatwire/core'
import type { FriendliUserContentPart } from '../schema/friendli-content-part'

/** Canonical user part → Friendli part; Friendli takes media only by URL (reference §9.5). */
export function encodeFriendliContentPart(
  part: UserContentPart,
  path: string,
  losses: Loss[],
): FriendliUserContentPart | undefined {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text }
    case 'image':
      if (part.detail !== undefined) {
        losses.push({
          path: `${path}.detail`,
          kind: 'hint',
          message: 'Friendli has no image detail',
        })
      }
      return { type: 'image_url', image_url: { url: part.url } }
    case 'audio':
      if (part.url !== undefined) return { type: 'audio_url', audio_url: { url: part.url } }
      losses.push({
        path,
        kind: 'semantic',
        message: 'Friendli takes audio only by URL (audio_url), not as inline data',
      })
      return undefined
    case 'video':
      return { type: 'video_url', video_url: { url: part.url } }
    case 'file':
      losses.push({ path, kind: 'semantic', message: 'Friendli chat messages take no file parts' })
      return undefined
  }
}
