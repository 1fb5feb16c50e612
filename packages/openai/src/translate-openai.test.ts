import { readFileSync } from 'node:fs'
import {
  type SseEvent,
  translateError,
  translateRequest,
  translateResponse,
  translateStream,
} from '@chatwire/core'
import { collectStream, createSseDecoderStream, streamFromIterable } from '@chatwire/sse'
import { withoutNulls } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from './openai-codec'

const data = (event: SseEvent) =>
  event.data === '[DONE]' ? event.data : withoutNulls(JSON.parse(event.data))

const read = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url))

describe('translate helpers over the OpenAI codec', () => {
  it('translateRequest decodes, re-encodes and reports no loss for a same-dialect request', () => {
    const body = JSON.parse(read('openai-tool-choice-required.request.json').toString())
    const result = translateRequest(body, openaiCodec, openaiCodec)
    expect(result.losses).toEqual([])
    expect(result.body).toEqual(body)
    expect(result.request.toolChoice).toBe('required')
  })

  it('translateResponse re-encodes a completion to the same object', () => {
    const body = JSON.parse(read('openai-tool-call.response.json').toString())
    const message = { ...body.choices[0].message, refusal: null, annotations: [] }
    expect(translateResponse(body, openaiCodec, openaiCodec)).toEqual({
      body: { ...body, choices: [{ ...body.choices[0], message }] },
      losses: [],
    })
  })

  it('translateError keeps status, type, code and Retry-After', () => {
    const fixture = JSON.parse(read('openai-rate-limit.error.json').toString())
    const result = translateError(
      fixture.status,
      fixture.body,
      openaiCodec,
      openaiCodec,
      fixture.headers,
    )
    expect(result.status).toBe(429)
    expect(result.headers['retry-after']).toBe('20')
    expect(JSON.parse(result.body)).toEqual(JSON.parse(fixture.body))
  })

  it('translateStream is one fused transform: the same events come out, in order', async () => {
    const bytes = read('openai-parallel-tool-calls.sse')
    const events = await collectStream(
      streamFromIterable([bytes]).pipeThrough(createSseDecoderStream()),
    )
    const translated = await collectStream(
      streamFromIterable<SseEvent>(events).pipeThrough(translateStream(openaiCodec, openaiCodec)),
    )
    expect(translated.map(data)).toEqual(events.map(data))
  })
})
