import { describe, expect, it } from 'vitest'
import { ChatwireError } from '../errors/chatwire-error'
import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { Codec } from './codec'
import { DECODER_FAULT_CODE, guardCodec } from './guard-codec'

const typeError = (..._args: unknown[]): never => {
  throw new TypeError("Cannot read properties of null (reading 'x')")
}

// A codec whose decoders fail the way the fuzzer found real ones failing.
const broken = guardCodec({
  dialect: 'broken',
  framing: {},
  decodeRequest: typeError,
  encodeRequest: () => ({ body: {}, losses: [], context: {} }),
  decodeResponse: typeError,
  encodeResponse: () => ({ body: {}, losses: [] }),
  createStreamDecoder: (emit) => ({
    push(event) {
      if (event.data === 'bad') typeError()
      emit({ type: 'chunk', id: event.data, choices: [] })
    },
    end: () => emit({ type: 'done' }),
  }),
  createStreamEncoder: () => ({ push() {}, end() {} }),
  decodeError: typeError,
  encodeError: () => ({ status: 500, headers: {}, body: '' }),
} satisfies Codec)

const thrown = (run: () => void) => {
  try {
    run()
  } catch (error) {
    return error as ChatwireError
  }
  throw new Error('did not throw')
}

describe('guardCodec', () => {
  it('turns a TypeError from decodeRequest into an invalid_request ChatwireError', () => {
    const error = thrown(() => broken.decodeRequest({}))
    expect(ChatwireError.isInstance(error)).toBe(true)
    expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', code: DECODER_FAULT_CODE })
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('turns a TypeError from decodeResponse into an upstream ChatwireError', () => {
    expect(thrown(() => broken.decodeResponse({})).toJSON()).toMatchObject({
      kind: 'upstream',
      status: 502,
      code: DECODER_FAULT_CODE,
    })
  })

  it('makes decodeError total, keeping a short excerpt of the body', () => {
    expect(broken.decodeError(503, `${'x'.repeat(5000)}`)).toEqual({
      kind: 'overloaded',
      status: 503,
      code: DECODER_FAULT_CODE,
      message: `${'x'.repeat(1000)}…[4000 more]`,
    })
  })

  it('ends a stream with one error part and ignores what follows', () => {
    const parts: ChatStreamPart[] = []
    const decoder = broken.createStreamDecoder((part) => parts.push(part))
    decoder.push({ data: 'a' })
    decoder.push({ data: 'bad' })
    decoder.push({ data: 'b' })
    decoder.end()
    expect(parts.map((part) => part.type)).toEqual(['chunk', 'error'])
    expect(parts[1]).toMatchObject({ error: { kind: 'upstream', code: DECODER_FAULT_CODE } })
  })

  it("lets the consumer's own exception through untouched", () => {
    const failure = new RangeError('consumer failed')
    const decoder = broken.createStreamDecoder(() => {
      throw failure
    })
    expect(() => decoder.push({ data: 'a' })).toThrow(failure)
  })
})
