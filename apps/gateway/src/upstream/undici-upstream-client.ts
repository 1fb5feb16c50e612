import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { Pool } from 'undici'
import { createReadableByteSource } from './readable-byte-source'
import type { UpstreamClient } from './upstream-client'

export interface UndiciClientOptions {
  connectTimeoutMs: number
}

/**
 * The Node client: one keep-alive undici `Pool` per upstream origin and `pool.request()` — no
 * `fetch`, no Web streams, no per-request `Request`/`Headers` objects. Timeouts other than
 * connect are the gateway's own (attempt-clock.ts): undici's are switched off so they never
 * surface as raw `UND_ERR_*` texts. An encoded answer is decompressed here, as `fetch` would.
 */
export function createUndiciUpstreamClient(options: UndiciClientOptions): UpstreamClient {
  const pools = new Map<string, Pool>()
  const poolFor = (origin: string) => {
    let pool = pools.get(origin)
    if (!pool) {
      pool = new Pool(origin, {
        connect: { timeout: options.connectTimeoutMs },
        headersTimeout: 0,
        bodyTimeout: 0,
      })
      pools.set(origin, pool)
    }
    return pool
  }
  return {
    async send({ url, headers, body, signal }) {
      const target = new URL(url)
      const reply = await poolFor(target.origin).request({
        path: target.pathname + target.search,
        method: 'POST',
        headers,
        body,
        signal,
      })
      const replyHeaders = flattenHeaders(reply.headers)
      const decoded = decompress(reply.body, replyHeaders['content-encoding'])
      const source = createReadableByteSource(decoded, () => reply.body.destroy())
      return { status: reply.statusCode, headers: replyHeaders, body: source }
    },
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()))
      pools.clear()
    },
  }
}

function decompress(body: Readable, encoding: string | undefined): Readable {
  const stage = decompressor(encoding?.trim().toLowerCase())
  if (!stage) return body
  body.on('error', (error) => stage.destroy(error))
  stage.on('close', () => body.destroy())
  return body.pipe(stage)
}

function decompressor(encoding: string | undefined) {
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip()
  if (encoding === 'deflate') return createInflate()
  if (encoding === 'br') return createBrotliDecompress()
  return undefined
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const name in headers) {
    const value = headers[name]
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}
