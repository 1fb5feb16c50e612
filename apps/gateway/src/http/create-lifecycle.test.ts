import { type ChatError, toChatError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { createLifecycle } from './create-lifecycle'
import type { AnswerStream } from './gateway-call'

function recordingStream(interruptible: boolean) {
  const calls: Array<['interrupt', ChatError] | ['cancel']> = []
  const stream: AnswerStream = {
    next: async () => undefined,
    cancel: () => calls.push(['cancel']),
    ...(interruptible ? { interrupt: (error: ChatError) => calls.push(['interrupt', error]) } : {}),
  }
  return { stream, calls }
}

describe('createLifecycle', () => {
  it('moves starting → ready → draining, and never back to ready', () => {
    const lifecycle = createLifecycle()
    expect(lifecycle.phase).toBe('starting')
    lifecycle.ready()
    expect(lifecycle.phase).toBe('ready')
    lifecycle.startDrain()
    lifecycle.ready()
    expect(lifecycle.phase).toBe('draining')
  })

  it('interrupts the open streams only: released ones are left alone', () => {
    const lifecycle = createLifecycle('ready')
    const open = recordingStream(true)
    const done = recordingStream(true)
    const plain = recordingStream(false)
    lifecycle.track(open.stream)
    lifecycle.track(done.stream)()
    lifecycle.track(plain.stream)
    const error = toChatError('shutting down')
    expect(lifecycle.interruptStreams(error)).toBe(2)
    expect(open.calls).toEqual([['interrupt', error]])
    expect(done.calls).toEqual([])
    // A stream that cannot write an error event is cancelled (its connection closes).
    expect(plain.calls).toEqual([['cancel']])
    expect(lifecycle.interruptStreams(error)).toBe(0)
  })
})
