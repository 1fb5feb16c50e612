import { bindChunkStreams } from '@chatwire/core'
import { elasticCodec } from '../elastic-codec'

const streams = bindChunkStreams(elasticCodec)

/** SSE events of an Elastic `_stream` response → canonical parts. */
export const createElasticChunkDecoderStream = streams.createDecoderStream

/** Canonical parts → Elastic SSE events; frame them with `ELASTIC_SSE_FRAMING`. */
export const createElasticChunkEncoderStream = streams.createEncoderStream
