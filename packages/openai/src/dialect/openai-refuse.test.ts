import type { GatewayRefusal } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { openaiCodec } from '../openai-codec'
import { refuseInOpenAI } from './openai-refuse'

const refusals: [string, GatewayRefusal, Record<string, unknown>][] = [
  [
    'a request rate limit',
    {
      reason: 'rate-limited',
      kind: 'rate_limit',
      status: 429,
      message: "Rate limit reached for gateway key 'k' on requests per min (RPM): Limit 2.",
      retryAfter: 7,
      limit: 'requests',
    },
    { type: 'requests', code: 'rate_limit_exceeded', param: null },
  ],
  [
    'a request too large for the token limit',
    {
      reason: 'request-too-large',
      kind: 'rate_limit',
      status: 429,
      message: "Request too large for gateway key 'k' on tokens per min (TPM)",
      limit: 'tokens',
    },
    { type: 'tokens', code: 'rate_limit_exceeded', param: null },
  ],
  [
    'a model the key may not use',
    {
      reason: 'model-not-allowed',
      kind: 'permission',
      status: 403,
      message: "The gateway key 'k' does not have access to the model 'm'.",
    },
    { type: 'permission_error', code: null },
  ],
  [
    'the quota store down',
    {
      reason: 'unavailable',
      kind: 'overloaded',
      status: 503,
      message: 'The gateway cannot check its rate limits right now; try again shortly.',
      retryAfter: 1,
    },
    { code: null },
  ],
  [
    "the gateway's own overload, with its code",
    {
      reason: 'overloaded',
      kind: 'overloaded',
      status: 503,
      message: 'The gateway is at its limit of concurrent requests; retry shortly.',
      retryAfter: 1,
      code: 'gateway_overloaded',
    },
    { code: 'gateway_overloaded' },
  ],
]

describe('refuseInOpenAI', () => {
  it.each(refusals)('words %s as api.openai.com does', (_, refusal, fields) => {
    const error = refuseInOpenAI(refusal)
    expect(error).toMatchObject({ kind: refusal.kind, status: refusal.status })
    const encoded = openaiCodec.encodeError(error.toJSON())
    expect(encoded.status).toBe(refusal.status)
    expect(JSON.parse(encoded.body).error).toMatchObject({ message: refusal.message, ...fields })
    const retryAfter = refusal.retryAfter === undefined ? undefined : String(refusal.retryAfter)
    expect(encoded.headers['retry-after']).toBe(retryAfter)
  })
})
