import type { SseEvent } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { collectStream } from './collect-stream'
import { createSseDecoderStream } from './create-sse-decoder-stream'
import { createSseEncoderStream } from './create-sse-encoder-stream'
import { streamFromIterable } from './stream-from-iterable'
import { ELASTIC_CHUNKS, ELASTIC_STREAM } from './test-support/vendor-transcripts'

const elasticEvents: SseEvent[] = ELASTIC_CHUNKS.map((data) => ({ event: 'message', data }))

describe('createSseEncoderStream', () => {
  it('writes the exact Elasticsearch bytes, one chunk per event', async () => {
    const encoded = streamFromIterable(elasticEvents).pipeThrough(
      createSseEncoderStream({ bomPerEvent: true }),
    )
    const chunks = await collectStream(encoded)
    expect(chunks).toHaveLength(elasticEvents.length)
    expect(chunks.every((chunk) => chunk instanceof Uint8Array)).toBe(true)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(ELASTIC_STREAM)
  })

  it('round-trips through the decoder stream', async () => {
    const events: SseEvent[] = [
      { data: 'multi\nline' },
      { event: 'tool_status', data: '日本', id: '1', retry: 20 },
    ]
    const roundTrip = streamFromIterable(events)
      .pipeThrough(createSseEncoderStream())
      .pipeThrough(createSseDecoderStream())
    expect(await collectStream(roundTrip)).toEqual(events)
  })
})
