import type { ChatStreamPart, SseEvent } from '@chatwire/core'
import { decodeBytes, decodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { friendliCodec } from '../friendli-codec'

const chunk = (extra: object = {}) =>
  JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }],
    created: 1726294381,
    ...extra,
  })
const toolStatus = JSON.stringify({
  tool_call_id: 'call_1',
  name: 'math:calculator',
  status: 'STARTED',
  parameters: [{ name: 'expression', value: '1+1' }],
  timestamp: 1726277121,
})

// friendliCodec.createStreamDecoder is createFriendliStreamDecoder.
const decode = (events: SseEvent[]) => decodeEvents(friendliCodec, ...events)
const types = (parts: ChatStreamPart[]) => parts.map((part) => part.type)

describe('createFriendliStreamDecoder', () => {
  it.each([
    { name: 'without an event name', event: { data: chunk() } },
    { name: 'as `event: token`', event: { event: 'token', data: chunk() } },
    { name: 'as `event: message`', event: { event: 'message', data: chunk() } },
  ])('reads a chunk $name', ({ event }) => {
    const [part] = decode([event, { data: '[DONE]' }])
    expect(part).toEqual({
      type: 'chunk',
      id: 'chatcmpl-1',
      created: 1726294381,
      choices: [{ index: 0, delta: { content: 'Hi' } }],
    })
  })

  it('reads `tool_status` as a Friendli extension part, never as a tool call', () => {
    const [part] = decode([{ event: 'tool_status', data: toolStatus }, { data: '[DONE]' }])
    expect(part).toEqual({
      type: 'extension',
      dialect: 'friendli',
      event: 'tool_status',
      data: JSON.parse(toolStatus),
    })
  })

  it.each([
    { name: 'not JSON', data: 'STARTED' },
    { name: 'without a tool call id', data: '{"name":"web:search","status":"STARTED"}' },
  ])('ends the stream on a malformed tool_status: $name', ({ data }) => {
    const parts = decode([{ event: 'tool_status', data }, { data: chunk() }])
    expect(parts).toEqual([
      {
        type: 'error',
        error: expect.objectContaining({
          kind: 'upstream',
          message: expect.stringContaining('tool_status'),
        }),
      },
    ])
  })

  it.each([
    {
      name: 'the Friendli envelope',
      data: '{"message":"Engine overloaded","error":{"type":"overloaded"}}',
      message: 'Engine overloaded',
    },
    {
      name: 'the OpenAI-like envelope',
      data: '{"error":{"message":"Context too long","code":"context_length_exceeded"}}',
      message: 'Context too long',
    },
  ])('reads an in-stream error in $name as the terminal part', ({ data, message }) => {
    const parts = decode([{ data: chunk() }, { data }, { data: chunk() }, { data: '[DONE]' }])
    expect(types(parts)).toEqual(['chunk', 'error'])
    expect(parts[1]).toMatchObject({ type: 'error', error: { message } })
  })

  it('reads `event: error` as the terminal part', () => {
    const parts = decode([{ event: 'error', data: '{"message":"quota exhausted","error":{}}' }])
    expect(parts).toEqual([
      { type: 'error', error: expect.objectContaining({ message: 'quota exhausted' }) },
    ])
  })

  it('keeps a chunk that happens to carry a `message` key', () => {
    const parts = decode([{ data: chunk({ message: 'note' }) }, { data: '[DONE]' }])
    expect(types(parts)).toEqual(['chunk', 'done'])
  })

  it('keeps an event it does not know as an extension part', () => {
    const [part] = decode([{ event: 'ping', data: 'keep-alive' }, { data: '[DONE]' }])
    expect(part).toEqual({
      type: 'extension',
      dialect: 'friendli',
      event: 'ping',
      data: 'keep-alive',
    })
  })

  it('reads the string "null" finish reason as unfinished', () => {
    const data = chunk({ choices: [{ index: 0, delta: { content: 'a' }, finish_reason: 'null' }] })
    const [part] = decode([{ data }, { data: '[DONE]' }])
    expect(part).toMatchObject({ choices: [{ index: 0, delta: { content: 'a' } }] })
    expect((part as Extract<ChatStreamPart, { type: 'chunk' }>).choices[0]).not.toHaveProperty(
      'finishReason',
    )
  })

  it('reports a stream that ends without [DONE], once', () => {
    const parts = decode([{ data: chunk() }])
    expect(types(parts)).toEqual(['chunk', 'error'])
    expect(parts[1]).toMatchObject({
      error: { message: expect.stringContaining('without [DONE]') },
    })
  })

  it('emits nothing after [DONE]', () => {
    expect(
      types(
        decode([{ data: '[DONE]' }, { data: chunk() }, { event: 'tool_status', data: toolStatus }]),
      ),
    ).toEqual(['done'])
  })

  it('reads bytes with a BOM, CRLF, comments and multi-line data', () => {
    const text =
      '\uFEFF: ping\r\nevent: tool_status\r\ndata: ' +
      toolStatus +
      '\r\n\r\n' +
      'data: {"id":"chatcmpl-1","object":"chat.completion.chunk",\ndata: "choices":[],"created":1}\n\n' +
      'data: [DONE]\n\n'
    const parts = decodeBytes(friendliCodec, new TextEncoder().encode(text), 3)
    expect(types(parts)).toEqual(['extension', 'chunk', 'done'])
  })
})
