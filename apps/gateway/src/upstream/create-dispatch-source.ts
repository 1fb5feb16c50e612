import type { ByteSource } from './upstream-client'

/** What the source needs of its producer: undici's dispatch controller, or a zlib stage. */
interface Controller {
  readonly paused: boolean
  pause(): void
  resume(): void
  abort(reason: Error): void
}

/**
 * A pushed body as a {@link ByteSource}: fed straight by undici's dispatch handler callbacks (or
 * a decompressor's `data` events), no stream machinery per chunk. A chunk nobody asked for yet
 * is queued and the producer paused (backpressure reaches the upstream socket).
 */
export interface DispatchSource extends ByteSource {
  /** Handler side: a chunk arrived. */
  push(chunk: Uint8Array): void
  /** Handler side: the body ended, or broke. */
  end(): void
  fail(error: unknown): void
  /** Producer side: what pauses, resumes and aborts it. */
  attach(controller: Controller): void
}

export function createDispatchSource(): DispatchSource {
  const queue: Uint8Array[] = []
  let ended = false
  let failure: unknown
  let controller: Controller | undefined
  let waiter:
    | { resolve(chunk: Uint8Array | undefined): void; reject(error: unknown): void }
    | undefined

  function settle(): void {
    if (!waiter) return
    const current = waiter
    waiter = undefined
    if (failure !== undefined) current.reject(failure)
    else current.resolve(undefined)
  }

  return {
    attach(next) {
      controller = next
    },
    push(chunk) {
      // llhttp, resumed after a pause, can report an empty body span: queueing it (and pausing
      // again) would spin forever between read() and resume().
      if (chunk.byteLength === 0) return
      if (waiter) {
        const current = waiter
        waiter = undefined
        current.resolve(chunk)
        return
      }
      queue.push(chunk)
      if (!controller?.paused) controller?.pause()
    },
    end() {
      ended = true
      if (queue.length === 0) settle()
    },
    fail(error) {
      if (ended) return
      failure ??= error
      settle()
    },
    read() {
      const next = queue.shift()
      if (next !== undefined) {
        if (queue.length === 0 && controller?.paused) controller.resume()
        return Promise.resolve(next)
      }
      if (failure !== undefined) return Promise.reject(failure)
      if (ended) return Promise.resolve(undefined)
      const pending = new Promise<Uint8Array | undefined>((resolve, reject) => {
        waiter = { resolve, reject }
      })
      // After the waiter is set: resuming may deliver a chunk synchronously.
      if (controller?.paused) controller.resume()
      return pending
    },
    cancel() {
      queue.length = 0
      if (ended || failure !== undefined) return
      failure = new Error('cancelled')
      controller?.abort(failure as Error)
      settle()
    },
  }
}
