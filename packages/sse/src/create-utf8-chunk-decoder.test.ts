import { describe, expect, it } from 'vitest'
import { createUtf8ChunkDecoder } from './create-utf8-chunk-decoder'
import { chunkings } from './test-support/chunkings'

const encoder = new TextEncoder()
const oneShot = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

function decodeChunks(chunks: Uint8Array[]): string {
  const decoder = createUtf8ChunkDecoder()
  return chunks.map((chunk) => decoder.decode(chunk)).join('') + decoder.end()
}

/** Deterministic bytes weighted towards UTF-8 lead and continuation bytes. */
function randomBytes(seed: number, length: number): Uint8Array {
  let state = seed
  const pool = [
    0x41, 0x0a, 0x80, 0xbf, 0xc2, 0xc0, 0xe0, 0xe2, 0xed, 0xa0, 0xf0, 0xf4, 0x90, 0xf5, 0xff,
  ]
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return pool[state % pool.length]!
  })
}

describe('createUtf8ChunkDecoder', () => {
  it.each<[string, Uint8Array]>([
    ['ASCII', encoder.encode('data: {"a":1}\n\n')],
    ['2-, 3- and 4-byte sequences', encoder.encode('é 日本 🙂🙂 \uFEFF')],
    ['overlong C0 80', new Uint8Array([0x41, 0xc0, 0x80, 0x42])],
    ['E0 80 80 (invalid second byte)', new Uint8Array([0xe0, 0x80, 0x80, 0x41])],
    ['UTF-16 surrogate ED A0 80', new Uint8Array([0xed, 0xa0, 0x80])],
    ['above U+10FFFF F4 90 80 80', new Uint8Array([0xf4, 0x90, 0x80, 0x80])],
    ['F5 and FF', new Uint8Array([0xf5, 0x41, 0xff])],
    ['lone continuation bytes', new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80])],
    ['4-byte sequence cut short by ASCII', new Uint8Array([0xf0, 0x9f, 0x98, 0x41])],
    ['cut sequence at the end', new Uint8Array([0x41, 0xe2, 0x82])],
    ['cut sequence then a whole one', new Uint8Array([0xe2, 0x82, 0xe2, 0x82, 0xac])],
    ...Array.from({ length: 12 }, (_, seed) => seed + 1).map((seed): [string, Uint8Array] => [
      `random bytes #${seed}`,
      randomBytes(seed, 64),
    ]),
  ])('%s: one-shot result however the bytes are cut', (_name, bytes) => {
    const want = oneShot(bytes)
    for (const { label, chunks } of chunkings(bytes)) {
      expect(decodeChunks(chunks), label).toBe(want)
    }
  })

  it('matches the one-shot result for every 3-byte sequence cut in three, after ASCII or not', () => {
    const pool = [0x41, 0x80, 0xa0, 0xc2, 0xc0, 0xe0, 0xed, 0xf0, 0xf4, 0xf5]
    for (const before of [[0x41], [0xc3, 0xa9]]) {
      for (const a of pool) {
        for (const b of pool) {
          for (const c of pool) {
            const bytes = new Uint8Array([...before, a, b, c])
            const want = oneShot(bytes)
            for (let first = before.length; first <= bytes.length; first++) {
              for (let second = first; second <= bytes.length; second++) {
                const cuts = [0, before.length, first, second, bytes.length]
                const chunks = cuts.slice(1).map((end, index) => bytes.slice(cuts[index], end))
                expect(decodeChunks(chunks), `${bytes} cut at ${cuts}`).toBe(want)
              }
            }
          }
        }
      }
    }
  })

  it('does not keep a view of a read the caller may reuse', () => {
    const decoder = createUtf8ChunkDecoder()
    const read = new Uint8Array([0x41, 0xf0, 0x9f])
    expect(decoder.decode(read)).toBe('A')
    read.fill(0)
    expect(decoder.decode(new Uint8Array([0x99, 0x82]))).toBe('🙂')
  })

  it('starts afresh after end()', () => {
    const decoder = createUtf8ChunkDecoder()
    decoder.decode(new Uint8Array([0xf0, 0x9f]))
    expect(decoder.end()).toBe('\uFFFD')
    expect(decoder.decode(new Uint8Array([0x99, 0x82]))).toBe('\uFFFD\uFFFD')
  })
})
