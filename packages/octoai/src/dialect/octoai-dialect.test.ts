import type { EncodedRequest, GatewayRefusal } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { octoaiCodec } from '../octoai-codec'
import { octoaiDialect } from './octoai-dialect'
import { octoaiEndpoints } from './octoai-endpoints'
import { octoaiUpstream } from './octoai-upstream'

const encoded: EncodedRequest = { body: {}, losses: [], context: {} }

describe('octoaiDialect', () => {
  it('serves /octoai/v1/chat/completions with OpenAI conventions, errors under /octoai/', () => {
    expect(octoaiEndpoints).toMatchObject([
      {
        id: 'chat',
        gatewayPaths: ['/octoai/v1/chat/completions'],
        errorPrefix: '/octoai/',
        streaming: 'flag',
        headers: {},
        streamHeaders: { 'content-type': 'text/event-stream; charset=utf-8' },
      },
    ])
    expect(octoaiEndpoints[0]?.codec).toBe(octoaiCodec)
    expect(octoaiEndpoints[0]?.orderToolCalls).toBeUndefined()
  })

  it('posts to {baseURL}/chat/completions with a Bearer key (OctoAI §6.1)', () => {
    const upstream = { dialect: 'octoai', baseURL: 'https://text.octoai.run/v1', apiKey: 'k-1' }
    expect(octoaiUpstream.target(upstream, encoded, { stream: true, model: 'm' })).toEqual({
      url: 'https://text.octoai.run/v1/chat/completions',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: 'Bearer k-1',
      },
    })
    expect(octoaiUpstream.answersWithoutStream).toBe(true)
    expect(octoaiUpstream.options).toBeUndefined()
  })

  it.each([
    [{ reason: 'rate-limited', kind: 'rate_limit', status: 429, limit: 'tokens', retryAfter: 2 }],
    [{ reason: 'model-not-allowed', kind: 'permission', status: 403 }],
    [{ reason: 'overloaded', kind: 'overloaded', status: 503, code: 'gateway_overloaded' }],
  ] as const)('refuses %j with the plain kind', (fields) => {
    const refusal: GatewayRefusal = { ...fields, message: 'refused' }
    const error = octoaiDialect.refuse(refusal)
    expect(error).toMatchObject({ kind: refusal.kind, status: refusal.status, type: undefined })
    expect(error.code).toBe(refusal.code)
    expect(error.retryAfter).toBe(refusal.retryAfter)
  })
})
