import { describe, expect, it } from 'vitest'
import { collectStream } from './collect-stream'
import { createSseDecoderStream } from './create-sse-decoder-stream'
import { streamFromIterable } from './stream-from-iterable'
import { ELASTIC_CHUNKS, ELASTIC_STREAM } from './test-support/vendor-transcripts'

describe('createSseDecoderStream', () => {
  it('decodes an Elastic stream cut into 7-byte pieces', async () => {
    const bytes = new TextEncoder().encode(ELASTIC_STREAM)
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) =>
      bytes.subarray(index * 7, index * 7 + 7),
    )
    const events = await collectStream(
      streamFromIterable(pieces).pipeThrough(createSseDecoderStream()),
    )
    expect(events).toEqual(ELASTIC_CHUNKS.map((data) => ({ event: 'message', data })))
  })

  it('accepts text and drops an event left without its blank line at the end', async () => {
    const input = streamFromIterable(['data: a\n', '\ndata: b\n'])
    expect(await collectStream(input.pipeThrough(createSseDecoderStream()))).toEqual([
      { data: 'a' },
    ])
  })
})
