import { afterEach, describe, expect, it, vi } from 'vitest'
import { createUpstreamAbort } from './create-upstream-abort'

describe('createUpstreamAbort', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts when the client signal fires and says why', () => {
    const client = new AbortController()
    const link = createUpstreamAbort(client.signal, undefined)
    expect(link.signal.aborted).toBe(false)
    client.abort()
    expect(link.signal.aborted).toBe(true)
    expect(link.reason).toBe('client')
  })

  it('starts aborted when the client is already gone', () => {
    const client = new AbortController()
    client.abort()
    expect(createUpstreamAbort(client.signal, 1000).reason).toBe('client')
  })

  it('times out when a wait lasts the idle period; each new wait re-arms the timer', () => {
    vi.useFakeTimers()
    const link = createUpstreamAbort(undefined, 100)
    vi.advanceTimersByTime(90)
    link.received()
    link.waiting()
    vi.advanceTimersByTime(90)
    expect(link.signal.aborted).toBe(false)
    vi.advanceTimersByTime(20)
    expect(link.reason).toBe('timeout')
    expect((link.signal.reason as DOMException).name).toBe('TimeoutError')
  })

  it('does not count time the gateway spends not waiting (a slow client)', () => {
    vi.useFakeTimers()
    const link = createUpstreamAbort(undefined, 100)
    link.received()
    vi.advanceTimersByTime(1000)
    expect(link.signal.aborted).toBe(false)
    link.waiting()
    vi.advanceTimersByTime(100)
    expect(link.reason).toBe('timeout')
  })

  it('dispose() leaves no timer and no listener behind', () => {
    vi.useFakeTimers()
    const client = new AbortController()
    const link = createUpstreamAbort(client.signal, 100)
    expect(vi.getTimerCount()).toBe(1)
    link.dispose()
    expect(vi.getTimerCount()).toBe(0)
    client.abort()
    expect(link.signal.aborted).toBe(false)
  })
})
