import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import type { FriendliProduct } from '../schema/friendli-extension'
import { decodeFriendliChatRequest } from './decode-friendli-chat-request'

const messages = [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: 'Hello!' },
]
const base = { model: 'zai-org/GLM-5.2', messages }

function rejection(body: unknown, product: FriendliProduct = 'serverless') {
  try {
    decodeFriendliChatRequest(body, { params: { product } })
  } catch (error) {
    if (!ChatwireError.isInstance(error)) throw error
    return { kind: error.kind, status: error.status, param: error.param, message: error.message }
  }
  throw new Error('expected the request to be rejected')
}

describe('decodeFriendliChatRequest rejects what Friendli rejects', () => {
  it.each<{
    name: string
    body: unknown
    product?: FriendliProduct
    param: string | undefined
    message: RegExp
  }>([
    {
      name: 'a bare-string stop',
      body: { ...base, stop: 'x' },
      param: 'stop',
      message: /must be a list of strings, e.g. \["x"\]/,
    },
    {
      name: 'max_completion_tokens',
      body: { ...base, max_completion_tokens: 10 },
      param: 'max_completion_tokens',
      message: /use 'max_tokens'/,
    },
    {
      name: 'an OpenAI-only field',
      body: { ...base, user: 'u-1' },
      param: 'user',
      message: /does not accept the field 'user'/,
    },
    {
      name: 'text parts in a system message',
      body: {
        ...base,
        messages: [{ role: 'system', content: [{ type: 'text', text: 'Be brief.' }] }],
      },
      param: 'messages[0].content',
      message: /must be a string: Friendli takes no content parts in system messages/,
    },
    {
      name: 'parts in a tool message',
      body: {
        ...base,
        messages: [{ role: 'tool', tool_call_id: 'c', content: [{ type: 'text', text: '1' }] }],
      },
      param: 'messages[0].content',
      message: /no content parts in tool messages/,
    },
    {
      name: 'a developer message',
      body: { ...base, messages: [{ role: 'developer', content: 'Be brief.' }] },
      param: 'messages[0].role',
      message: /no 'developer' role: use 'system'/,
    },
    {
      name: 'an unknown role',
      body: { ...base, messages: [{ role: 'function', name: 'f', content: '1' }] },
      param: 'messages[0].role',
      message: /one of system, user, assistant, tool/,
    },
    {
      name: 'an OpenAI image detail',
      body: {
        ...base,
        messages: [
          {
            role: 'user',
            content: [{ type: 'image_url', image_url: { url: 'https://x/y.png', detail: 'low' } }],
          },
        ],
      },
      param: 'messages[0].content[0].image_url.detail',
      message: /Unexpected property/,
    },
    {
      name: 'an OpenAI input_audio part',
      body: {
        ...base,
        messages: [
          {
            role: 'user',
            content: [{ type: 'input_audio', input_audio: { data: 'AAA', format: 'wav' } }],
          },
        ],
      },
      param: 'messages[0].content[0].type',
      message: /one of text, image_url, audio_url, video_url/,
    },
    {
      name: 'a tool call id missing on a tool message',
      body: { ...base, messages: [{ role: 'tool', content: 'sunny' }] },
      param: 'messages[0].tool_call_id',
      message: /Expected required property/,
    },
    {
      name: 'a function without parameters',
      body: { ...base, tools: [{ type: 'function', function: { name: 'get_weather' } }] },
      param: 'tools[0].function.parameters',
      message: /required by Friendli/,
    },
    {
      name: 'a built-in tool off the tool-assisted endpoint',
      body: { ...base, tools: [{ type: 'web:search' }] },
      param: 'tools[0].type',
      message: /only available on the tool-assisted endpoint/,
    },
    {
      name: 'resume_generation off the tool-assisted endpoint',
      body: { ...base, resume_generation: true },
      product: 'dedicated',
      param: 'resume_generation',
      message: /only accepted by the tool-assisted endpoint/,
    },
    {
      name: 'response_format on the tool-assisted endpoint',
      body: { ...base, response_format: { type: 'json_object' } },
      product: 'tools',
      param: 'response_format',
      message: /not accepted by the tool-assisted endpoint/,
    },
    {
      name: 'an unknown built-in tool',
      body: { ...base, tools: [{ type: 'web:browse' }] },
      product: 'tools',
      param: 'tools[0].type',
      message: /one of function, math:calculator/,
    },
    {
      name: 'a file tool without files',
      body: { ...base, tools: [{ type: 'file:text' }] },
      product: 'tools',
      param: 'tools[0].files',
      message: /Expected required property/,
    },
    {
      name: "OpenAI's json_schema.strict",
      body: {
        ...base,
        response_format: { type: 'json_schema', json_schema: { schema: {}, strict: true } },
      },
      param: 'response_format.json_schema.strict',
      message: /Unexpected property/,
    },
    {
      name: 'a regex format without its schema',
      body: { ...base, response_format: { type: 'regex', pattern: '[a-z]+' } },
      param: 'response_format.schema',
      message: /Expected required property/,
    },
    {
      name: 'top_p above 1',
      body: { ...base, top_p: 1.5 },
      param: 'top_p',
      message: /Invalid 'top_p'/,
    },
    {
      name: 'xtc_probability above 1',
      body: { ...base, xtc_probability: 2 },
      param: 'xtc_probability',
      message: /Invalid 'xtc_probability'/,
    },
    {
      name: 'an unknown reasoning effort',
      body: { ...base, reasoning_effort: 'extreme' },
      param: 'reasoning_effort',
      message: /Invalid 'reasoning_effort'/,
    },
    {
      name: 'a missing model',
      body: { messages },
      param: 'model',
      message: /Expected required property/,
    },
    {
      name: 'a body that is not an object',
      body: [base],
      param: undefined,
      message: /must be a JSON object/,
    },
  ])('$name', ({ body, product, param, message }) => {
    const error = rejection(body, product)
    expect(error.kind).toBe('invalid_request')
    expect(error.status).toBe(422)
    expect(error.param).toBe(param)
    expect(error.message).toMatch(message)
  })
})

