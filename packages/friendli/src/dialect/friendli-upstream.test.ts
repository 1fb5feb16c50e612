import type { EncodedRequest, UpstreamSettings } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { FRIENDLI_PRODUCT_CODECS } from './friendli-endpoints'
import { friendliUpstream } from './friendli-upstream'

const encoded: EncodedRequest = { body: {}, losses: [], context: {} }

describe('friendliUpstream', () => {
  it('posts to {baseURL}/chat/completions with a Bearer key', () => {
    const upstream: UpstreamSettings = {
      dialect: 'friendli',
      baseURL: 'https://api.friendli.ai/serverless/tools/v1',
      apiKey: 'k-1',
      headers: { 'X-Trace': 't' },
    }
    expect(friendliUpstream.target(upstream, encoded, { stream: true, model: 'm' })).toEqual({
      url: 'https://api.friendli.ai/serverless/tools/v1/chat/completions',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: 'Bearer k-1',
        'x-trace': 't',
      },
    })
    expect(friendliUpstream.answersWithoutStream).toBe(true)
  })

  it('adds X-Friendli-Team when the upstream names a team', () => {
    const upstream = { dialect: 'friendli', baseURL: 'http://h/v1', team: 'team-7' }
    const target = friendliUpstream.target(upstream, encoded, { stream: false, model: 'm' })
    expect(target.headers).toMatchObject({
      'x-friendli-team': 'team-7',
      accept: 'application/json',
    })
    expect(target.headers.authorization).toBeUndefined()
  })

  it.each([
    ['https://api.friendli.ai/serverless/v1', undefined, 'serverless'],
    ['https://api.friendli.ai/dedicated/v1', undefined, 'dedicated'],
    ['https://api.friendli.ai/serverless/tools/v1', undefined, 'tools'],
    ['http://127.0.0.1:8000/v1', undefined, 'serverless'],
    ['https://api.friendli.ai/serverless/v1', 'dedicated', 'dedicated'],
  ] as const)('%s (product %s) is %s, with its codec', (baseURL, product, expected) => {
    const upstream = { dialect: 'friendli', baseURL, ...(product ? { product } : {}) }
    expect(friendliUpstream.endpoint?.(upstream)).toBe(expected)
    expect(friendliUpstream.codec?.(upstream)).toBe(FRIENDLI_PRODUCT_CODECS[expected])
  })

  it('declares team and product as its upstream options', () => {
    expect(Object.keys(friendliUpstream.options ?? {})).toEqual(['team', 'product'])
  })
})
