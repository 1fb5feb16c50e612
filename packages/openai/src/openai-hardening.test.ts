import { MAX_REQUEST_DEPTH } from '@chatwire/core'
import { catchChatwireError, decodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from './openai-codec'

// Regression tests for what the decoder fuzz found (RELIABILITY.md, "Fuzzing"): each row is a
// real OpenAI payload with one field broken the way an upstream or a client broke it.
const response = (choices: unknown) => ({
  id: 'chatcmpl-abc123',
  object: 'chat.completion',
  created: 1699896916,
  model: 'gpt-4o-mini',
  choices,
})
const message = (fields: Record<string, unknown>) => [
  { index: 0, message: { role: 'assistant', content: null, ...fields }, finish_reason: 'stop' },
]
const chunk = (choices: unknown) =>
  JSON.stringify({ id: 'chatcmpl-par', object: 'chat.completion.chunk', created: 1, choices })
const request = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello!' }] }

describe('upstream responses the fuzz broke are ChatwireErrors, not TypeErrors', () => {
  it.each([
    ['choices:[5]', response([5]), 'choices[0]: expected an object'],
    ['choices:[null]', response([null]), 'choices[0]: expected an object'],
    ['message:5', response([{ index: 0, message: 5 }]), 'choices[0].message: expected an object'],
    [
      'tool_calls:[null]',
      response(message({ tool_calls: [null] })),
      'choices[0].message.tool_calls[0]: expected an object',
    ],
    [
      'tool_calls:5',
      response(message({ tool_calls: 5 })),
      'choices[0].message.tool_calls: expected an array',
    ],
    [
      'a tool call without function',
      response(message({ tool_calls: [{ id: 'call_1', type: 'function' }] })),
      'choices[0].message.tool_calls[0].function: expected an object',
    ],
    [
      'logprobs.content:[5]',
      response([{ index: 0, message: { role: 'assistant' }, logprobs: { content: [5] } }]),
      'choices[0].logprobs.content[0]: expected an object',
    ],
    ['usage:"x"', { ...response([]), usage: 'x' }, 'usage: expected an object'],
    [
      'usage.total_tokens:"29"',
      { ...response([]), usage: { prompt_tokens: 19, completion_tokens: 10, total_tokens: '29' } },
      'usage.total_tokens: expected a non-negative integer',
    ],
    ['index:"0"', response([{ index: '0', message: { role: 'assistant' } }]), 'choices[0].index'],
  ])('%s', (_name, body, where) => {
    const error = catchChatwireError(() => openaiCodec.decodeResponse(body))
    expect(error.toJSON()).toMatchObject({ kind: 'upstream', status: 502 })
    expect(error.message).toContain(`Upstream response is malformed at ${where}`)
  })

  it('finish_reason:[true] is a ChatwireError, not an invalid canonical finish reason', () => {
    const body = response([{ index: 0, message: { role: 'assistant' }, finish_reason: [true] }])
    expect(catchChatwireError(() => openaiCodec.decodeResponse(body)).message).toBe(
      'Upstream response is malformed at choices[0].finish_reason: expected a string',
    )
  })
})

describe('upstream chunks the fuzz broke end the stream with an error part', () => {
  it.each([
    ['choices:[5]', chunk([5]), 'choices[0]: expected an object'],
    ['delta:"x"', chunk([{ index: 0, delta: 'x' }]), 'choices[0].delta: expected an object'],
    [
      'tool_calls:[null]',
      chunk([{ index: 0, delta: { tool_calls: [null] } }]),
      'choices[0].delta.tool_calls[0]: expected an object',
    ],
    [
      'a tool call without index',
      chunk([{ index: 0, delta: { tool_calls: [{ id: 'call_1' }] } }]),
      'choices[0].delta.tool_calls[0].index: expected a non-negative integer',
    ],
    [
      'content:5',
      chunk([{ index: 0, delta: { content: 5 } }]),
      'choices[0].delta.content: expected a string',
    ],
  ])('%s', (_name, data, where) => {
    const parts = decodeEvents(openaiCodec, { data: data })
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({
      type: 'error',
      error: {
        kind: 'upstream',
        status: 502,
        message: `Upstream response is malformed at ${where}`,
      },
    })
  })
})

describe('prototype names on the wire are plain keys', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    "an upstream error code '%s' does not find Object.prototype's",
    (code) => {
      const body = JSON.stringify({ error: { message: 'no', type: 'x', code } })
      const error = openaiCodec.decodeError(429, body)
      expect(error).toMatchObject({ kind: 'rate_limit', status: 429, code, message: 'no' })
    },
  )

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    "a request field named '%s' is refused by name",
    (key) => {
      const error = catchChatwireError(() =>
        openaiCodec.decodeRequest(JSON.parse(`{"${key}":1,"model":"m","messages":[]}`)),
      )
      expect(error.message).toBe(`Unrecognized request argument supplied: ${key}`)
    },
  )

  it.each(['constructor', 'toString'])("finish_reason '%s' unifies to other", (raw) => {
    const decoded = openaiCodec.decodeResponse(
      response([{ index: 0, message: { role: 'assistant' }, finish_reason: raw }]),
    )
    expect(decoded.choices[0]?.finishReason).toEqual({ unified: 'other', raw })
  })
})

describe('bounded depth and echoes', () => {
  it('tool parameters nested 5,000 deep are a 400 naming the field, not a stack overflow later', () => {
    let parameters: unknown = { type: 'string' }
    for (let level = 0; level < 5000; level++)
      parameters = { type: 'object', properties: { a: parameters } }
    const body = { ...request, tools: [{ type: 'function', function: { name: 'f', parameters } }] }
    const error = catchChatwireError(() => openaiCodec.decodeRequest(body))
    expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', status: 400 })
    expect(error.param).toMatch(/^tools\[0\]\.function\.parameters\.properties\.a\./)
    expect(error.message).toContain(`nested deeper than ${MAX_REQUEST_DEPTH} levels`)
  })

  it('a 30 MB invalid value is quoted as a short excerpt', () => {
    const error = catchChatwireError(() =>
      openaiCodec.decodeRequest({ ...request, messages: [{ role: 'x'.repeat(30_000_000) }] }),
    )
    expect(error.param).toBe('messages[0].role')
    expect(error.message.length).toBeLessThan(400)
    expect(error.message).toContain('…[29999800 more]')
  })

  it('keeps a short invalid value byte-identical in the message', () => {
    const error = catchChatwireError(() =>
      openaiCodec.decodeRequest({ ...request, messages: [{ role: 'wizard' }] }),
    )
    expect(error.message).toMatch(/^Invalid value for 'messages\[0\]\.role': "wizard"\. /)
  })

  it("keeps at most 1,000 characters of an upstream's own error message", () => {
    const body = JSON.stringify({ error: { message: 'm'.repeat(3_000_000), type: 'server_error' } })
    expect(openaiCodec.decodeError(500, body).message).toBe(`${'m'.repeat(1000)}…[2999000 more]`)
  })
})

describe('Retry-After', () => {
  it.each([
    [{ 'retry-after': '20' }, 20],
    [{ 'retry-after-ms': '1500', 'retry-after': '9' }, 1.5],
    [{ 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' }, expect.any(Number)],
    [{ 'retry-after': '-3' }, 0],
    [{ 'retry-after': 'soon' }, undefined],
  ])('%j → %s seconds', (headers, seconds) => {
    const error = openaiCodec.decodeError(429, '{"error":{"message":"slow down"}}', headers)
    expect(error.retryAfter).toEqual(seconds)
  })
})
