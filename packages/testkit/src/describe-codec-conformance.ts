import type { ChatError, ChatStreamPart, Codec } from '@chatwire/core'
import {
  ChatwireError,
  chatRequestValidator,
  chatResponseValidator,
  chatStreamPartValidator,
} from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { type Fixtures, loadFixtures } from './load-fixtures'
import { decodeBytes, encodeParts } from './run-codec-stream'

export interface ConformanceOptions {
  codec: Codec
  /** A `__fixtures__` folder (see {@link loadFixtures}) or fixtures already loaded. */
  fixtures: string | Fixtures
  /** The fields of a ChatError that must survive encode → decode (default: all but `raw`). */
  errorFields?: readonly (keyof ChatError)[]
}

const DEFAULT_ERROR_FIELDS = ['kind', 'status', 'message', 'param', 'code', 'type'] as const

// An error part's re-encoding keeps its message; in-stream errors carry no HTTP status.
const comparable = (parts: ChatStreamPart[]) =>
  parts.map((part) =>
    part.type === 'error' ? { type: 'error', message: part.error.message } : part,
  )

/** The fields the original error knew; an encoder may add defaults (a `type`) it lacked. */
function pick(error: ChatError, fields: readonly (keyof ChatError)[], known: ChatError = error) {
  return Object.fromEntries(
    fields.filter((field) => known[field] !== undefined).map((field) => [field, error[field]]),
  )
}

/** The one suite every codec runs over its fixtures. */
export function describeCodecConformance({
  codec,
  fixtures,
  errorFields = DEFAULT_ERROR_FIELDS,
}: ConformanceOptions) {
  const loaded = typeof fixtures === 'string' ? loadFixtures(fixtures) : fixtures
  const { requests, invalid, responses, streams, errors } = loaded

  describe(`${codec.dialect} codec conformance`, () => {
    it('has fixtures of every kind', () => {
      expect(requests.length).toBeGreaterThan(0)
      expect(responses.length + streams.length).toBeGreaterThan(0)
      expect(errors.length).toBeGreaterThan(0)
      // A server-side decoder that accepts anything lets translation bugs through.
      expect(invalid.length).toBeGreaterThanOrEqual(3)
    })

    describe.each(invalid)('invalid request $name', ({ body, context, status, param }) => {
      it(`is rejected with ${status}, naming the field, in the dialect's own envelope`, () => {
        let thrown: unknown
        try {
          codec.decodeRequest(body, context)
        } catch (error) {
          thrown = error
        }
        expect(ChatwireError.isInstance(thrown), 'decodeRequest must throw a ChatwireError').toBe(
          true,
        )
        const error = (thrown as ChatwireError).toJSON()
        expect(error.status).toBe(status)
        if (param !== undefined) expect(error.param).toBe(param)
        const encoded = codec.encodeError(error)
        expect(encoded.status).toBe(status)
        const decoded = codec.decodeError(encoded.status, encoded.body, encoded.headers)
        expect(decoded.kind).toBe(error.kind)
        if (param !== undefined) expect(decoded.param).toBe(param)
      })
    })

    describe.each(requests)('request $name', ({ body, context }) => {
      it('decodes to a valid canonical request', () => {
        const request = codec.decodeRequest(body, context)
        expect(
          chatRequestValidator.check(request),
          JSON.stringify(chatRequestValidator.firstProblem(request)),
        ).toBe(true)
        expect(request).toMatchSnapshot()
      })
      it('round-trips: decode(encode(request)) equals request, with no loss', () => {
        const request = codec.decodeRequest(body, context)
        const encoded = codec.encodeRequest(request)
        expect(encoded.losses).toEqual([])
        expect(codec.decodeRequest(encoded.body, encoded.context)).toEqual(request)
      })
    })

    describe.each(responses)('response $name', ({ body }) => {
      it('decodes to a valid canonical response that round-trips', () => {
        const response = codec.decodeResponse(body)
        expect(
          chatResponseValidator.check(response),
          JSON.stringify(chatResponseValidator.firstProblem(response)),
        ).toBe(true)
        const encoded = codec.encodeResponse(response)
        expect(encoded.losses).toEqual([])
        expect(codec.decodeResponse(encoded.body)).toEqual(response)
        expect(response).toMatchSnapshot()
      })
    })

    describe.each(streams)('stream $name', ({ bytes, ends }) => {
      it(`decodes to valid parts ending in exactly one '${ends}'`, () => {
        const parts = decodeBytes(codec, bytes)
        for (const part of parts)
          expect(chatStreamPartValidator.check(part), JSON.stringify(part)).toBe(true)
        const terminals = parts.filter((part) => part.type === 'done' || part.type === 'error')
        expect(terminals).toHaveLength(1)
        expect(parts.at(-1)?.type).toBe(ends)
        expect(parts).toMatchSnapshot()
      })
      it('decodes the same when fed one byte at a time, and in 7-byte pieces', () => {
        const whole = decodeBytes(codec, bytes)
        expect(decodeBytes(codec, bytes, 1)).toEqual(whole)
        expect(decodeBytes(codec, bytes, 7)).toEqual(whole)
      })
      it('round-trips: decode(encode(parts)) equals parts', () => {
        const parts = decodeBytes(codec, bytes)
        expect(comparable(decodeBytes(codec, encodeParts(codec, parts)))).toEqual(comparable(parts))
      })
    })

    describe.each(errors)('error $name', ({ status, headers, body }) => {
      it('decodes, and survives encode → decode', () => {
        const error = codec.decodeError(status, body, headers)
        expect(error.status).toBeGreaterThanOrEqual(400)
        expect(error.message.length).toBeGreaterThan(0)
        const encoded = codec.encodeError(error)
        const again = codec.decodeError(encoded.status, encoded.body, encoded.headers)
        expect(pick(again, errorFields, error)).toEqual(pick(error, errorFields))
        expect({ ...error, raw: undefined }).toMatchSnapshot()
      })
    })
  })
}
