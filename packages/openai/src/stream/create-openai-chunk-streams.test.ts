import { readFileSync } from 'node:fs'
import type { SseEvent } from '@chatwire/core'
import { collectStream, createSseDecoderStream, streamFromIterable } from '@chatwire/sse'
import { decodeBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import {
  createOpenAIChunkDecoderStream,
  createOpenAIChunkEncoderStream,
} from './create-openai-chunk-streams'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))

describe('OpenAI chunk streams', () => {
  it.each([
    'openai-parallel-tool-calls.sse',
    'openai-refusal-logprobs.sse',
    'openai-midstream-error.sse',
    'openai-truncated.sse',
  ])('%s: the Web Streams give what the codec gives, split every 7 bytes', async (name) => {
    const bytes = fixture(name)
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) =>
      bytes.subarray(index * 7, index * 7 + 7),
    )
    const parts = await collectStream(
      streamFromIterable(pieces)
        .pipeThrough(createSseDecoderStream())
        .pipeThrough(createOpenAIChunkDecoderStream()),
    )
    expect(parts).toEqual(decodeBytes(openaiCodec, bytes))

    const events = await collectStream(
      streamFromIterable(parts).pipeThrough(createOpenAIChunkEncoderStream({ includeUsage: true })),
    )
    const expected: SseEvent[] = []
    const encoder = openaiCodec.createStreamEncoder((event) => expected.push(event), {
      includeUsage: true,
    })
    for (const part of parts) encoder.push(part)
    encoder.end()
    expect(events).toEqual(expected)
    expect(events.length).toBeGreaterThan(1)
  })
})
