import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { MAX_RETRY_WAIT_MS, RETRY_FLOOR_MS, retryDelayMs } from './wait-before-retry'

const limited = (retryAfter?: number) =>
  new ChatwireError({
    kind: 'rate_limit',
    message: 'slow down',
    ...(retryAfter === undefined ? {} : { retryAfter }),
  })

describe('retryDelayMs (regression: Retry-After 0 or negative retried with no back-off)', () => {
  it.each([
    ['Retry-After: 0', 0],
    ['Retry-After: -5', -5],
    ['Retry-After: 0.01', 0.01],
  ])('%s still waits the floor', (_name, seconds) => {
    expect(retryDelayMs(limited(seconds), 0, () => 0)).toBe(RETRY_FLOOR_MS)
  })

  it('adds up to 25% jitter', () => {
    expect(retryDelayMs(limited(2), 0, () => 0.999)).toBe(2000 + 499)
  })

  it('backs off exponentially without Retry-After', () => {
    expect([0, 1, 2, 10].map((round) => retryDelayMs(limited(), round, () => 0))).toEqual([
      200,
      400,
      800,
      MAX_RETRY_WAIT_MS,
    ])
  })

  it('does not wait out a Retry-After past the maximum (1e308 included)', () => {
    expect(retryDelayMs(limited(60), 0)).toBeUndefined()
    expect(retryDelayMs(limited(1e308), 0)).toBeUndefined()
  })
})
