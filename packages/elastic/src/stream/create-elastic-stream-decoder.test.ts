import type { ChatStreamPart, SseEvent } from '@chatwire/core'
import { createSseParser } from '@chatwire/sse'
import { describe, expect, it } from 'vitest'
import { createElasticStreamDecoder } from './create-elastic-stream-decoder'

const BOM = '\uFEFF'
const ID = 'chatcmpl-Ae0TWsy2VPnSfBbv5UztnSdYUMFP3'
const first = `{"id":"${ID}","choices":[{"delta":{"content":"","role":"assistant"},"index":0}],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk"}`
const second = `{"id":"${ID}","choices":[{"delta":{"content":"Elastic"},"index":0}],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk"}`
const usage = `{"id":"${ID}","choices":[],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk","usage":{"completion_tokens":28,"prompt_tokens":16,"total_tokens":44}}`

function decodeEvents(events: SseEvent[], end = true): ChatStreamPart[] {
  const parts: ChatStreamPart[] = []
  const decoder = createElasticStreamDecoder((part) => parts.push(part))
  for (const event of events) decoder.push(event)
  if (end) decoder.end()
  return parts
}

function decodeText(text: string, pieceSize = text.length): ChatStreamPart[] {
  const events: SseEvent[] = []
  const parser = createSseParser({ onEvent: (event) => events.push(event) })
  const bytes = new TextEncoder().encode(text)
  for (let offset = 0; offset < bytes.length; offset += pieceSize) {
    parser.feed(bytes.subarray(offset, offset + pieceSize))
  }
  parser.end()
  return decodeEvents(events)
}

const serverText = [first, second, usage, '[DONE]']
  .map((data) => `${BOM}event: message\ndata: ${data}\n\n`)
  .join('')

const expected: ChatStreamPart[] = [
  {
    type: 'chunk',
    id: ID,
    model: 'gpt-4o-2024-08-06',
    choices: [{ index: 0, delta: { role: 'assistant', content: '' } }],
  },
  {
    type: 'chunk',
    id: ID,
    model: 'gpt-4o-2024-08-06',
    choices: [{ index: 0, delta: { content: 'Elastic' } }],
  },
  {
    type: 'chunk',
    id: ID,
    model: 'gpt-4o-2024-08-06',
    choices: [],
    usage: { promptTokens: 16, completionTokens: 28, totalTokens: 44 },
  },
  { type: 'done' },
]

