export interface Utf8ChunkDecoder {
  /** The text of every complete UTF-8 sequence so far; a sequence cut at the end waits. */
  decode(chunk: Uint8Array): string
  /** The stream ended: a cut sequence becomes U+FFFD, and the decoder starts afresh. */
  end(): string
}

/**
 * Decodes UTF-8 read by read, like `TextDecoder#decode(chunk, {stream: true})`, taking the faster
 * path per read (Node 20, per 4 KiB: the one-shot path ≈0.5 µs for ASCII but ≈6 µs with any
 * non-ASCII byte, the streaming path ≈3–6 µs either way; BENCHMARKS.md, "SSE parser"). After an
 * ASCII read it decodes one-shot, holding back a sequence cut at the end itself; cutting just
 * before a byte that is not a continuation byte never changes the result, as the WHATWG decoder
 * starts afresh at such a byte. Otherwise the streaming decoder takes the read, and hands back
 * to the one-shot path only when no sequence is left open in it.
 */
export function createUtf8ChunkDecoder(): Utf8ChunkDecoder {
  const oneShot = new TextDecoder('utf-8', { ignoreBOM: true })
  const streaming = new TextDecoder('utf-8', { ignoreBOM: true })
  let held: Uint8Array | undefined
  let asciiSoFar = true

  function decode(chunk: Uint8Array): string {
    if (chunk.length === 0) return ''
    let bytes = chunk
    if (held !== undefined) {
      bytes = new Uint8Array(held.length + chunk.length)
      bytes.set(held)
      bytes.set(chunk, held.length)
      held = undefined
    }
    const complete = completeLength(bytes)
    if (!asciiSoFar) {
      const text = streaming.decode(bytes, { stream: true })
      asciiSoFar = text.length === bytes.length && complete === bytes.length
      return text
    }
    if (complete < bytes.length) {
      held = bytes.slice(complete)
      bytes = bytes.subarray(0, complete)
    }
    const text = oneShot.decode(bytes)
    asciiSoFar = text.length === bytes.length
    return text
  }

  function end(): string {
    const rest = held === undefined ? streaming.decode() : oneShot.decode(held)
    held = undefined
    asciiSoFar = true
    return rest
  }

  return { decode, end }
}

/** Where the last sequence starts if it still lacks bytes, else the whole length. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length
  if (length === 0 || bytes[length - 1]! < 0x80) return length
  for (let index = length - 1; index >= 0 && index >= length - 4; index--) {
    const byte = bytes[index]!
    if ((byte & 0xc0) === 0x80) continue
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length - index < needed ? index : length
  }
  return length
}
