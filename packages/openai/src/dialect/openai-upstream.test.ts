import type { EncodedRequest, UpstreamSettings } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { openaiUpstream } from './openai-upstream'

const encoded: EncodedRequest = { body: {}, losses: [], context: {} }

describe('openaiUpstream', () => {
  it.each([
    ['https://api.openai.com/v1/', true, 'https://api.openai.com/v1/chat/completions'],
    ['http://127.0.0.1:8000/v1', false, 'http://127.0.0.1:8000/v1/chat/completions'],
  ])(
    'posts to {baseURL}/chat/completions with a Bearer key (%s, stream %s)',
    (baseURL, stream, url) => {
      const upstream: UpstreamSettings = {
        dialect: 'openai',
        baseURL,
        apiKey: 'k-1',
        headers: { 'X-Trace': 't', Authorization: 'replaced' },
      }
      expect(openaiUpstream.target(upstream, encoded, { stream, model: 'm' })).toEqual({
        url,
        headers: {
          'content-type': 'application/json',
          accept: stream ? 'text/event-stream' : 'application/json',
          authorization: 'Bearer k-1',
          'x-trace': 't',
        },
      })
      expect(openaiUpstream.answersWithoutStream).toBe(true)
    },
  )

  it('sends no authorization without a key', () => {
    const upstream = { dialect: 'openai', baseURL: 'http://h/v1' }
    const target = openaiUpstream.target(upstream, encoded, { stream: false, model: 'm' })
    expect(target.headers.authorization).toBeUndefined()
  })

  const request = {
    model: 'm',
    messages: [{ role: 'user' as const, content: 'hi' }],
    topK: 40,
  }

  it.each([
    [undefined, false],
    ['report', false],
    ['forward', true],
  ])('compatibleFields %s: top_k forwarded %s', (compatibleFields, forwarded) => {
    const upstream = { dialect: 'openai', baseURL: 'http://h/v1', compatibleFields }
    const codec = openaiUpstream.codec?.(upstream) ?? openaiCodec
    const { body, losses } = codec.encodeRequest(request, { stream: false })
    expect((body as Record<string, unknown>).top_k).toBe(forwarded ? 40 : undefined)
    expect(losses.map((loss) => loss.path)).toEqual(forwarded ? [] : ['topK'])
  })

  it('declares compatibleFields as the one upstream option', () => {
    expect(Object.keys(openaiUpstream.options ?? {})).toEqual(['compatibleFields'])
    expect(openaiUpstream.options?.compatibleFields).toMatchObject({ default: 'report' })
  })
})
