import type { ChatRequest, ChatStreamPart, Codec, Loss, WireContext } from '@chatwire/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes, encodeParts } from '../run-codec-stream'
import {
  arbitraryChatRequest,
  arbitraryChatResponse,
  arbitraryChatStream,
} from './canonical-arbitraries'

export interface CodecPropertyOptions {
  codec: Codec
  /** The wire context a decoder needs beside the body (a path parameter such as an id). */
  context?: WireContext
  /** Canonical fields the dialect sets on every decoded request (`stream` when it always streams). */
  addedOnDecode?: readonly (keyof ChatRequest)[]
  /** Response fields the dialect has no place for (chunks without `created`). */
  unsupported?: readonly string[]
  /** A fixed seed: a failure is the same failure on every run. */
  seed: number
  numRuns?: number
}

/** `value` without the top-level fields a loss names, nor `extensions` (request context). */
function withoutLosses<T extends object>(
  value: T,
  losses: readonly Loss[],
  also: readonly string[],
): Partial<T> {
  const lost = new Set([...losses.map((loss) => loss.path.split(/[.[]/)[0]), ...also, 'extensions'])
  return Object.fromEntries(Object.entries(value).filter(([key]) => !lost.has(key))) as Partial<T>
}

/**
 * What a stream says, however a dialect frames it (a usage-only chunk, or usage on the last
 * chunk): the text, finish reasons and usage per id and model, and how it ended.
 */
function summarize(parts: readonly ChatStreamPart[], unsupported: readonly string[]) {
  let text = ''
  const finishReasons: unknown[] = []
  const meta = new Set<string>()
  let usage: unknown
  for (const part of parts) {
    if (part.type !== 'chunk') continue
    const { id, model, created } = part
    meta.add(JSON.stringify({ id, model, created: unsupported.includes('created') ? 0 : created }))
    for (const choice of part.choices) {
      text += choice.delta.content ?? ''
      if (choice.finishReason) finishReasons.push(choice.finishReason)
    }
    if (part.usage) usage = part.usage
  }
  return { meta: [...meta], text, finishReasons, usage, end: parts.at(-1)?.type }
}

/**
 * Property tests every codec runs: arbitrary canonical requests, responses and chunk streams
 * survive canonical → encode → decode → canonical, equal up to what the encoder reports lost.
 */
export function describeCodecProperties(options: CodecPropertyOptions) {
  const { codec, context, seed } = options
  const settings = { seed, numRuns: options.numRuns ?? 150 }
  const added = (options.addedOnDecode ?? []) as string[]
  const unsupported = options.unsupported ?? []

  describe(`${codec.dialect} codec properties (seed ${seed})`, () => {
    it('requests round-trip up to the reported losses', () => {
      fc.assert(
        fc.property(arbitraryChatRequest, (request) => {
          const encoded = codec.encodeRequest(request)
          const decoded = codec.decodeRequest(encoded.body, { ...context, ...encoded.context })
          expect(withoutLosses(decoded, encoded.losses, added)).toEqual(
            withoutLosses(request, encoded.losses, added),
          )
        }),
        settings,
      )
    })

    it('responses round-trip up to the reported losses', () => {
      fc.assert(
        fc.property(arbitraryChatResponse, (response) => {
          const encoded = codec.encodeResponse(response)
          const decoded = codec.decodeResponse(encoded.body)
          expect(withoutLosses(decoded, encoded.losses, unsupported)).toEqual(
            withoutLosses(response, encoded.losses, unsupported),
          )
        }),
        settings,
      )
    })

    it('chunk streams round-trip, cut into any pieces', () => {
      fc.assert(
        fc.property(arbitraryChatStream, fc.integer({ min: 1, max: 64 }), (parts, pieceSize) => {
          const bytes = encodeParts(codec, parts, { includeUsage: true })
          const decoded = decodeBytes(codec, bytes, pieceSize)
          expect(summarize(decoded, unsupported)).toEqual(summarize(parts, unsupported))
          expect(decodeBytes(codec, bytes)).toEqual(decoded)
        }),
        settings,
      )
    })
  })
}
