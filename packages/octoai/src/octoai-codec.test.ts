import { fileURLToPath } from 'node:url'
import { decodeBytes, describeCodecConformance, encodeParts, loadFixtures } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from './octoai-codec'

const fixtures = loadFixtures(fileURLToPath(new URL('./__fixtures__', import.meta.url)))
// Streams whose error event OctoAI never wrote (the decoder tolerates it; the encoder ends the
// stream instead, as OctoML's server did): their error message cannot survive a round trip.
const TOLERATED_ONLY = new Set(['octoai-midstream-error'])

describeCodecConformance({
  codec: octoaiCodec,
  fixtures: {
    ...fixtures,
    streams: fixtures.streams.filter(({ name }) => !TOLERATED_ONLY.has(name)),
  },
})

describe.each(fixtures.streams.filter(({ name }) => TOLERATED_ONLY.has(name)))(
  'octoai stream $name (an error event tolerated, never written)',
  ({ bytes }) => {
    const parts = decodeBytes(octoaiCodec, bytes)

    it('decodes the same whole, one byte at a time and in 7-byte pieces, ending in one error', () => {
      expect(decodeBytes(octoaiCodec, bytes, 1)).toEqual(parts)
      expect(decodeBytes(octoaiCodec, bytes, 7)).toEqual(parts)
      expect(parts.filter((part) => part.type === 'error' || part.type === 'done')).toEqual([
        parts.at(-1),
      ])
      expect(parts.at(-1)?.type).toBe('error')
    })

    it('re-encodes as a stream that just ends, which decodes to the same chunks and an error', () => {
      const again = decodeBytes(octoaiCodec, encodeParts(octoaiCodec, parts))
      expect(again.slice(0, -1)).toEqual(parts.slice(0, -1))
      expect(again.at(-1)?.type).toBe('error')
    })
  },
)
