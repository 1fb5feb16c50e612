import type { IncomingMessage, ServerResponse } from 'node:http'
import type { NodeHandler } from './listen'

/** The responses a server is writing; once draining, every answer closes its connection. */
export interface InFlight {
  readonly size: number
  wrap(handler: NodeHandler): NodeHandler
  /** From now on answers carry `Connection: close`, the ones not yet begun included. */
  closeConnectionsAfterAnswers(): void
  /** Resolves true once nothing is in flight, false after `ms`. */
  settled(ms: number): Promise<boolean>
}

export function trackInFlight(): InFlight {
  const open = new Set<ServerResponse>()
  const waiters = new Set<() => void>()
  let closing = false

  function finished(response: ServerResponse): void {
    open.delete(response)
    if (open.size === 0) for (const wake of [...waiters]) wake()
  }

  return {
    get size() {
      return open.size
    },
    wrap(handler) {
      return (request: IncomingMessage, response: ServerResponse) => {
        open.add(response)
        response.once('close', () => finished(response))
        if (closing) response.shouldKeepAlive = false
        handler(request, response)
      }
    },
    closeConnectionsAfterAnswers() {
      closing = true
      for (const response of open) if (!response.headersSent) response.shouldKeepAlive = false
    },
    settled(ms) {
      if (open.size === 0) return Promise.resolve(true)
      return new Promise((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer)
          waiters.delete(wake)
          resolve(result)
        }
        const wake = () => done(true)
        const timer = setTimeout(() => done(false), ms)
        waiters.add(wake)
      })
    },
  }
}
