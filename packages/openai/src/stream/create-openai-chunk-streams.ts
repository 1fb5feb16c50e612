import { bindChunkStreams } from '@chatwire/core'
import { openaiCodec } from '../openai-codec'

const streams = bindChunkStreams(openaiCodec)

/** SSE events of an OpenAI stream → canonical parts (Web Streams face of the decoder). */
export const createOpenAIChunkDecoderStream = streams.createDecoderStream

/** Canonical parts → OpenAI SSE events (Web Streams face of the encoder). */
export const createOpenAIChunkEncoderStream = streams.createEncoderStream
