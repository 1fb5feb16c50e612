import { bindChunkStreams } from '@chatwire/core'
import { friendliCodec } from '../friendli-codec'

const streams = bindChunkStreams(friendliCodec)

/** SSE events of a Friendli stream → canonical parts (Web Streams face of the decoder). */
export const createFriendliChunkDecoderStream = streams.createDecoderStream

/** Canonical parts → Friendli SSE events (Web Streams face of the encoder); `variant: 'token'` names every chunk event `token`, as the tool-assisted endpoint sends them. */
export const createFriendliChunkEncoderStream = streams.createEncoderStream
