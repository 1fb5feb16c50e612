import type { EncodedRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import type { Upstream } from '../config/gateway-config'
import { TRANSPORTS } from './transports'

const encoded = (context: EncodedRequest['context'] = {}): EncodedRequest => ({
  body: {},
  losses: [],
  context,
})

describe('transports', () => {
  it.each([
    ['openai', 'https://api.openai.com/v1/', 'https://api.openai.com/v1/chat/completions'],
    ['octoai', 'https://text.octoai.run/v1', 'https://text.octoai.run/v1/chat/completions'],
    [
      'friendli',
      'https://api.friendli.ai/serverless/tools/v1',
      'https://api.friendli.ai/serverless/tools/v1/chat/completions',
    ],
  ] as const)(
    '%s posts to {baseURL}/chat/completions with a Bearer key',
    (dialect, baseURL, url) => {
      const upstream: Upstream = { dialect, baseURL, apiKey: 'k-1', headers: { 'X-Trace': 't' } }
      const target = TRANSPORTS[dialect].target(upstream, encoded(), { stream: true, model: 'm' })
      expect(target).toEqual({
        url,
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: 'Bearer k-1',
          'x-trace': 't',
        },
      })
      expect(TRANSPORTS[dialect].answersWithoutStream).toBe(true)
    },
  )

  it('adds X-Friendli-Team when the upstream names a team', () => {
    const upstream: Upstream = { dialect: 'friendli', baseURL: 'http://h/v1', team: 'team-7' }
    const target = TRANSPORTS.friendli.target(upstream, encoded(), { stream: false, model: 'm' })
    expect(target.headers).toMatchObject({
      'x-friendli-team': 'team-7',
      accept: 'application/json',
    })
    expect(target.headers.authorization).toBeUndefined()
  })

  it.each([
    [{ inferenceId: 'my chat' }, {}, undefined, '/_inference/chat_completion/my%20chat/_stream'],
    [
      {},
      { params: { inference_id: 'from-codec' } },
      undefined,
      '/_inference/chat_completion/from-codec/_stream',
    ],
    [{}, {}, undefined, '/_inference/chat_completion/the-model/_stream'],
    [
      { timeoutMs: 30000 },
      {},
      undefined,
      '/_inference/chat_completion/the-model/_stream?timeout=30s',
    ],
    [
      { timeoutMs: 1500 },
      {},
      undefined,
      '/_inference/chat_completion/the-model/_stream?timeout=1500ms',
    ],
    [
      { timeoutMs: 1500 },
      { query: { timeout: '2m' } },
      undefined,
      '/_inference/chat_completion/the-model/_stream?timeout=2m',
    ],
  ])('elastic builds the stream-only path (%j, %j)', (patch, context, _, path) => {
    const upstream: Upstream = {
      dialect: 'elastic',
      baseURL: 'https://es:9200/',
      apiKey: 'abc==',
      ...patch,
    }
    const target = TRANSPORTS.elastic.target(upstream, encoded(context), {
      stream: false,
      model: 'the-model',
    })
    expect(target.url).toBe(`https://es:9200${path}`)
    expect(target.headers).toMatchObject({
      authorization: 'ApiKey abc==',
      accept: 'text/event-stream',
    })
    expect(TRANSPORTS.elastic.answersWithoutStream).toBe(false)
  })
})
