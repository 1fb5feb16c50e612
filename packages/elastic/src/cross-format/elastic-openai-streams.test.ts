import { readFileSync } from 'node:fs'
import { type ChatStreamPart, type Codec, translateError } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { decodeBytes, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'

const read = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)))
const openaiStream = (name: string) => read(`../../../openai/src/__fixtures__/${name}`)
const elasticStream = (name: string) => read(`../__fixtures__/${name}`)
// `ignoreBOM`: keep the first event's BOM, which a default TextDecoder strips.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
const BOM = '\uFEFF'

/** Wire bytes of `from` → canonical parts → the text `to` would send. */
const translated = (from: Codec, to: Codec, bytes: Uint8Array) =>
  text(encodeParts(to, decodeBytes(from, bytes)))

/** What an Elastic chunk cannot carry (wire-formats.md §3.4): `created`, fingerprint, logprobs. */
function withoutOpenAIOnly(parts: ChatStreamPart[]): ChatStreamPart[] {
  return parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { created: _created, systemFingerprint: _fingerprint, ...chunk } = part
    return { ...chunk, choices: chunk.choices.map(({ logprobs: _logprobs, ...choice }) => choice) }
  })
}

const withoutCreated = (parts: ChatStreamPart[]) =>
  parts.map((part) => {
    if (part.type !== 'chunk') return part
    const { created: _created, ...chunk } = part
    return chunk
  })

describe('OpenAI stream → Elastic stream', () => {
  it('writes the server framing: BOM per event, bare chunks, no created, finish_reason only when set', () => {
    const elastic = translated(openaiCodec, elasticCodec, openaiStream('openai-text.sse'))
    const events = [
      '{"id":"chatcmpl-123","choices":[{"delta":{"content":"","role":"assistant"},"index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
      '{"id":"chatcmpl-123","choices":[{"delta":{"content":"Hello"},"index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
      '{"id":"chatcmpl-123","choices":[{"delta":{},"finish_reason":"stop","index":0}],"model":"gpt-4o-mini","object":"chat.completion.chunk"}',
      '[DONE]',
    ]
    expect(elastic).toBe(events.map((data) => `${BOM}event: message\ndata: ${data}\n\n`).join(''))
  })

  it('carries parallel tool calls and the usage chunk (with cached tokens)', () => {
    const parts = decodeBytes(openaiCodec, openaiStream('openai-parallel-tool-calls.sse'))
    const elastic = encodeParts(elasticCodec, parts)
    expect(decodeBytes(elasticCodec, elastic)).toEqual(withoutOpenAIOnly(parts))
    expect(text(elastic)).toContain(
      '{"id":"chatcmpl-par","choices":[],"model":"gpt-4o-mini","object":"chat.completion.chunk","usage":{"completion_tokens":34,"prompt_tokens":82,"total_tokens":116,"prompt_tokens_details":{"cached_tokens":64},"completion_tokens_details":{"reasoning_tokens":0}}}',
    )
    expect(text(elastic)).toContain(
      '"tool_calls":[{"index":1,"function":{"arguments":"kyo\\"}"},"type":null}]',
    )
  })

  it('turns a mid-stream OpenAI error into one event: error with the provider type, no [DONE]', () => {
    const elastic = translated(
      openaiCodec,
      elasticCodec,
      openaiStream('openai-midstream-error.sse'),
    )
    expect(
      elastic.endsWith(
        `${BOM}event: error\ndata: {"error":{"code":"stream_error","message":"The server had an error while processing your request. Sorry about that!","type":"server_error"}}\n\n`,
      ),
    ).toBe(true)
    expect(elastic).not.toContain('[DONE]')
  })
})

describe('Elastic stream → OpenAI stream', () => {
  it.each(['elastic-text.sse', 'elastic-wrapped.sse', 'elastic-parallel-tool-calls.sse'])(
    'carries %s without loss (OpenAI adds only `created`)',
    (name) => {
      const parts = decodeBytes(elasticCodec, elasticStream(name))
      const openai = encodeParts(openaiCodec, parts)
      expect(withoutCreated(decodeBytes(openaiCodec, openai))).toEqual(parts)
    },
  )

  it('turns event: error into an OpenAI mid-stream error and no [DONE]', () => {
    const openai = translated(
      elasticCodec,
      openaiCodec,
      elasticStream('elastic-midstream-error.sse'),
    )
    expect(
      openai.endsWith(
        'data: {"error":{"message":"Received an error response for request from inference entity id [openai-completion]. Error message: [The server had an error while processing your request.]","type":"error","param":null,"code":"stream_error"}}\n\n',
      ),
    ).toBe(true)
    expect(openai).not.toContain('[DONE]')
  })

  it("keeps the seed transcript's decode error an error on the OpenAI side", () => {
    const parts = decodeBytes(elasticCodec, elasticStream('elastic-seed-malformed-error.sse'))
    const back = decodeBytes(openaiCodec, encodeParts(openaiCodec, parts))
    expect(back.map((part) => part.type)).toEqual(['chunk', 'error'])
  })
})

describe('errors before the stream', () => {
  const errorFixture = (name: string) =>
    JSON.parse(readFileSync(new URL(`../__fixtures__/${name}.error.json`, import.meta.url), 'utf8'))

  it('Elastic 404 (SSE) → OpenAI 404 JSON', () => {
    const { status, body, headers } = errorFixture('elastic-not-found')
    const openai = translateError(status, body, elasticCodec, openaiCodec, headers)
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
  })

  it('Elastic 400 hiding a provider 500 → OpenAI 500', () => {
    const { status, body, headers } = errorFixture('elastic-provider-500')
    expect(translateError(status, body, elasticCodec, openaiCodec, headers).status).toBe(500)
  })

  it('OpenAI 500 → Elastic 400 with `status [500]` in the message, as ES relays it', () => {
    const body =
      '{"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}'
    const elastic = translateError(500, body, openaiCodec, elasticCodec)
    expect(elastic.status).toBe(400)
    expect(elastic.headers['content-type']).toBe('text/event-stream')
    expect(elastic.body).toBe(
      `${BOM}event: error\ndata: {"error":{"code":"bad_request","message":"Received a server error status code for request from inference entity id [unknown] status [500]. Error message: [The server had an error]","type":"server_error"}}\n\n`,
    )
  })

  it('OpenAI 401 (bad provider key) → Elastic unified 401 event, not the ES security envelope', () => {
    const body =
      '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}'
    const elastic = translateError(401, body, openaiCodec, elasticCodec)
    expect(elastic.status).toBe(401)
    expect(elastic.body).toBe(
      `${BOM}event: error\ndata: {"error":{"code":"invalid_api_key","message":"Incorrect API key provided","type":"invalid_request_error"}}\n\n`,
    )
  })

  it('OpenAI 429 → Elastic 429 with Retry-After', () => {
    const { status, body, headers } = openaiFixtureError('openai-rate-limit')
    const elastic = translateError(status, body, openaiCodec, elasticCodec, headers)
    expect([elastic.status, elastic.headers['retry-after']]).toEqual([429, '20'])
  })
})

function openaiFixtureError(name: string) {
  const fixture = JSON.parse(
    readFileSync(
      new URL(`../../../openai/src/__fixtures__/${name}.error.json`, import.meta.url),
      'utf8',
    ),
  )
  return {
    ...fixture,
    body: typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body),
  }
}
