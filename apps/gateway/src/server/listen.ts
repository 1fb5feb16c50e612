import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type DrainResult, drainServer } from './drain-server'
import { trackInFlight } from './track-in-flight'

export interface RunningServer {
  /** `http://host:port` with the bound port. */
  url: string
  /** Closes every connection at once. */
  close(): Promise<void>
  /**
   * Stops accepting and lets the requests in flight finish up to `deadlineMs`; then
   * `onDeadline()` must end the open streams (server/drain-server.ts).
   */
  drain(deadlineMs: number, onDeadline: () => void): Promise<DrainResult>
}

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void

/** Serves `handler` on `host:port` (0 = an ephemeral port) with `node:http`. */
export async function listen(
  handler: NodeHandler,
  host: string,
  port: number,
): Promise<RunningServer> {
  const inFlight = trackInFlight()
  const server: Server = createServer(inFlight.wrap(handler))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) {
          server.closeAllConnections()
          resolve()
          return
        }
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
    drain: (deadlineMs, onDeadline) => drainServer(server, inFlight, deadlineMs, onDeadline),
  }
}
