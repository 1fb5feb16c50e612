import {
  type ChatStreamPart,
  type Codec,
  chatStreamPartValidator,
  createChunkDecoderStream,
  createChunkEncoderStream,
} from '@chatwire/core'
import {
  collectStream,
  createSseDecoderStream,
  createSseEncoderStream,
  streamFromIterable,
} from '@chatwire/sse'
import { decodeBytes, encodeParts } from '../../packages/testkit/src/run-codec-stream'
import { decodeBase64 } from './decode-base64'
import { isDeepEqual } from './is-deep-equal'
import { runCase, show } from './run-case'
import type { CaseOutcome, PortableFixtures } from './runtime-input'

// Streams with an error event the vendor never wrote: the decoder tolerates it, the encoder ends
// the stream instead, so the error's message cannot come back (octoai-codec.test.ts).
const ERROR_EVENT_NEVER_WRITTEN = new Set(['octoai-midstream-error'])

// An error part's re-encoding keeps its message; in-stream errors carry no HTTP status.
const comparable = (parts: ChatStreamPart[], keepErrorMessage: boolean) =>
  parts.map((part) =>
    part.type !== 'error'
      ? part
      : keepErrorMessage
        ? { type: 'error', message: part.error.message }
        : { type: 'error' },
  )

function cut(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = []
  for (let offset = 0; offset < bytes.length; offset += size)
    pieces.push(bytes.subarray(offset, offset + size))
  return pieces
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

/**
 * Every `.sse` fixture decodes to valid parts ending in exactly one terminal part, alike whole,
 * byte by byte and in 7-byte pieces, and through the Web-Streams transforms; its parts re-encode
 * to bytes that decode back to them, alike through the transforms.
 */
export function runStreamCases(
  codec: Codec,
  { codec: dialect, streams }: PortableFixtures,
): Promise<CaseOutcome>[] {
  return streams.map(({ name, base64, ends }) =>
    runCase(`${dialect} stream ${name}`, async (check) => {
      const bytes = decodeBase64(base64)
      const parts = decodeBytes(codec, bytes)
      for (const part of parts)
        check(chatStreamPartValidator.check(part), () => `invalid part ${show(part)}`)
      const terminals = parts.filter((part) => part.type === 'done' || part.type === 'error')
      check(terminals.length === 1, () => `${terminals.length} terminal parts`)
      check(parts.at(-1)?.type === ends, () => `ends in ${parts.at(-1)?.type}, not ${ends}`)
      for (const size of [1, 7])
        check(isDeepEqual(decodeBytes(codec, bytes, size), parts), () => `differs in ${size}s`)

      const piped = await collectStream(
        streamFromIterable(cut(bytes, 7))
          .pipeThrough(createSseDecoderStream())
          .pipeThrough(createChunkDecoderStream(codec)),
      )
      check(isDeepEqual(piped, parts), () => `through the transforms: ${show(piped)}`)

      const encoded = encodeParts(codec, parts)
      const again = decodeBytes(codec, encoded)
      const keepMessage = !ERROR_EVENT_NEVER_WRITTEN.has(name)
      check(
        isDeepEqual(comparable(again, keepMessage), comparable(parts, keepMessage)),
        () => `decode(encode(parts)): ${show(again)}`,
      )
      const encodedPiped = concat(
        await collectStream(
          streamFromIterable(parts)
            .pipeThrough(createChunkEncoderStream(codec))
            .pipeThrough(createSseEncoderStream(codec.framing)),
        ),
      )
      check(isDeepEqual(encodedPiped, encoded), () => 'encoded through the transforms differs')
      return { parts, encoded: text(encoded) }
    }),
  )
}