describe('createElasticStreamDecoder', () => {
  it.each([
    ['the server framing (BOM before every event)', serverText],
    ['CRLF line ends', serverText.replaceAll('\n', '\r\n')],
    [
      'comments and keep-alives between events',
      serverText.replaceAll(`${BOM}event`, `: keep-alive\n\n${BOM}event`),
    ],
    [
      'the documented {"chat_completion": …} wrapper',
      serverText.replace(/data: (\{.*\})\n/g, 'data: {"chat_completion":$1}\n'),
    ],
    [
      'no event lines at all (event defaults to message)',
      serverText.replaceAll(`${BOM}event: message\n`, ''),
    ],
  ])('decodes %s', (_name, text) => {
    expect(decodeText(text)).toEqual(expected)
  })

  it.each([1, 2, 3, 5, 64])('decodes the same when the bytes arrive %i at a time', (size) => {
    expect(decodeText(serverText, size)).toEqual(expected)
  })

  it('decodes a tool-call continuation with "type":null as a delta without type', () => {
    const data = `{"id":"c","choices":[{"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\\"tz\\""},"type":null}]},"index":0}],"model":"m","object":"chat.completion.chunk"}`
    expect(decodeEvents([{ event: 'message', data }], false)).toEqual([
      {
        type: 'chunk',
        id: 'c',
        model: 'm',
        choices: [{ index: 0, delta: { toolCalls: [{ index: 1, arguments: '{"tz"' }] } }],
      },
    ])
  })

  it('keeps finish_reason as raw and unified', () => {
    const data =
      '{"id":"c","choices":[{"delta":{},"finish_reason":"tool_calls","index":0}],"model":"m","object":"chat.completion.chunk"}'
    const [part] = decodeEvents([{ event: 'message', data }], false)
    expect(part).toMatchObject({
      choices: [{ finishReason: { unified: 'tool-calls', raw: 'tool_calls' } }],
    })
  })

  it('ends with an error part on event: error, and ignores anything after it', () => {
    const error =
      '{"error":{"code":"stream_error","message":"Received an error response for request from inference entity id [my-endpoint]. Error message: [boom]","type":"error"}}'
    const parts = decodeEvents([
      { event: 'message', data: first },
      { event: 'error', data: error },
      { event: 'message', data: second },
      { event: 'message', data: '[DONE]' },
    ])
    expect(parts).toHaveLength(2)
    expect(parts[1]).toEqual({
      type: 'error',
      error: {
        kind: 'upstream',
        status: 502,
        code: 'stream_error',
        type: 'error',
        message:
          'Received an error response for request from inference entity id [my-endpoint]. Error message: [boom]',
        raw: JSON.parse(error),
      },
    })
  })

  it.each([
    [
      'the unified body with a status-name code',
      '{"error":{"code":"not_found","message":"gone","type":"error"}}',
      404,
      'not_found',
    ],
    [
      'a provider 5xx reported as bad_request',
      '{"error":{"code":"bad_request","message":"… status [503]. Error message: [x]","type":"error"}}',
      503,
      'overloaded',
    ],
    [
      'the ES envelope with its status',
      '{"error":{"root_cause":[],"type":"security_exception","reason":"denied"},"status":403}',
      403,
      'permission',
    ],
    [
      'the plain-string form',
      '{"error":"ElasticsearchException[boom]","status":500}',
      500,
      'internal',
    ],
    ['a body that is not JSON', 'connection reset', 502, 'upstream'],
  ])('decodes an event: error carrying %s', (_name, data, status, kind) => {
    const [part] = decodeEvents([{ event: 'error', data }])
    expect(part).toMatchObject({ type: 'error', error: { status, kind } })
  })

  it('turns an unparsable data line into a terminal decode error, not a patched chunk', () => {
    const broken = `{"chat_completion":{"id":"${ID}","choices":[{"delta":{"content":Elastic"},"index":0}]}}`
    const parts = decodeEvents([
      { event: 'message', data: first },
      { event: 'message', data: broken },
      { event: 'message', data: second },
    ])
    expect(parts.map((part) => part.type)).toEqual(['chunk', 'error'])
    expect(parts[1]).toMatchObject({
      error: { kind: 'upstream', code: 'stream_error', raw: broken },
    })
  })

  it('names the field of a chunk that does not match the schema', () => {
    const [part] = decodeEvents([
      { event: 'message', data: '{"id":"c","choices":[{"delta":{},"index":"0"}]}' },
    ])
    expect(part).toMatchObject({
      type: 'error',
      error: { message: expect.stringContaining("'choices[0].index'") },
    })
  })

  it('reports a stream that ends without [DONE]', () => {
    const parts = decodeEvents([{ event: 'message', data: first }])
    expect(parts.at(-1)).toEqual({
      type: 'error',
      error: {
        kind: 'upstream',
        status: 502,
        code: 'stream_error',
        message: 'Elastic stream ended without [DONE]',
      },
    })
  })

  it('emits nothing at end() after [DONE]', () => {
    expect(decodeEvents([{ event: 'message', data: '[DONE]' }])).toEqual([{ type: 'done' }])
  })

  it('passes unknown events through as elastic extension parts', () => {
    expect(decodeEvents([{ event: 'ping', data: '{}' }], false)).toEqual([
      { type: 'extension', dialect: 'elastic', event: 'ping', data: '{}' },
    ])
  })
})
