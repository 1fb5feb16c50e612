import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves a `(Request) => Response | undefined` handler on 127.0.0.1, an ephemeral port; GET and
 * HEAD only (what the docs page needs). `undefined` becomes a 404.
 */
export async function serveFetchHandler(
  handler: (request: Request) => Promise<Response | undefined>,
): Promise<TestServer> {
  const server: Server = createServer(async (incoming, outgoing) => {
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method })
    const response = (await handler(request)) ?? new Response('not found', { status: 404 })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}
