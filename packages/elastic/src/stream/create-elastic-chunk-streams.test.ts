import { readFileSync } from 'node:fs'
import { aggregateChatStream } from '@chatwire/core'
import { collectStream, createSseEncoderStream, streamFromIterable } from '@chatwire/sse'
import { decodeByteStream, splitBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import {
  createElasticChunkDecoderStream,
  createElasticChunkEncoderStream,
} from './create-elastic-chunk-streams'

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))

describe('Elastic chunk streams over bytes', () => {
  it('decode → encode reproduces the server bytes, read in 5-byte pieces', async () => {
    const original = bytes('elastic-parallel-tool-calls.sse')
    const parts = await decodeByteStream(splitBytes(original, 5), createElasticChunkDecoderStream())
    const output = streamFromIterable(parts)
      .pipeThrough(createElasticChunkEncoderStream())
      .pipeThrough(createSseEncoderStream(elasticCodec.framing))
    const chunks = await collectStream(output)
    expect(Buffer.concat(chunks).equals(Buffer.from(original))).toBe(true)
  })

  it('aggregates a server stream for a non-streaming client', async () => {
    const parts = await decodeByteStream(
      splitBytes(bytes('elastic-parallel-tool-calls.sse'), 3),
      createElasticChunkDecoderStream(),
    )
    const response = await aggregateChatStream(streamFromIterable(parts))
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
    const parts = await decodeByteStream(
      [bytes('elastic-midstream-error.sse')],
      createElasticChunkDecoderStream(),
    )
    await expect(aggregateChatStream(streamFromIterable(parts))).rejects.toMatchObject({
      kind: 'upstream',
      code: 'stream_error',
    })
  })
})
