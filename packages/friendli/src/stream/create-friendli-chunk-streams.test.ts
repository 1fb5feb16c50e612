import { readFileSync } from 'node:fs'
import type { EncodeStreamOptions } from '@chatwire/core'
import { decodeByteStream, decodeBytes, encodePartStream } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { friendliCodec } from '../friendli-codec'
import {
  createFriendliChunkDecoderStream,
  createFriendliChunkEncoderStream,
} from './create-friendli-chunk-streams'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))

describe('Friendli chunk streams', () => {
  it.each<[string, EncodeStreamOptions, string]>([
    ['friendli-tool-status.sse', {}, 'tool_status'],
    ['friendli-token-events.sse', { variant: 'token' }, 'token'],
  ])(
    '%s: decodes as the codec does and encodes %j back with %s events',
    async (name, options, event) => {
      const bytes = fixture(name)
      const parts = await decodeByteStream(
        [bytes.subarray(0, 11), bytes.subarray(11)],
        createFriendliChunkDecoderStream(),
      )
      expect(parts).toEqual(decodeBytes(friendliCodec, bytes))
      const events = await encodePartStream(parts, createFriendliChunkEncoderStream(options))
      expect(events.map((sent) => sent.event)).toContain(event)
      expect(events.at(-1)).toEqual({ data: '[DONE]' })
    },
  )
})
