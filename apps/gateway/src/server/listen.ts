import type { AddressInfo } from 'node:net'
import { type ServerType, serve } from '@hono/node-server'
import type { Hono } from 'hono'

export interface RunningServer {
  /** `http://host:port` with the bound port. */
  url: string
  close(): Promise<void>
}

/** The Node adapter: serves the app's `fetch` on `host:port` (0 = an ephemeral port). */
export async function listen(app: Hono, host: string, port: number): Promise<RunningServer> {
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(started))
    started.once('error', reject)
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  }
}
