import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { selectDialect } from './dialects/select-dialect'
import type { Emulator, EmulatorOptions, RecordedRequest } from './emulator-types'
import { createRequestHandler } from './http/handle-request'

/**
 * Starts a local server that answers like the vendor of `options.dialect`: its paths, auth header,
 * strict validation (the dialect codec's `decodeRequest`), status codes, error envelopes and SSE
 * framing. Replies are steered by `options.script` and by directives in the prompt (see README).
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const dialect = selectDialect(options.dialect)
  const requests: RecordedRequest[] = []
  const open = new Set<Promise<void>>()
  const server = createServer(
    { keepAliveTimeout: 5_000 },
    createRequestHandler({
      dialect,
      apiKey: options.apiKey,
      script: options.script,
      requests,
      track(settled) {
        open.add(settled)
        void settled.then(() => open.delete(settled))
      },
    }),
  )
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    dialect: dialect.name,
    requests,
    async idle() {
      while (open.size > 0) await Promise.all(open)
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