describe('decodeFriendliChatRequest accepts what Friendli accepts (SOURCES.md)', () => {
  // Regression: @friendliai/ai-provider's generateObject got
  // `422 response_format.json_schema.name: Unexpected property`.
  it('reads json_schema.name and description, as @friendliai/ai-provider sends them', () => {
    const request = decodeFriendliChatRequest({
      ...base,
      response_format: {
        type: 'json_schema',
        json_schema: { schema: { type: 'object' }, name: 'response', description: 'Weather.' },
      },
    })
    expect(request.responseFormat).toEqual({
      type: 'json_schema',
      schema: { type: 'object' },
      name: 'response',
      description: 'Weather.',
    })
  })

  // Regression: `top_p: 0` was refused; Friendli's schema sets no bound on it.
  it.each([0, 1])('reads top_p %s', (topP) => {
    expect(decodeFriendliChatRequest({ ...base, top_p: topP }).topP).toBe(topP)
  })
})

describe('decodeFriendliChatRequest maps to canonical', () => {
  it('reads a seed list into the extension and one seed into `seed`', () => {
    const list = decodeFriendliChatRequest({ ...base, n: 2, seed: [1, 2] })
    expect(list.seed).toBeUndefined()
    expect(list.extensions?.friendli?.seeds).toEqual([1, 2])
    expect(decodeFriendliChatRequest({ ...base, seed: 5 }).seed).toBe(5)
  })

  it('reads null as "not set", as Friendli does', () => {
    const request = decodeFriendliChatRequest({
      ...base,
      temperature: null,
      tools: null,
      stop: null,
      seed: null,
    })
    expect(request).toEqual({ ...base, extensions: { friendli: { product: 'serverless' } } })
  })

  it.each<{ name: string; tool: unknown; canonical: unknown }>([
    {
      name: 'calculator',
      tool: { type: 'math:calculator' },
      canonical: { type: 'builtin', name: 'math:calculator' },
    },
    {
      name: 'linkup',
      tool: { type: 'linkup:search' },
      canonical: { type: 'builtin', name: 'linkup:search' },
    },
    {
      name: 'file parser',
      tool: { type: 'file:text', files: ['file_1'] },
      canonical: { type: 'builtin', name: 'file:text', files: ['file_1'] },
    },
  ])('reads the built-in tool $name', ({ tool, canonical }) => {
    const request = decodeFriendliChatRequest({ ...base, tools: [tool] }, undefined, {
      product: 'tools',
    })
    expect(request.tools).toEqual([canonical])
    expect(request.extensions?.friendli?.product).toBe('tools')
  })

  it("reads the assistant's `reasoning` alias as reasoning", () => {
    const request = decodeFriendliChatRequest({
      ...base,
      messages: [{ role: 'assistant', content: 'ok', reasoning: 'because' }],
    })
    expect(request.messages[0]).toEqual({ role: 'assistant', content: 'ok', reasoning: 'because' })
  })

  it('takes the team from the X-Friendli-Team header', () => {
    const request = decodeFriendliChatRequest(base, { headers: { 'x-friendli-team': 'team_1' } })
    expect(request.extensions?.friendli).toEqual({ product: 'serverless', team: 'team_1' })
  })

  it('lets a bound product win over the context', () => {
    const request = decodeFriendliChatRequest(
      base,
      { params: { product: 'tools' } },
      { product: 'dedicated' },
    )
    expect(request.extensions?.friendli?.product).toBe('dedicated')
  })

  it('takes a container body without a model, which routes by adapter', () => {
    const request = decodeFriendliChatRequest({ messages }, { params: { product: 'container' } })
    expect(request.model).toBe('')
    expect(() =>
      decodeFriendliChatRequest({ messages }, { params: { product: 'dedicated' } }),
    ).toThrow(/required property/)
  })

  it('refuses an unknown product in the context (a routing bug, not a bad request) with a ChatwireError, not a TypeError', () => {
    const error = rejection(base, 'edge' as FriendliProduct)
    expect(error).toMatchObject({ kind: 'internal', status: 500 })
    expect(error.message).toBe(
      "Unknown Friendli product 'edge': expected serverless, dedicated, tools or container",
    )
  })
})
