import { MAX_REQUEST_DEPTH } from '@chatwire/core'
import { catchChatwireError, decodeEvents } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from './octoai-codec'

// Regression tests for what the decoder fuzz found (RELIABILITY.md, "Fuzzing").
const response = (choices: unknown) => ({ id: 'cmpl-1', created: 1, model: 'm', choices })
const request = { model: 'meta-llama-3-8b-instruct', messages: [{ role: 'user', content: 'Hi' }] }

describe('OctoAI decoders', () => {
  it.each([
    ['choices:[5]', response([5]), 'choices[0]: expected an object'],
    [
      'content parts:[5]',
      response([{ index: 0, message: { role: 'assistant', content: [5] } }]),
      'choices[0].message.content[0]: expected an object',
    ],
    [
      'tool_calls:[null]',
      response([{ index: 0, message: { role: 'assistant', tool_calls: [null] } }]),
      'choices[0].message.tool_calls[0]: expected an object',
    ],
    [
      'a top log probability without a token',
      response([
        {
          index: 0,
          message: { role: 'assistant' },
          logprobs: { content: [{ token: 'a', logprob: 0, top_logprobs: [{}] }] },
        },
      ]),
      'choices[0].logprobs.content[0].top_logprobs[0].token: expected a string',
    ],
  ])('a response with %s is an upstream ChatwireError naming the field', (_name, body, where) => {
    const error = catchChatwireError(() => octoaiCodec.decodeResponse(body))
    expect(error.toJSON()).toMatchObject({ kind: 'upstream', status: 502 })
    expect(error.message).toBe(`Upstream response is malformed at ${where}`)
  })

  it('choices:[null] in a chunk is an error part, not TypeError "reading \'delta\'"', () => {
    const parts = decodeEvents(octoaiCodec, {
      data: '{"id":"c","created":1,"model":"m","choices":[null]}',
    })
    expect(parts).toEqual([
      {
        type: 'error',
        error: expect.objectContaining({
          kind: 'upstream',
          message: 'Upstream response is malformed at choices[0]: expected an object',
        }),
      },
    ])
  })

  it.each([-3, 21])('top_logprobs %i is a 422, not an invalid canonical count', (value) => {
    const error = catchChatwireError(() =>
      octoaiCodec.decodeRequest({ ...request, top_logprobs: value }),
    )
    expect(error.toJSON()).toMatchObject({
      kind: 'invalid_request',
      status: 422,
      param: 'top_logprobs',
    })
  })

  it('a __proto__ logit_bias key stays a key, not a prototype', () => {
    const body = { ...request, logit_bias: JSON.parse('{"__proto__": 5, "50256": -100}') }
    const decoded = octoaiCodec.decodeRequest(body)
    expect(Object.keys(decoded.logitBias ?? {})).toEqual(['50256', '__proto__'])
    expect(Object.getPrototypeOf(decoded.logitBias)).toBe(Object.prototype)
  })

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    "finish_reason '%s' unifies to other",
    (raw) => {
      const body = response([{ index: 0, message: { role: 'assistant' }, finish_reason: raw }])
      expect(octoaiCodec.decodeResponse(body).choices[0]?.finishReason).toEqual({
        unified: 'other',
        raw,
      })
    },
  )

  it('tool parameters nested 5,000 deep are a 400 naming the field', () => {
    let parameters: unknown = {}
    for (let level = 0; level < 5000; level++) parameters = { properties: parameters }
    const body = { ...request, tools: [{ type: 'function', function: { name: 'f', parameters } }] }
    const error = catchChatwireError(() => octoaiCodec.decodeRequest(body))
    expect(error.toJSON()).toMatchObject({ kind: 'invalid_request', status: 400 })
    expect(error.param).toMatch(/^tools\[0\]\.function\.parameters\.properties/)
    expect(error.message).toContain(`nested deeper than ${MAX_REQUEST_DEPTH} levels`)
  })

  it("keeps at most 1,000 characters of an upstream's own error message", () => {
    const body = JSON.stringify({ detail: 'd'.repeat(300_000) })
    expect(octoaiCodec.decodeError(500, body).message).toBe(`${'d'.repeat(1000)}…[299000 more]`)
  })

  it('reads a Retry-After HTTP-date', () => {
    const headers = { 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' }
    expect(octoaiCodec.decodeError(429, '{"detail":"slow"}', headers).retryAfter).toBeGreaterThan(0)
  })
})
