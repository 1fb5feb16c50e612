import type { AttemptClock } from './attempt-clock'
import type { ByteSource } from './upstream-client'

export interface BoundedText {
  text: string
  /** More than `limit` bytes came: `text` holds the first `limit`, the rest was not read. */
  truncated: boolean
}

/**
 * Reads a whole answer body as UTF-8, at most `limit` bytes after decompression; past it the
 * body is cancelled (the connection closed) and what was read is returned as truncated. Every
 * read is progress for the attempt's idle wait.
 */
export async function readBoundedText(
  source: ByteSource,
  limit: number,
  clock: AttemptClock,
): Promise<BoundedText> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const chunk = await source.read()
    if (chunk === undefined) break
    clock.progress()
    if (size + chunk.byteLength > limit) {
      chunks.push(chunk.subarray(0, limit - size))
      size = limit
      source.cancel()
      return { text: decode(chunks, size), truncated: true }
    }
    chunks.push(chunk)
    size += chunk.byteLength
  }
  return { text: decode(chunks, size), truncated: false }
}

function decode(chunks: Uint8Array[], size: number): string {
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0])
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(all)
}
