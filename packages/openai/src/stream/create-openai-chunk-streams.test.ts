import { readFileSync } from 'node:fs'
import {
  decodeByteStream,
  decodeBytes,
  encodeEvents,
  encodePartStream,
  splitBytes,
} from '@chatwire/testkit'
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
    const parts = await decodeByteStream(splitBytes(bytes, 7), createOpenAIChunkDecoderStream())
    expect(parts).toEqual(decodeBytes(openaiCodec, bytes))

    const options = { includeUsage: true }
    const events = await encodePartStream(parts, createOpenAIChunkEncoderStream(options))
    expect(events).toEqual(encodeEvents(openaiCodec, parts, options))
    expect(events.length).toBeGreaterThan(1)
  })
})
