import { ChatwireError, toChatError } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { describe, expect, it } from 'vitest'
import { inboundOf } from '../test-support/inbound-of'
import { createAdmission, overloaded, overloadedIn } from './create-admission'

describe('createAdmission', () => {
  it('admits up to the concurrency limit, then again after a request leaves', () => {
    const admission = createAdmission(2, 1024)
    expect([admission.enter(), admission.enter(), admission.enter()]).toEqual([true, true, false])
    admission.leave()
    expect(admission.enter()).toBe(true)
    expect(admission.inFlight).toBe(2)
  })

  it('reserves body bytes up to the budget and takes nothing when refusing', () => {
    const admission = createAdmission(10, 100)
    expect(admission.take(60)).toBe(true)
    expect(admission.take(50)).toBe(false)
    expect(admission.take(40)).toBe(true)
    admission.give(100)
    expect(admission.take(100)).toBe(true)
  })

  it('sheds with a retryable 503 carrying Retry-After', () => {
    const error = overloaded('concurrent requests')
    expect(error).toMatchObject({ kind: 'overloaded', status: 503, retryAfter: 1 })
    expect(error.retryable).toBe(true)
  })

  it('overload_reaches_elastic_clients_as_503: ES own status_exception, not the 400 of a relayed 5xx', () => {
    const error = overloadedIn(inboundOf('elastic'), overloaded('concurrent requests'))
    const wire = elasticCodec.encodeError(toChatError(error))
    expect(wire.status).toBe(503)
    expect(JSON.parse(wire.body)).toMatchObject({
      error: { type: 'status_exception', root_cause: [{ type: 'status_exception' }] },
      status: 503,
    })
  })

  it.each(['openai', 'octoai', 'friendli'] as const)(
    'answers %s overloads on the wire as the gateway words them (503, gateway_overloaded)',
    (dialect) => {
      const error = overloaded('concurrent requests')
      const { codec } = inboundOf(dialect)
      const worded = overloadedIn(inboundOf(dialect), error)
      expect(worded).toMatchObject({ kind: 'overloaded', status: 503, code: 'gateway_overloaded' })
      const wire = codec.encodeError(toChatError(worded))
      expect(wire).toEqual(codec.encodeError(toChatError(error)))
    },
  )

  it('leaves other errors as they are', () => {
    const error = new ChatwireError({ kind: 'overloaded', message: 'upstream busy' })
    expect(overloadedIn(inboundOf('elastic'), error)).toBe(error)
  })
})
