import { describe, expect, it } from 'vitest'
import type { ChatStreamPart } from '../schema/chat-stream-part'
import type { SseEvent } from '../schema/sse-event'
import { bindChunkStreams } from './bind-chunk-streams'
import type { Codec } from './codec'

// Each event's data becomes a chunk id and back; the encoder's last event names its variant.
const echo: Codec = {
  dialect: 'echo',
  framing: {},
  decodeRequest: () => ({ model: 'm', messages: [] }),
  encodeRequest: () => ({ body: {}, losses: [], context: {} }),
  decodeResponse: () => ({ id: 'r', choices: [] }),
  encodeResponse: () => ({ body: {}, losses: [] }),
  createStreamDecoder: (emit) => ({
    push: (event) => emit({ type: 'chunk', id: event.data, choices: [] }),
    end: () => emit({ type: 'done' }),
  }),
  createStreamEncoder: (emit, options) => ({
    push: (part) => emit({ data: part.type === 'chunk' ? part.id : part.type }),
    end: () => emit({ event: 'end', data: options?.variant ?? 'none' }),
  }),
  decodeError: (status) => ({ kind: 'internal', status, message: '' }),
  encodeError: () => ({ status: 500, headers: {}, body: '' }),
}

async function pipe<In, Out>(items: In[], transform: TransformStream<In, Out>): Promise<Out[]> {
  const source = new ReadableStream<In>({
    start(controller) {
      for (const item of items) controller.enqueue(item)
      controller.close()
    },
  })
  const out: Out[] = []
  await source
    .pipeThrough(transform)
    .pipeTo(new WritableStream({ write: (item) => void out.push(item) }))
  return out
}

describe('bindChunkStreams', () => {
  const { createDecoderStream, createEncoderStream } = bindChunkStreams(echo)

  it('decodes through the bound codec and ends with its terminal part', async () => {
    const parts = await pipe<SseEvent, ChatStreamPart>(
      [{ data: 'a' }, { data: 'b' }],
      createDecoderStream(),
    )
    expect(parts).toEqual([
      { type: 'chunk', id: 'a', choices: [] },
      { type: 'chunk', id: 'b', choices: [] },
      { type: 'done' },
    ])
  })

  it.each([
    [undefined, 'none'],
    [{ variant: 'token' }, 'token'],
  ])('encodes through the bound codec with options %j', async (options, variant) => {
    const events = await pipe<ChatStreamPart, SseEvent>(
      [{ type: 'chunk', id: 'a', choices: [] }, { type: 'done' }],
      createEncoderStream(options),
    )
    expect(events).toEqual([{ data: 'a' }, { data: 'done' }, { event: 'end', data: variant }])
  })
})
