import type { Random } from './create-random'

// Fragments that matter to SSE framing and to the dialects' event payloads.
const TOKENS = [
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  'data: ',
  'data:',
  'event: error\n',
  'event: tool_status\n',
  'event: token\n',
  ': comment\n',
  'id: 1\n',
  'retry: 10\n',
  'data: [DONE]\n\n',
  '\uFEFF',
  '{',
  '}',
  '[',
  '"',
  ':',
  ',',
  'null',
  '{"error":"x"}',
  '{"choices":[5]}',
  '😀',
]

/** A copy of `text` with a few random edits: inserted tokens, deletions, cuts, repeats. */
export function mutateText(random: Random, text: string): string {
  let result = text
  const count = 1 + random.int(4)
  for (let i = 0; i < count; i++) {
    const at = random.int(result.length + 1)
    switch (random.int(5)) {
      case 0:
        result = result.slice(0, at) + random.pick(TOKENS) + result.slice(at)
        break
      case 1:
        result = result.slice(0, at) + result.slice(at + 1 + random.int(8))
        break
      case 2:
        result = result.slice(0, at)
        break
      case 3:
        result = result.slice(0, at) + String.fromCharCode(random.int(0x10000)) + result.slice(at)
        break
      default: {
        const from = random.int(result.length + 1)
        result = result.slice(0, at) + result.slice(from, from + random.int(40)) + result.slice(at)
      }
    }
  }
  return result
}

/** Random bytes in random-sized pieces: the ways an upstream's reads can cut a stream. */
export function splitBytes(random: Random, bytes: Uint8Array): Uint8Array[] {
  const pieces: Uint8Array[] = []
  let start = 0
  while (start < bytes.length) {
    const size = random.chance(0.3) ? 1 + random.int(4) : 1 + random.int(64)
    pieces.push(bytes.subarray(start, start + size))
    start += size
  }
  return pieces
}
