import { readFileSync } from 'node:fs'
import { ChatwireError } from '@chatwire/core'
import { withoutNulls } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { encodeOpenAIError } from '../error/encode-openai-error'
import { decodeOpenAIChatRequest } from './decode-openai-chat-request'
import { encodeOpenAIChatRequest } from './encode-openai-chat-request'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8'))

const user = { role: 'user', content: 'hi' }
const base = { model: 'gpt-4o-mini', messages: [user] }

describe('decodeOpenAIChatRequest', () => {
  it('round-trips every §4.2 field on the wire: encode(decode(body)) is the body', () => {
    const body = fixture('openai-every-field.request.json')
    const encoded = encodeOpenAIChatRequest(decodeOpenAIChatRequest(body))
    expect(encoded.losses).toEqual([])
    expect(withoutNulls(encoded.body)).toEqual(withoutNulls(body))
  })

  it('round-trips legacy functions, function_call and max_tokens as legacy fields', () => {
    const body = fixture('openai-legacy-functions.request.json')
    const encoded = encodeOpenAIChatRequest(decodeOpenAIChatRequest(body))
    expect(encoded.body).toEqual({ ...body, stop: ['\n'] })
  })

  it.each([
    ['string stop', { stop: 'END' }, { stop: ['END'] }],
    ['max_tokens', { max_tokens: 9 }, { maxTokens: 9 }],
    ['max_completion_tokens wins', { max_tokens: 9, max_completion_tokens: 5 }, { maxTokens: 5 }],
    ['null knobs are unset', { temperature: null, seed: null, stop: null }, {}],
  ])('%s', (_name, extra, expected) => {
    const request = decodeOpenAIChatRequest({ ...base, ...extra })
    const { model: _m, messages: _ms, extensions: _e, ...rest } = request
    expect(rest).toEqual(expected)
  })

  it.each([
    ['no model', { messages: [user] }, 'model', "Missing required parameter: 'model'."],
    ['no messages', { model: 'm' }, 'messages', "Missing required parameter: 'messages'."],
    [
      'empty messages',
      { model: 'm', messages: [] },
      'messages',
      "Invalid 'messages': array below minimum value. Expected a value >= 1, but got [] instead.",
    ],
    [
      'temperature as string',
      { ...base, temperature: 'hot' },
      'temperature',
      "Invalid type for 'temperature': expected a decimal, but got a string instead.",
    ],
    [
      'temperature above 2',
      { ...base, temperature: 2.5 },
      'temperature',
      "Invalid 'temperature': value above maximum value. Expected a value <= 2, but got 2.5 instead.",
    ],
    [
      'top_p below 0',
      { ...base, top_p: -0.1 },
      'top_p',
      "Invalid 'top_p': value below minimum value. Expected a value >= 0, but got -0.1 instead.",
    ],
    [
      'n as decimal',
      { ...base, n: 1.5 },
      'n',
      "Invalid type for 'n': expected an integer, but got a decimal instead.",
    ],
    ['five stop sequences', { ...base, stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop', undefined],
    [
      'unknown role',
      { ...base, messages: [{ role: 'wizard', content: 'x' }] },
      'messages[0].role',
      undefined,
    ],
    [
      'tool without tool_call_id',
      { ...base, messages: [user, { role: 'tool', content: 'x' }] },
      'messages[1].tool_call_id',
      "Missing required parameter: 'messages[1].tool_call_id'.",
    ],
    [
      'user content as number',
      { ...base, messages: [{ role: 'user', content: 7 }] },
      'messages[0].content',
      undefined,
    ],
    [
      'image part without url',
      { ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: {} }] }] },
      'messages[0].content[0].image_url.url',
      "Missing required parameter: 'messages[0].content[0].image_url.url'.",
    ],
    [
      'function tool without name',
      { ...base, tools: [{ type: 'function', function: {} }] },
      'tools[0].function.name',
      undefined,
    ],
    [
      'bad tool name',
      { ...base, tools: [{ type: 'function', function: { name: 'has space' } }] },
      'tools[0].function.name',
      undefined,
    ],
    ['unknown tool_choice', { ...base, tool_choice: 'sometimes' }, 'tool_choice', undefined],
  ])('rejects %s with an OpenAI 400 naming %s', (_name, body, param, message) => {
    let thrown: unknown
    try {
      decodeOpenAIChatRequest(body)
    } catch (error) {
      thrown = error
    }
    expect(ChatwireError.isInstance(thrown)).toBe(true)
    const error = thrown as ChatwireError
    expect(error.status).toBe(400)
    expect(error.param).toBe(param)
    if (message) expect(error.message).toBe(message)
    const wire = JSON.parse(encodeOpenAIError(error.toJSON()).body)
    expect(wire.error).toMatchObject({ type: 'invalid_request_error', param })
  })

  it('rejects stream_options on a request that does not stream, as the API does', () => {
    expect(() =>
      decodeOpenAIChatRequest({ ...base, stream_options: { include_usage: true } }),
    ).toThrow("The 'stream_options' parameter is only allowed when 'stream' is enabled.")
    expect(
      decodeOpenAIChatRequest({ ...base, stream: true, stream_options: { include_usage: true } })
        .streamOptions,
    ).toEqual({ includeUsage: true })
  })

  it('rejects an unknown top-level argument the way OpenAI does', () => {
    expect(() => decodeOpenAIChatRequest({ ...base, temprature: 1 })).toThrow(
      'Unrecognized request argument supplied: temprature',
    )
  })

  it.each([
    [null, 'null'],
    ['text', 'a string'],
    [42, 'an integer'],
    [[], 'an array'],
  ])('rejects a body that is not an object (%j)', (body, got) => {
    expect(() => decodeOpenAIChatRequest(body)).toThrow(
      `The request body must be a JSON object, but got ${got} instead.`,
    )
  })
})
