import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChunks } from './test-support/parse-chunks'

// Lines as SSE servers write them, with every line ending, BOMs and multi-byte text, so that
// random cut points land inside UTF-8 sequences and between CR and LF.
const text = fc.string({
  unit: fc.constantFrom('a', ' ', ':', 'é', '日', '😀', '\uFEFF'),
  maxLength: 8,
})
const ending = fc.constantFrom('\n', '\r', '\r\n')
const line = fc
  .tuple(
    fc.constantFrom(
      'data',
      'data:',
      'data: ',
      'event: ',
      'id: ',
      'retry: ',
      ': ',
      '\uFEFFdata: ',
      '',
    ),
    text,
  )
  .map(([field, value]) => field + value)
const stream = fc
  .array(fc.tuple(line, ending), { maxLength: 12 })
  .map((lines) => lines.map(([content, end]) => content + end).join(''))

/** The bytes cut at the given (sorted, deduplicated) offsets. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))].sort(
    (a, b) => a - b,
  )
  const pieces: Uint8Array[] = []
  let start = 0
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(start, point))
    start = point
  }
  return pieces
}

describe('createSseParser property', () => {
  it('dispatches the same events, comments and retries for every split of the same bytes', () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), (input, offsets) => {
        const bytes = new TextEncoder().encode(input)
        expect(parseChunks(cut(bytes, offsets))).toEqual(parseChunks([bytes]))
      }),
      { seed: 20_250_101, numRuns: 400 },
    )
  })

  it('reads text split between a CR and its LF as one line ending', () => {
    fc.assert(
      fc.property(stream, fc.nat(), (input, offset) => {
        const at = input.indexOf('\r\n', offset % (input.length + 1))
        fc.pre(at !== -1)
        const pieces = [input.slice(0, at + 1), input.slice(at + 1)]
        expect(parseChunks(pieces)).toEqual(parseChunks([input]))
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
