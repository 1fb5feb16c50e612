import { describe, expect, it } from 'vitest'
import { createRefusalError } from './create-refusal-error'
import type { GatewayRefusal } from './dialect'

const overloaded: GatewayRefusal = {
  reason: 'overloaded',
  kind: 'overloaded',
  status: 503,
  message: 'full',
  retryAfter: 1,
  code: 'gateway_overloaded',
}

describe('createRefusalError', () => {
  it.each([
    ['plain: keeps the gateway code', undefined, { code: 'gateway_overloaded' }],
    ['worded: the vendor fields only', { type: 'status_exception' }, { type: 'status_exception' }],
    ['worded with a code of its own', { code: 'busy' }, { code: 'busy' }],
  ])('%s', (_, wording, fields) => {
    expect(createRefusalError(overloaded, wording).toJSON()).toEqual({
      kind: 'overloaded',
      status: 503,
      message: 'full',
      retryAfter: 1,
      ...fields,
    })
  })

  it('leaves Retry-After out when the refusal has none', () => {
    const { retryAfter: _, ...refusal } = overloaded
    expect(createRefusalError(refusal).retryAfter).toBeUndefined()
  })
})
