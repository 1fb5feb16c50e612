import { translateError, translateResponse } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { type ErrorFixture, readOctoAIJsonFixture } from '../test-support/read-octoai-fixture'
import { readSiblingJsonFixture } from '../test-support/read-sibling-fixture'

describe('OctoAI response → OpenAI response (§9.4)', () => {
  it('tool calls and usage carry over', () => {
    const { body, losses } = translateResponse(
      readOctoAIJsonFixture('octoai-tool-call.response.json'),
      octoaiCodec,
      openaiCodec,
    )
    expect(losses).toEqual([])
    expect(body).toMatchObject({
      id: 'cmpl-3f7b8d1e2c4a4b5f9e6d7c8b9a0f1e2d',
      object: 'chat.completion',
      choices: [
        {
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'chatcmpl-tool-0b9c2a2cbd1a4c6e8a3c0d6f1e2b7a45',
                type: 'function',
                function: { name: 'get_flight_status' },
              },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 310, completion_tokens: 32, total_tokens: 342 },
    })
  })

  it('cancelled becomes an OpenAI value; null logprob items are dropped', () => {
    const { body } = translateResponse(
      readOctoAIJsonFixture('octoai-logprobs-cancelled.response.json'),
      octoaiCodec,
      openaiCodec,
    )
    const [choice] = (
      body as { choices: { finish_reason: string; logprobs: { content: unknown[] } }[] }
    ).choices
    expect(choice?.finish_reason).toBe('stop')
    expect(choice?.logprobs.content).toHaveLength(1)
  })

  it('the null noise of real bodies does not reach OpenAI clients', () => {
    const { body } = translateResponse(
      readOctoAIJsonFixture('octoai-text.response.json'),
      octoaiCodec,
      openaiCodec,
    )
    expect(body).not.toHaveProperty('system_fingerprint')
    expect((body as { choices: Record<string, unknown>[] }).choices[0]).not.toHaveProperty('delta')
  })
})

describe('OpenAI response → OctoAI response', () => {
  it('writes exactly the OctoAI shape, without losses', () => {
    const { body, losses } = translateResponse(
      readSiblingJsonFixture('openai', 'openai-tool-call.response.json'),
      openaiCodec,
      octoaiCodec,
    )
    expect(losses).toEqual([])
    expect(body).toEqual({
      id: 'chatcmpl-abc123',
      object: 'chat.completion',
      created: 1699896916,
      model: 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_abc123',
                type: 'function',
                function: {
                  name: 'get_current_weather',
                  arguments: '{\n"location": "Boston, MA"\n}',
                },
              },
            ],
            function_call: null,
          },
          finish_reason: 'tool_calls',
        },
      ],
      usage: { completion_tokens: 17, prompt_tokens: 82, total_tokens: 99 },
    })
  })
})

describe('errors across OctoAI and OpenAI', () => {
  const octoai = (name: string) => readOctoAIJsonFixture<ErrorFixture>(`${name}.error.json`)

  it.each([
    [
      'a 422 detail becomes an invalid_request_error naming the field (§9.4)',
      'octoai-validation',
      422,
      {
        message: 'Input should be less than or equal to 2',
        type: 'invalid_request_error',
        param: 'temperature',
        code: 'less_than_equal',
      },
    ],
    [
      'the 500 envelope maps almost 1:1 (validation_errors dropped)',
      'octoai-validation-errors',
      500,
      {
        message: 'Request validation failed',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    ],
  ])('%s', (_, name, status, error) => {
    const fixture = octoai(name)
    const encoded = translateError(fixture.status, fixture.body, octoaiCodec, openaiCodec)
    expect(encoded.status).toBe(status)
    expect(JSON.parse(encoded.body)).toEqual({ error })
  })

  it('a body that is not JSON still reaches the client with its status', () => {
    const { status, headers, body } = octoai('octoai-rate-limit-text')
    const encoded = translateError(status, body, octoaiCodec, openaiCodec, headers)
    expect(encoded.status).toBe(429)
    expect(encoded.headers['retry-after']).toBe('7')
    expect(JSON.parse(encoded.body).error).toMatchObject({
      message: 'Too Many Requests',
      type: 'rate_limit_error',
    })
  })

  it.each([
    ['openai-invalid-api-key', 401, 'authentication', 'invalid_request_error', 'invalid_api_key'],
    ['openai-rate-limit', 429, 'rate_limit', 'requests', 'rate_limit_exceeded'],
  ])('OpenAI %s becomes an OctoAI error envelope', (name, status, kind, type, code) => {
    const fixture = readSiblingJsonFixture('openai', `${name}.error.json`) as ErrorFixture
    const encoded = translateError(
      fixture.status,
      fixture.body,
      openaiCodec,
      octoaiCodec,
      fixture.headers,
    )
    expect(encoded.status).toBe(status)
    expect(JSON.parse(encoded.body)).toMatchObject({ object: 'error', type, code, param: null })
    expect(octoaiCodec.decodeError(encoded.status, encoded.body, encoded.headers)).toMatchObject({
      kind,
      status,
      type,
      code,
    })
  })
})
