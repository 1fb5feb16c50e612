import { type Loss, translateError, translateRequest, type WireContext } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { decodeBytes, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import {
  type ErrorFixture,
  readOctoAIFixture,
  readOctoAIJsonFixture,
} from '../test-support/read-octoai-fixture'
import { readSiblingFixture, readSiblingJsonFixture } from '../test-support/read-sibling-fixture'
import { readSseDataLines, toBytes } from '../test-support/read-sse-data-lines'

const byPath = (losses: Loss[]) =>
  losses.map((loss) => `${loss.path} ${loss.kind}`).sort((a, b) => a.localeCompare(b))

describe('OctoAI request → Elastic request (§9.1)', () => {
  it('keeps the whitelist and reports every OctoAI knob Elastic lacks', () => {
    const { body, context, losses } = translateRequest(
      readOctoAIJsonFixture('octoai-every-field.request.json'),
      octoaiCodec,
      elasticCodec,
    )
    expect(byPath(losses)).toEqual(
      [
        'responseFormat semantic',
        'logitBias semantic',
        'n semantic',
        'logprobs semantic',
        'topLogprobs semantic',
        'minP hint',
        'frequencyPenalty semantic',
        'presencePenalty semantic',
        'repetitionPenalty hint',
        'user hint',
        'extensions.compatible.peft semantic',
        'extensions.compatible.ignoreEos semantic',
        'extensions.compatible.logPrompt hint',
        'extensions.compatible.loglikelihood semantic',
      ].sort((a, b) => a.localeCompare(b)),
    )
    expect(context).toEqual({ params: { inference_id: 'meta-llama-3.1-70b-instruct' } })
    expect(body).toMatchObject({ max_completion_tokens: 1024, stop: ['</s>', '\n\nUser:'] })
  })
})

describe('Elastic request → OctoAI request', () => {
  it('carries tools, tool results and limits; only strict is lost', () => {
    const context = readSiblingJsonFixture(
      'elastic',
      'elastic-every-field.context.json',
    ) as WireContext
    const { body, losses } = translateRequest(
      readSiblingJsonFixture('elastic', 'elastic-every-field.request.json'),
      elasticCodec,
      octoaiCodec,
      context,
    )
    expect(byPath(losses)).toEqual(['tools[0].strict hint'])
    expect(body).toMatchObject({ max_tokens: 256, tool_choice: 'auto', stream: true })
    const messages = (body as { messages: Record<string, unknown>[] }).messages
    expect(messages[2]).toMatchObject({ role: 'assistant', content: '' })
    expect(messages[3]).toEqual({ role: 'tool', tool_call_id: 'call_a', content: '12°C, cloudy' })
    expect(octoaiCodec.decodeRequest(body)).toBeTruthy()
  })
})

describe('streams across OctoAI and Elastic', () => {
  it('Elastic → OctoAI: created filled in, usage on the finishing chunk, role on every delta', () => {
    const parts = decodeBytes(
      elasticCodec,
      toBytes(readSiblingFixture('elastic', 'elastic-text.sse')),
    )
    const lines = readSseDataLines(encodeParts(octoaiCodec, parts))
    expect(lines.at(-1)).toBe('[DONE]')
    const chunks = lines.slice(0, -1).map((line) => JSON.parse(line))
    expect(chunks.every((chunk) => Number.isInteger(chunk.created))).toBe(true)
    expect(new Set(chunks.map((chunk) => chunk.created)).size).toBe(1)
    expect(chunks.every((chunk) => chunk.choices[0]?.delta.role === 'assistant')).toBe(true)
    expect(chunks.at(-1)).toMatchObject({
      choices: [{ finish_reason: 'stop' }],
      usage: { completion_tokens: 28, prompt_tokens: 16, total_tokens: 44 },
    })
  })

  it('OctoAI → Elastic: the text and the cancelled finish survive', () => {
    const parts = decodeBytes(octoaiCodec, toBytes(readOctoAIFixture('octoai-cancelled-usage.sse')))
    const again = decodeBytes(elasticCodec, encodeParts(elasticCodec, parts))
    const textOf = (list: typeof parts) =>
      list
        .flatMap((part) =>
          part.type === 'chunk' ? part.choices.map((c) => c.delta.content ?? '') : [],
        )
        .join('')
    expect(textOf(again)).toBe('Once upon')
    expect(again.at(-2)).toMatchObject({ choices: [{ finishReason: { raw: 'cancelled' } }] })
    expect(again.at(-1)).toEqual({ type: 'done' })
  })

  it('an OctoAI mid-stream error becomes an Elastic error event', () => {
    const parts = decodeBytes(octoaiCodec, toBytes(readOctoAIFixture('octoai-midstream-error.sse')))
    const text = new TextDecoder().decode(encodeParts(elasticCodec, parts))
    expect(text).toContain('event: error')
    expect(text).toContain('Generation was interrupted')
    expect(text).not.toContain('[DONE]')
  })
})

describe('errors across OctoAI and Elastic', () => {
  it('an OctoAI 422 reaches an Elastic client with its field and status', () => {
    const { status, body } = readOctoAIJsonFixture<ErrorFixture>('octoai-validation.error.json')
    const encoded = translateError(status, body, octoaiCodec, elasticCodec)
    expect(encoded.status).toBe(422)
    expect(elasticCodec.decodeError(encoded.status, encoded.body, encoded.headers)).toMatchObject({
      message: 'Input should be less than or equal to 2',
      param: 'temperature',
    })
  })

  it('an Elastic rate limit becomes the OctoAI envelope with Retry-After', () => {
    const fixture = readSiblingJsonFixture(
      'elastic',
      'elastic-rate-limit.error.json',
    ) as ErrorFixture
    const encoded = translateError(
      fixture.status,
      fixture.body,
      elasticCodec,
      octoaiCodec,
      fixture.headers,
    )
    expect(encoded.status).toBe(429)
    expect(encoded.headers['retry-after']).toBe('20')
    expect(JSON.parse(encoded.body)).toMatchObject({
      object: 'error',
      type: 'requests',
      code: 'rate_limit_exceeded',
      param: null,
    })
  })
})
