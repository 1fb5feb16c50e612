/** Text as the bytes an SSE parser reads. */
export const toBytes = (text: string) => new TextEncoder().encode(text)

/** The `data:` payloads of an encoded SSE stream, in order. */
export function readSseDataLines(encoded: Uint8Array): string[] {
  return new TextDecoder()
    .decode(encoded)
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
}
