import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RunningServer {
  /** `http://host:port` with the bound port. */
  url: string
  close(): Promise<void>
}

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void

/** Serves `handler` on `host:port` (0 = an ephemeral port) with `node:http`. */
export async function listen(
  handler: NodeHandler,
  host: string,
  port: number,
): Promise<RunningServer> {
  const server: Server = createServer(handler)
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
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
