import type { ChatError } from '@chatwire/core'
import type { AnswerStream } from './gateway-call'

export type LifecyclePhase = 'starting' | 'ready' | 'draining'

/**
 * Where the gateway is in its life (`GET /readyz`) and the answer streams it is writing, so a
 * drain can end the ones still open at its deadline with the client dialect's error event.
 */
export interface Lifecycle {
  readonly phase: LifecyclePhase
  ready(): void
  startDrain(): void
  /** Registers a stream being written to a client; call the returned function when it ended. */
  track(stream: AnswerStream): () => void
  /** Ends every open stream with `error` (its in-stream error event, then the end). */
  interruptStreams(error: ChatError): number
}

/** `starting` until {@link Lifecycle.ready}; a portable app with nothing to start passes `ready`. */
export function createLifecycle(phase: LifecyclePhase = 'starting'): Lifecycle {
  const streams = new Set<AnswerStream>()
  return {
    get phase() {
      return phase
    },
    ready() {
      if (phase === 'starting') phase = 'ready'
    },
    startDrain() {
      phase = 'draining'
    },
    track(stream) {
      streams.add(stream)
      return () => streams.delete(stream)
    },
    interruptStreams(error) {
      const open = [...streams]
      streams.clear()
      for (const stream of open) {
        if (stream.interrupt) stream.interrupt(error)
        else stream.cancel()
      }
      return open.length
    },
  }
}
