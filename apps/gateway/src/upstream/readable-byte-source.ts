import type { Readable } from 'node:stream'
import type { ByteSource } from './upstream-client'

/**
 * A Node `Readable` as a pull source, without an async iterator's per-read promise chain and
 * buffer concatenation: each read takes one chunk as it came, and the stream is paused while
 * nobody asks (backpressure reaches the upstream socket).
 */
export function createReadableByteSource(stream: Readable, onCancel?: () => void): ByteSource {
  const queue: Uint8Array[] = []
  let ended = false
  let failure: unknown
  let waiter:
    | { resolve(chunk: Uint8Array | undefined): void; reject(error: unknown): void }
    | undefined

  stream.on('data', (chunk: Uint8Array) => {
    if (waiter) {
      const current = waiter
      waiter = undefined
      current.resolve(chunk)
      return
    }
    queue.push(chunk)
    stream.pause()
  })
  stream.on('end', () => {
    ended = true
    settle()
  })
  stream.on('error', (error) => {
    failure ??= error
    settle()
  })
  stream.on('close', () => {
    // Destroyed without 'end' or 'error' (an abort): a pending read must not hang.
    if (!ended) failure ??= new Error('upstream body closed before its end')
    settle()
  })

  function settle(): void {
    if (!waiter || queue.length > 0) return
    const current = waiter
    waiter = undefined
    if (failure !== undefined && !ended) current.reject(failure)
    else current.resolve(undefined)
  }

  return {
    read() {
      const next = queue.shift()
      if (next !== undefined) {
        if (queue.length === 0 && !ended) stream.resume()
        return Promise.resolve(next)
      }
      if (ended) return Promise.resolve(undefined)
      if (failure !== undefined) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject }
        stream.resume()
      })
    },
    cancel() {
      queue.length = 0
      onCancel?.()
      stream.destroy()
    },
  }
}
