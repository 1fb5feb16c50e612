import { ChatwireError } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { describe, expect, it } from 'vitest'
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
    const error = overloadedIn('elastic', overloaded('concurrent requests'))
    const wire = elasticCodec.encodeError(ChatwireError.isInstance(error) ? error : ({} as never))
    expect(wire.status).toBe(503)
    expect(JSON.parse(wire.body)).toMatchObject({
      error: { type: 'status_exception', root_cause: [{ type: 'status_exception' }] },
      status: 503,
    })
  })

  it.each(['openai', 'octoai', 'friendli'] as const)(
    'leaves %s overloads as they are',
    (dialect) => {
      const error = overloaded('concurrent requests')
      expect(overloadedIn(dialect, error)).toBe(error)
    },
  )

  it('leaves other errors as they are', () => {
    const error = new ChatwireError({ kind: 'overloaded', message: 'upstream busy' })
    expect(overloadedIn('elastic', error)).toBe(error)
  })
})
