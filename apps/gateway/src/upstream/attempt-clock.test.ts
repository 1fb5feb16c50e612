import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type ExpiredWait, startAttemptClock } from './attempt-clock'

const TIMEOUTS = { connectMs: 50, firstByteMs: 1000, idleMs: 100, totalMs: 5000 }

describe('startAttemptClock', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function start(timeouts = TIMEOUTS) {
    const expired: ExpiredWait[] = []
    const clock = startAttemptClock(timeouts, (wait) => expired.push(wait))
    return { clock, expired }
  }

  it('expires the first-byte wait when no head arrives', () => {
    const { expired } = start()
    vi.advanceTimersByTime(999)
    expect(expired).toEqual([])
    vi.advanceTimersByTime(2)
    expect(expired).toEqual(['first-byte'])
  })

  it('after the head, the idle wait applies and progress postpones it', () => {
    const { clock, expired } = start()
    vi.advanceTimersByTime(500)
    clock.headArrived()
    for (let step = 0; step < 10; step++) {
      vi.advanceTimersByTime(80)
      clock.progress()
    }
    expect(expired).toEqual([])
    vi.advanceTimersByTime(101)
    expect(expired).toEqual(['idle'])
  })

  it('does not count time spent waiting on the client (backpressure) as idle', () => {
    const { clock, expired } = start()
    clock.headArrived()
    clock.pause()
    vi.advanceTimersByTime(1000)
    expect(expired).toEqual([])
    clock.resume()
    vi.advanceTimersByTime(99)
    expect(expired).toEqual([])
    vi.advanceTimersByTime(150)
    expect(expired).toEqual(['idle'])
  })

  it('expires the total wait even while progress keeps coming', () => {
    const { clock, expired } = start({ ...TIMEOUTS, totalMs: 1000 })
    clock.headArrived()
    for (let step = 0; step < 20; step++) {
      vi.advanceTimersByTime(60)
      clock.progress()
    }
    expect(expired).toEqual(['total'])
  })

  it('dispose leaves no timer behind', () => {
    const { clock, expired } = start()
    clock.dispose()
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(10_000)
    expect(expired).toEqual([])
  })
})
