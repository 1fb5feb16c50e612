import type { GatewayRefusal } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import { refuseInElastic } from './elastic-refuse'

const refusal = (
  reason: GatewayRefusal['reason'],
  kind: GatewayRefusal['kind'],
  status: GatewayRefusal['status'],
): GatewayRefusal => ({ reason, kind, status, message: `refused: ${reason}`, retryAfter: 1 })

describe('refuseInElastic', () => {
  it.each([
    ['model-not-allowed', 'permission', 403, 'security_exception'],
    ['rate-limited', 'rate_limit', 429, 'es_rejected_execution_exception'],
    ['request-too-large', 'rate_limit', 429, 'es_rejected_execution_exception'],
    // ES's own 503, which @elastic/transport retries (it relays a provider 5xx as a 400).
    ['unavailable', 'overloaded', 503, 'status_exception'],
    ['overloaded', 'overloaded', 503, 'status_exception'],
  ] as const)(
    'answers %s (%s %i) with %s in the standard envelope',
    (reason, kind, status, type) => {
      const given = { ...refusal(reason, kind, status), code: 'gateway_overloaded' }
      const error = refuseInElastic(given)
      expect(error).toMatchObject({ kind: given.kind, status: given.status, type, code: undefined })
      const encoded = elasticCodec.encodeError(error.toJSON())
      expect(encoded.status).toBe(given.status)
      expect(encoded.headers['x-elastic-product']).toBe('Elasticsearch')
      const cause = { type, reason: given.message }
      expect(JSON.parse(encoded.body)).toEqual({
        error: { root_cause: [cause], ...cause },
        status: given.status,
      })
    },
  )
})
