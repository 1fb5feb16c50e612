import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolveDialect } from './dialects/resolve-dialect'
import type { Emulator, EmulatorOptions, RecordedRequest } from './emulator-types'
import { createRequestHandler } from './http/handle-request'

/**
 * Starts a local server that answers like the vendor of `options.dialect` (a registered name or
 * a `Dialect`): its paths, auth header, strict validation (the dialect codec's `decodeRequest`),
 * status codes, error envelopes and SSE framing, as the dialect's `emulator` describes them.
 * Replies are steered by `options.script` and by directives in the prompt (see README).
 */
export async function startEmulator<Name extends string = string>(
  options: EmulatorOptions<Name>,
): Promise<Emulator<Name>> {
  const { name, emulator } = resolveDialect(options.dialect, options.dialects)
  const requests: RecordedRequest[] = []
  const open = new Set<Promise<void>>()
  const server = createServer(
    { keepAliveTimeout: 5_000 },
    createRequestHandler({
      dialect: name,
      emulator,
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
    dialect: name as Name,
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
