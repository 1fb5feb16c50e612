import { bindChunkStreams } from '@chatwire/core'
import { octoaiCodec } from '../octoai-codec'

const streams = bindChunkStreams(octoaiCodec)

/** SSE events of an OctoAI stream → canonical parts (Web Streams face of the decoder). */
export const createOctoAIChunkDecoderStream = streams.createDecoderStream

/** Canonical parts → OctoAI SSE events (Web Streams face of the encoder). */
export const createOctoAIChunkEncoderStream = streams.createEncoderStream
