import { readFileSync } from 'node:fs'
import type { ChatStreamPart, EncodeStreamOptions, SseEvent } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import { decodeBytes, encodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import {
  createElasticStreamEncoder,
  ELASTIC_WRAPPED_VARIANT,
} from './create-elastic-stream-encoder'
import { ELASTIC_SSE_FRAMING } from './elastic-sse-framing'

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')

const decode = (text: string) => decodeBytes(elasticCodec, new TextEncoder().encode(text))

const encode = (parts: ChatStreamPart[], options?: EncodeStreamOptions): SseEvent[] =>
  encodeEvents({ createStreamEncoder: createElasticStreamEncoder }, parts, options)

const toText = (events: SseEvent[]) =>
  events.map((event) => formatSseEvent(event, ELASTIC_SSE_FRAMING)).join('')

describe('createElasticStreamEncoder', () => {
  it.each(['elastic-text.sse', 'elastic-parallel-tool-calls.sse', 'elastic-midstream-error.sse'])(
    're-encodes %s byte for byte as the server wrote it',
    (name) => {
      const text = fixture(name)
      expect(toText(encode(decode(text)))).toBe(text)
    },
  )

  it('writes the documented wrapper on request', () => {
    const wrapped = fixture('elastic-wrapped.sse')
    const events = encode(decode(wrapped), { variant: ELASTIC_WRAPPED_VARIANT })
    expect(toText(events).replaceAll('\uFEFF', '')).toBe(wrapped)
  })

  it('writes "type":null on a tool-call continuation, as ES does', () => {
    const [event] = encode([
      {
        type: 'chunk',
        id: 'c',
        model: 'm',
        choices: [{ index: 0, delta: { toolCalls: [{ index: 0, arguments: '{}' }] } }],
      },
    ])
    expect(event?.data).toBe(
      '{"id":"c","choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{}"},"type":null}]},"index":0}],"model":"m","object":"chat.completion.chunk"}',
    )
  })

  it('drops what ES chunks cannot carry (created, fingerprint, logprobs), keeps reasoning', () => {
    const [event] = encode([
      {
        type: 'chunk',
        id: 'c',
        model: 'm',
        created: 1694268190,
        systemFingerprint: 'fp_44709d6fcb',
        choices: [
          {
            index: 0,
            delta: { content: 'Hi', reasoning: 'hmm' },
            logprobs: { content: [{ token: 'Hi', logprob: -0.1 }] },
            finishReason: { unified: 'tool-calls' },
          },
        ],
      },
    ])
    expect(event?.data).toBe(
      '{"id":"c","choices":[{"delta":{"content":"Hi","reasoning":"hmm"},"finish_reason":"tool_calls","index":0}],"model":"m","object":"chat.completion.chunk"}',
    )
  })

  it('ends an errored stream with one event: error and no [DONE]', () => {
    const events = encode([
      { type: 'error', error: { kind: 'rate_limit', status: 429, message: 'slow down' } },
      { type: 'done' },
    ])
    expect(events).toEqual([
      {
        event: 'error',
        data: '{"error":{"code":"stream_error","message":"slow down","type":"error"}}',
      },
    ])
  })

  it('keeps a vendor code, type and param in the error event', () => {
    const [event] = encode([
      {
        type: 'error',
        error: {
          kind: 'invalid_request',
          status: 400,
          message: 'bad',
          code: 'invalid_value',
          type: 'invalid_request_error',
          param: 'messages',
        },
      },
    ])
    expect(event?.data).toBe(
      '{"error":{"code":"invalid_value","message":"bad","param":"messages","type":"invalid_request_error"}}',
    )
  })

  it("drops other dialects' extension parts and keeps usage chunks even without includeUsage", () => {
    const events = encode(
      [
        {
          type: 'extension',
          dialect: 'friendli',
          event: 'tool_status',
          data: { status: 'STARTED' },
        },
        {
          type: 'chunk',
          id: 'c',
          choices: [],
          usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
        },
        { type: 'done' },
      ],
      { includeUsage: false },
    )
    expect(events.map((event) => event.data)).toEqual([
      '{"id":"c","choices":[],"object":"chat.completion.chunk","usage":{"completion_tokens":2,"prompt_tokens":1,"total_tokens":3}}',
      '[DONE]',
    ])
  })
})
