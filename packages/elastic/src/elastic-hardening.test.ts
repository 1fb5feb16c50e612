import { MAX_REQUEST_DEPTH } from '@chatwire/core'
import { catchChatwireError } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from './elastic-codec'

// Regression tests for what the decoder fuzz found (RELIABILITY.md, "Fuzzing").
const request = { messages: [{ role: 'user', content: 'Hello!' }] }
const context = { params: { inference_id: 'openai-chat' } }

describe('Elastic decoders', () => {
  it('a response object nested 100,000 deep is a ChatwireError, not a stack overflow', () => {
    let body: unknown = {}
    for (let level = 0; level < 100_000; level++) body = { chat_completion: body }
    const error = catchChatwireError(() => elasticCodec.decodeResponse(body))
    expect(error.toJSON()).toMatchObject({ kind: 'upstream', status: 502, code: 'stream_error' })
  })

  it.each([
    ['choices:[5]', { id: 'c', choices: [5] }, "Invalid Elastic chunk at 'choices[0]'"],
    [
      'tool_calls:[null]',
      { id: 'c', choices: [{ index: 0, delta: { tool_calls: [null] } }] },
      "at 'choices[0].delta.tool_calls[0]'",
    ],
  ])('a chunk with %s is an upstream ChatwireError naming the field', (_name, body, where) => {
    const error = catchChatwireError(() => elasticCodec.decodeResponse(body))
    expect(error.toJSON()).toMatchObject({ kind: 'upstream', status: 502 })
    expect(error.message).toContain(where)
  })

  it('tool parameters nested 5,000 deep are a 400 naming the field', () => {
    let parameters: unknown = {}
    for (let level = 0; level < 5000; level++) parameters = { properties: parameters }
    const body = { ...request, tools: [{ type: 'function', function: { name: 'f', parameters } }] }
    const error = catchChatwireError(() => elasticCodec.decodeRequest(body, context))
    expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', status: 400 })
    expect(error.param).toMatch(/^tools\[0\]\.function\.parameters\.properties/)
    expect(error.message).toContain(`nested deeper than ${MAX_REQUEST_DEPTH} levels`)
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    "a request field named '%s' is an unknown field, by name",
    (key) => {
      const body = JSON.parse(`{"${key}":1,"messages":[{"role":"user","content":"Hi"}]}`)
      const error = catchChatwireError(() => elasticCodec.decodeRequest(body, context))
      expect(error.toJSON()).toMatchObject({ status: 400, param: key })
      // ES's wording, with the key's location in the compact body.
      expect(error.message).toBe(`[1:2] [UnifiedCompletionRequest] unknown field [${key}]`)
    },
  )

  it.each(['constructor', 'toString'])("a role '%s' is refused by name", (role) => {
    const body = { messages: [{ role, content: 'Hi' }] }
    expect(catchChatwireError(() => elasticCodec.decodeRequest(body, context)).message).toBe(
      `Unsupported role [${role}]: expected one of [user, assistant, system, developer, tool]`,
    )
  })

  it('a 30 MB unknown key is echoed as a short excerpt', () => {
    const key = 'k'.repeat(30_000_000)
    const error = catchChatwireError(() =>
      elasticCodec.decodeRequest({ ...request, [key]: 1 }, context),
    )
    expect(error.message.length).toBeLessThan(400)
    expect(error.param?.length).toBeLessThan(400)
  })

  it("keeps at most 1,000 characters of an upstream's own error message", () => {
    const body = JSON.stringify({
      error: { type: 'status_exception', reason: 'r'.repeat(300_000) },
    })
    expect(elasticCodec.decodeError(400, body).message).toBe(`${'r'.repeat(1000)}…[299000 more]`)
  })

  it.each([
    [{ 'retry-after': '7' }, 7],
    [{ 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' }, expect.any(Number)],
    [{ 'retry-after': '-1' }, 0],
    [{ 'retry-after': 'later' }, undefined],
  ])('Retry-After %j is %s seconds (an HTTP-date is no longer dropped)', (headers, seconds) => {
    const body = '{"error":{"type":"status_exception","reason":"Too many requests"},"status":429}'
    expect(elasticCodec.decodeError(429, body, headers).retryAfter).toEqual(seconds)
  })
})
