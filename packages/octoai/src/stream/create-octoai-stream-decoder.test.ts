import { decodeBytes } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { readOctoAIFixture } from '../test-support/read-octoai-fixture'

// octoaiCodec.createStreamDecoder is createOctoAIStreamDecoder.
const decodeText = (text: string) => decodeBytes(octoaiCodec, new TextEncoder().encode(text))

const text = () => readOctoAIFixture('octoai-text.sse')

describe('createOctoAIStreamDecoder', () => {
  it('reads the documented transcript: role once, null content and function_call dropped', () => {
    const parts = decodeText(text())
    const deltas = parts.flatMap((part) =>
      part.type === 'chunk' ? part.choices.map((c) => c.delta) : [],
    )
    expect(deltas).toEqual([
      { role: 'assistant' },
      { content: '' },
      { content: 'Hello' },
      { content: '!' },
      { content: '' },
      { content: '' },
    ])
    expect(parts.at(-2)).toMatchObject({
      choices: [{ finishReason: { unified: 'stop', raw: 'stop' } }],
    })
    expect(parts.at(-1)).toEqual({ type: 'done' })
  })

  it('keeps usage on the content chunk that carries it and cancelled as raw', () => {
    const parts = decodeText(readOctoAIFixture('octoai-cancelled-usage.sse'))
    const chunks = parts.filter((part) => part.type === 'chunk')
    expect(chunks.map((chunk) => chunk.usage)).toEqual([
      undefined,
      undefined,
      { promptTokens: 17, completionTokens: 2, totalTokens: 19 },
      undefined,
    ])
    expect(chunks.at(-1)?.choices[0]?.finishReason).toEqual({ unified: 'other', raw: 'cancelled' })
  })

  it('assembles tool-call fragments by index', () => {
    const parts = decodeText(readOctoAIFixture('octoai-tool-call.sse'))
    const calls = parts.flatMap((part) =>
      part.type === 'chunk' ? part.choices.flatMap((choice) => choice.delta.toolCalls ?? []) : [],
    )
    expect(calls[0]).toEqual({
      index: 0,
      id: 'chatcmpl-tool-0b9c2a2cbd1a4c6e8a3c0d6f1e2b7a45',
      type: 'function',
      name: 'get_flight_status',
      arguments: '',
    })
    expect(calls.map((call) => call.arguments).join('')).toBe(
      '{"flight_number": "AA100", "date": "2024-06-17"}',
    )
  })

  it.each([
    ['CRLF line ends', (sse: string) => sse.replaceAll('\n', '\r\n')],
    [
      'comments and keep-alives',
      (sse: string) => `: ping\n\n${sse.replaceAll('\n\ndata:', '\n\n: keep-alive\ndata:')}`,
    ],
    ['a BOM at the start', (sse: string) => `\uFEFF${sse}`],
    ['data: with no space', (sse: string) => sse.replaceAll('data: ', 'data:')],
    [
      'a payload over two data: lines',
      (sse: string) => sse.replace(', "created"', '\ndata: , "created"'),
    ],
  ])('decodes the same with %s', (_, transform) => {
    expect(decodeText(transform(text()))).toEqual(decodeText(text()))
  })

  it('ends in an error part when the stream stops without [DONE]', () => {
    const parts = decodeText(readOctoAIFixture('octoai-truncated.sse'))
    expect(parts.at(-1)).toEqual({
      type: 'error',
      error: expect.objectContaining({
        kind: 'upstream',
        message: expect.stringContaining('[DONE]'),
      }),
    })
    expect(parts.filter((part) => part.type === 'error')).toHaveLength(1)
  })

  it.each([
    [
      "OctoAI's envelope",
      '{"object":"error","message":"Generation was interrupted","type":"internal_error"}',
      { kind: 'internal', message: 'Generation was interrupted', type: 'internal_error' },
    ],
    [
      'an OpenAI-style error',
      '{"error":{"message":"Rate limited","type":"rate_limit_error","code":"rate_limit_exceeded"}}',
      { kind: 'rate_limit', message: 'Rate limited', code: 'rate_limit_exceeded' },
    ],
    [
      'a FastAPI detail',
      '{"detail":"Upstream timed out"}',
      { kind: 'internal', message: 'Upstream timed out' },
    ],
    ['an event that is not JSON', 'Internal Server Error', { kind: 'upstream' }],
  ])('turns %s mid-stream into one terminal error part', (_, data, error) => {
    const sse = `${text().split('\n\n').slice(0, 2).join('\n\n')}\n\ndata: ${data}\n\n${text()}`
    const parts = decodeText(sse)
    expect(parts).toHaveLength(3)
    expect(parts[2]).toEqual({ type: 'error', error: expect.objectContaining(error) })
  })
})
