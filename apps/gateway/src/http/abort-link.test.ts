import { describe, expect, it } from 'vitest'
import { abortLinkOf, createAbortSwitch, toAbortSignal } from './abort-link'

describe('abort links', () => {
  it('calls each listener once, at once when already aborted, and not after unsubscribing', () => {
    const link = createAbortSwitch()
    const calls: string[] = []
    link.onAbort(() => calls.push('a'))
    const off = link.onAbort(() => calls.push('b'))
    off()
    link.abort()
    link.abort()
    link.onAbort(() => calls.push('late'))
    expect(calls).toEqual(['a', 'late'])
    expect(link.aborted).toBe(true)
  })

  it('follows a Web AbortSignal, and gives one to APIs that need it', () => {
    const controller = new AbortController()
    const link = abortLinkOf(controller.signal)
    const signal = toAbortSignal(link)
    expect(signal.aborted).toBe(false)
    controller.abort()
    expect(link.aborted).toBe(true)
    expect(signal.aborted).toBe(true)
  })
})
