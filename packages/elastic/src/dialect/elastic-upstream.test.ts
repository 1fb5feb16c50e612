import type { EncodedRequest, UpstreamSettings } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { elasticUpstream } from './elastic-upstream'

const encoded = (context: EncodedRequest['context'] = {}): EncodedRequest => ({
  body: {},
  losses: [],
  context,
})

describe('elasticUpstream', () => {
  it.each([
    [{ inferenceId: 'my chat' }, {}, '/_inference/chat_completion/my%20chat/_stream'],
    [
      {},
      { params: { inference_id: 'from-codec' } },
      '/_inference/chat_completion/from-codec/_stream',
    ],
    [{}, {}, '/_inference/chat_completion/the-model/_stream'],
    [{ timeoutMs: 30000 }, {}, '/_inference/chat_completion/the-model/_stream?timeout=30s'],
    [{ timeoutMs: 1500 }, {}, '/_inference/chat_completion/the-model/_stream?timeout=1500ms'],
    [
      { timeoutMs: 1500 },
      { query: { timeout: '2m' } },
      '/_inference/chat_completion/the-model/_stream?timeout=2m',
    ],
  ])('builds the stream-only path (%j, %j)', (patch, context, path) => {
    const upstream: UpstreamSettings = {
      dialect: 'elastic',
      baseURL: 'https://es:9200/',
      apiKey: 'abc==',
      ...patch,
    }
    const target = elasticUpstream.target(upstream, encoded(context), {
      stream: false,
      model: 'the-model',
    })
    expect(target.url).toBe(`https://es:9200${path}`)
    expect(target.headers).toEqual({
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: 'ApiKey abc==',
    })
    expect(elasticUpstream.answersWithoutStream).toBe(false)
  })

  it('declares inferenceId as its upstream option and elasticChunks as its route option', () => {
    expect(Object.keys(elasticUpstream.options ?? {})).toEqual(['inferenceId'])
    expect(Object.keys(elasticUpstream.routeOptions ?? {})).toEqual(['elasticChunks'])
  })
})
