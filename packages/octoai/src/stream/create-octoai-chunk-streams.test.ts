import type { ChatStreamPart } from '@chatwire/core'
import { collectStream, createSseEncoderStream, streamFromIterable } from '@chatwire/sse'
import { decodeByteStream, encodePartStream, splitBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { readOctoAIFixture } from '../test-support/read-octoai-fixture'
import {
  createOctoAIChunkDecoderStream,
  createOctoAIChunkEncoderStream,
} from './create-octoai-chunk-streams'

describe('OctoAI chunk streams', () => {
  it.each(['octoai-tool-call.sse', 'octoai-cancelled-usage.sse', 'octoai-truncated.sse'])(
    '%s: bytes → parts → bytes → parts gives the same parts',
    async (name) => {
      const decode = (pieces: Iterable<Uint8Array>) =>
        decodeByteStream(pieces, createOctoAIChunkDecoderStream())
      const bytes = new TextEncoder().encode(readOctoAIFixture(name))
      const parts = await decode(splitBytes(bytes, 5))
      const encoded = await collectStream(
        streamFromIterable(parts)
          .pipeThrough(createOctoAIChunkEncoderStream())
          .pipeThrough(createSseEncoderStream()),
      )
      const again = await decode(encoded)
      if (parts.at(-1)?.type === 'error') {
        expect(again.slice(0, -1)).toEqual(parts.slice(0, -1))
        expect(again.at(-1)?.type).toBe('error')
      } else {
        expect(again).toEqual(parts)
      }
    },
  )

  it('drops usage-only output when the client did not ask for usage', async () => {
    const parts: ChatStreamPart[] = [
      {
        type: 'chunk',
        id: 'c',
        model: 'm',
        created: 1,
        choices: [],
        usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
      },
      { type: 'done' },
    ]
    const events = await encodePartStream(
      parts,
      createOctoAIChunkEncoderStream({ includeUsage: false }),
    )
    expect(events).toEqual([{ data: '[DONE]' }])
  })
})
