import { readFileSync } from 'node:fs'
import { aggregateChatStream } from '@chatwire/core'
import {
  collectStream,
  createSseDecoderStream,
  createSseEncoderStream,
  streamFromIterable,
} from '@chatwire/sse'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import {
  createElasticChunkDecoderStream,
  createElasticChunkEncoderStream,
} from './create-elastic-chunk-streams'

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))

/** The bytes in pieces of `size`, so events and BOMs are split across reads. */
function pieces(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let offset = 0; offset < data.length; offset += size)
    out.push(data.subarray(offset, offset + size))
  return out
}

describe('Elastic chunk streams over bytes', () => {
  it('decode → encode reproduces the server bytes, read in 5-byte pieces', async () => {
    const original = bytes('elastic-parallel-tool-calls.sse')
    const output = streamFromIterable(pieces(original, 5))
      .pipeThrough(createSseDecoderStream())
      .pipeThrough(createElasticChunkDecoderStream())
      .pipeThrough(createElasticChunkEncoderStream())
      .pipeThrough(createSseEncoderStream(elasticCodec.framing))
    const chunks = await collectStream(output)
    expect(Buffer.concat(chunks).equals(Buffer.from(original))).toBe(true)
  })

  it('aggregates a server stream for a non-streaming client', async () => {
    const parts = streamFromIterable(pieces(bytes('elastic-parallel-tool-calls.sse'), 3))
      .pipeThrough(createSseDecoderStream())
      .pipeThrough(createElasticChunkDecoderStream())
    const response = await aggregateChatStream(parts)
    expect(response.choices[0]?.message.toolCalls).toEqual([
      {
        id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
        type: 'function',
        name: 'get_weather',
        arguments: '{"location":"Paris"}',
      },
      {
        id: 'call_Zq1wX8mV3kd92LpQ4rTnB7yC',
        type: 'function',
        name: 'get_time',
        arguments: '{"tz":"UTC"}',
      },
    ])
    expect(response.choices[0]?.finishReason).toEqual({ unified: 'tool-calls', raw: 'tool_calls' })
    expect(response.usage).toEqual({ promptTokens: 82, completionTokens: 41, totalTokens: 123 })
  })

  it('rejects the aggregate of a stream that failed mid-way', async () => {
    const parts = streamFromIterable([bytes('elastic-midstream-error.sse')])
      .pipeThrough(createSseDecoderStream())
      .pipeThrough(createElasticChunkDecoderStream())
    await expect(aggregateChatStream(parts)).rejects.toMatchObject({
      kind: 'upstream',
      code: 'stream_error',
    })
  })
})
