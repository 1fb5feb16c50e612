import { type Codec, translateError, translateResponse } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { friendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
import { describe, expect, it } from 'vitest'
import { readErrorFixture, readJsonFixture } from './read-fixture'

/**
 * The specific facts of translating whole responses and errors between two dialects, one row
 * each, beside the matrix's general property. Moved from the codec packages' cross-format tests.
 */
const BOM = '\uFEFF'

const relayError = (owner: string, name: string, from: Codec, to: Codec) => {
  const { status, body, headers } = readErrorFixture(owner, name)
  return translateError(status, body, from, to, headers)
}

const relayResponse = (owner: string, name: string, from: Codec, to: Codec) =>
  translateResponse(readJsonFixture(owner, `${name}.response.json`), from, to)

const responseRows: [string, () => void][] = [
  [
    'Friendli → OpenAI → Friendli: carries a Friendli tool-call response to OpenAI and back',
    () => {
      const friendli = readJsonFixture('friendli', 'friendli-tool-calls.response.json')
      const openai = translateResponse(friendli, friendliCodec, openaiCodec)
      expect(openai.losses).toEqual([])
      expect(translateResponse(openai.body, openaiCodec, friendliCodec).body).toEqual(friendli)
    },
  ],
  [
    'OctoAI → OpenAI (§9.4): tool calls and usage carry over',
    () => {
      const { body, losses } = relayResponse('octoai', 'octoai-tool-call', octoaiCodec, openaiCodec)
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
    },
  ],
  [
    'OctoAI → OpenAI: cancelled becomes an OpenAI value; null logprob items are dropped',
    () => {
      const { body } = relayResponse(
        'octoai',
        'octoai-logprobs-cancelled',
        octoaiCodec,
        openaiCodec,
      )
      const [choice] = (
        body as { choices: { finish_reason: string; logprobs: { content: unknown[] } }[] }
      ).choices
      expect(choice?.finish_reason).toBe('stop')
      expect(choice?.logprobs.content).toHaveLength(1)
    },
  ],
  [
    'OctoAI → OpenAI: the null noise of real bodies does not reach OpenAI clients',
    () => {
      const { body } = relayResponse('octoai', 'octoai-text', octoaiCodec, openaiCodec)
      expect(body).not.toHaveProperty('system_fingerprint')
      expect((body as { choices: Record<string, unknown>[] }).choices[0]).not.toHaveProperty(
        'delta',
      )
    },
  ],
  [
    'OpenAI → OctoAI: writes exactly the OctoAI shape, without losses',
    () => {
      const { body, losses } = relayResponse('openai', 'openai-tool-call', openaiCodec, octoaiCodec)
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
    },
  ],
]

const errorRows: [string, () => void][] = [
  // Elastic ↔ OpenAI
  [
    'Elastic 404 (SSE) → OpenAI 404 JSON',
    () => {
      const openai = relayError('elastic', 'elastic-not-found', elasticCodec, openaiCodec)
      expect(openai.status).toBe(404)
      expect(JSON.parse(openai.body)).toEqual({
        error: {
          message:
            'Received an unsuccessful status code for request from inference entity id [id] status [404]. Error message: [some error]',
          type: 'error',
          param: null,
          code: 'not_found',
        },
      })
    },
  ],
  [
    'Elastic 400 hiding a provider 500 → OpenAI 500',
    () => {
      const openai = relayError('elastic', 'elastic-provider-500', elasticCodec, openaiCodec)
      expect(openai.status).toBe(500)
    },
  ],
  [
    'OpenAI 500 → Elastic 400 with `status [500]` in the message, as ES relays it',
    () => {
      const body =
        '{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}'
      const elastic = translateError(500, body, openaiCodec, elasticCodec)
      expect(elastic.status).toBe(400)
      expect(elastic.headers['content-type']).toBe('text/event-stream')
      expect(elastic.body).toBe(
        `${BOM}event: error\ndata: {"error":{"code":"bad_request","message":"Received a server error status code for request from inference entity id [unknown] status [500]. Error message: [The server had an error]","type":"server_error"}}\n\n`,
      )
    },
  ],
  [
    'OpenAI 401 (bad provider key) → Elastic unified 401 event, not the ES security envelope',
    () => {
      const body =
        '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}'
      const elastic = translateError(401, body, openaiCodec, elasticCodec)
      expect(elastic.status).toBe(401)
      expect(elastic.body).toBe(
        `${BOM}event: error\ndata: {"error":{"code":"invalid_api_key","message":"Incorrect API key provided","type":"invalid_request_error"}}\n\n`,
      )
    },
  ],
  [
    'OpenAI 429 → Elastic 429 with Retry-After',
    () => {
      const elastic = relayError('openai', 'openai-rate-limit', openaiCodec, elasticCodec)
      expect([elastic.status, elastic.headers['retry-after']]).toEqual([429, '20'])
    },
  ],
  // Friendli ↔ OctoAI ↔ Elastic ↔ OpenAI
  [
    'validation errors between FastAPI dialects: a Friendli 422 to OctoAI and an OctoAI 422 to Friendli pass unchanged',
    () => {
      for (const [owner, from, to] of [
        ['friendli', friendliCodec, octoaiCodec],
        ['octoai', octoaiCodec, friendliCodec],
      ] as const) {
        const { body } = readErrorFixture(owner, `${owner}-validation`)
        const encoded = relayError(owner, `${owner}-validation`, from, to)
        expect(encoded.status).toBe(422)
        expect(JSON.parse(encoded.body)).toEqual(JSON.parse(body))
      }
    },
  ],
  // A FastAPI 422 reaches an Elastic client with its status and field.
  ...(
    [
      [
        'gives Elastic clients the field of a Friendli 422',
        'friendli',
        friendliCodec,
        { param: 'messages[0].content', message: 'Input should be a valid string' },
      ],
      [
        'an OctoAI 422 reaches an Elastic client with its field and status',
        'octoai',
        octoaiCodec,
        { message: 'Input should be less than or equal to 2', param: 'temperature' },
      ],
    ] satisfies [string, string, Codec, Record<string, string>][]
  ).map(([name, owner, from, error]): [string, () => void] => [
    name,
    () => {
      const encoded = relayError(owner, `${owner}-validation`, from, elasticCodec)
      expect(encoded.status).toBe(422)
      expect(elasticCodec.decodeError(encoded.status, encoded.body, encoded.headers)).toMatchObject(
        error,
      )
    },
  ]),
  // A rate limit becomes the target's envelope, keeping Retry-After.
  ...(
    [
      [
        'turns an OpenAI 429 into the Friendli envelope, keeping Retry-After',
        'openai',
        openaiCodec,
        friendliCodec,
        {
          message: expect.stringContaining('Rate limit reached for gpt-4o-mini'),
          error: { type: 'requests', code: 'rate_limit_exceeded' },
        },
      ],
      [
        'an Elastic rate limit becomes the OctoAI envelope with Retry-After',
        'elastic',
        elasticCodec,
        octoaiCodec,
        expect.objectContaining({
          object: 'error',
          type: 'requests',
          code: 'rate_limit_exceeded',
          param: null,
        }),
      ],
    ] satisfies [string, string, Codec, Codec, unknown][]
  ).map(([name, owner, from, to, envelope]): [string, () => void] => [
    name,
    () => {
      const encoded = relayError(owner, `${owner}-rate-limit`, from, to)
      expect(encoded.status).toBe(429)
      expect(encoded.headers['retry-after']).toBe('20')
      expect(JSON.parse(encoded.body)).toEqual(envelope)
      expect(to.decodeError(encoded.status, encoded.body, encoded.headers).kind).toBe('rate_limit')
    },
  ]),
  // A FastAPI error becomes an OpenAI error naming the field.
  ...(
    [
      [
        'turns a Friendli 422 into an OpenAI invalid_request_error with the field',
        'friendli',
        'friendli-validation',
        friendliCodec,
        422,
        {
          message: 'Input should be a valid string',
          type: 'string_type',
          param: 'messages[0].content',
          code: null,
        },
      ],
      [
        'OctoAI → OpenAI: a 422 detail becomes an invalid_request_error naming the field (§9.4)',
        'octoai',
        'octoai-validation',
        octoaiCodec,
        422,
        {
          message: 'Input should be less than or equal to 2',
          type: 'invalid_request_error',
          param: 'temperature',
          code: 'less_than_equal',
        },
      ],
      [
        'OctoAI → OpenAI: the 500 envelope maps almost 1:1 (validation_errors dropped)',
        'octoai',
        'octoai-validation-errors',
        octoaiCodec,
        500,
        {
          message: 'Request validation failed',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      ],
    ] satisfies [string, string, string, Codec, number, Record<string, unknown>][]
  ).map(([name, owner, fixture, from, status, error]): [string, () => void] => [
    name,
    () => {
      const encoded = relayError(owner, fixture, from, openaiCodec)
      expect(encoded.status).toBe(status)
      expect(JSON.parse(encoded.body)).toEqual({ error })
    },
  ]),
  [
    'OctoAI → OpenAI: a body that is not JSON still reaches the client with its status',
    () => {
      const encoded = relayError('octoai', 'octoai-rate-limit-text', octoaiCodec, openaiCodec)
      expect(encoded.status).toBe(429)
      expect(encoded.headers['retry-after']).toBe('7')
      expect(JSON.parse(encoded.body).error).toMatchObject({
        message: 'Too Many Requests',
        type: 'rate_limit_error',
      })
    },
  ],
  ...(
    [
      ['openai-invalid-api-key', 401, 'authentication', 'invalid_request_error', 'invalid_api_key'],
      ['openai-rate-limit', 429, 'rate_limit', 'requests', 'rate_limit_exceeded'],
    ] as const
  ).map(([name, status, kind, type, code]): [string, () => void] => [
    `OpenAI ${name} becomes an OctoAI error envelope`,
    () => {
      const encoded = relayError('openai', name, openaiCodec, octoaiCodec)
      expect(encoded.status).toBe(status)
      expect(JSON.parse(encoded.body)).toMatchObject({ object: 'error', type, code, param: null })
      expect(octoaiCodec.decodeError(encoded.status, encoded.body, encoded.headers)).toMatchObject({
        kind,
        status,
        type,
        code,
      })
    },
  ]),
]

describe('cross-format response facts', () => {
  it.each(responseRows)('%s', (_name, check) => check())
})

describe('cross-format error facts', () => {
  it.each(errorRows)('%s', (_name, check) => check())
})
