import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AbortLink, createAbortSwitch } from '../http/abort-link'
import { createUndiciUpstreamClient } from './undici-upstream-client'
import type { ByteSource } from './upstream-client'

/** Bytes whose every position is checkable: byte i is i mod 251. */
const pattern = (length: number) => Uint8Array.from({ length }, (_, index) => index % 251)
const BIG = pattern(4 * 1024 * 1024)

let server: http.Server
let base: string
let closes = 0

beforeAll(async () => {
  server = http.createServer((request, response) => {
    request.resume()
    response.on('close', () => closes++)
    if (request.url === '/big') {
      response.writeHead(200)
      let offset = 0
      const write = () => {
        while (offset < BIG.length) {
          const chunk = BIG.subarray(offset, offset + 16 * 1024)
          offset += chunk.length
          if (!response.write(chunk)) return void response.once('drain', write)
        }
        response.end()
      }
      write()
    } else if (request.url === '/gzip') {
      response.writeHead(200, { 'content-encoding': 'gzip' })
      response.end(gzipSync('{"ok":true}'))
    } else if (request.url === '/bomb') {
      // 64 MiB of zeros, gzipped to ~64 KB: a reader must stop without inflating it all.
      response.writeHead(500, { 'content-encoding': 'gzip' })
      response.end(gzipSync(new Uint8Array(64 * 1024 * 1024)))
    } else {
      // Never answers: the attempt must be abortable before the head.
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const client = createUndiciUpstreamClient({ connectTimeoutMs: 1000 })
afterAll(() => client.close())

const send = (path: string, abort: AbortLink = createAbortSwitch()) =>
  client.send({ url: `${base}${path}`, headers: {}, body: '{}', abort })

async function readAll(source: ByteSource, slowly: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for (;;) {
    const chunk = await source.read()
    if (chunk === undefined) break
    chunks.push(chunk)
    if (slowly) await new Promise((resolve) => setImmediate(resolve))
  }
  return Buffer.concat(chunks)
}

describe('createUndiciUpstreamClient', () => {
  // Regression: llhttp, resumed after a pause, reported an empty body span; queueing it paused
  // the parser again and read() ↔ resume() spun forever, freezing the event loop.
  it.each([
    ['a fast reader', false],
    ['a slow reader (the body is paused and resumed)', true],
  ])('%s gets every byte of a 4 MiB answer intact', async (_name, slowly) => {
    const reply = await send('/big')
    expect(reply.status).toBe(200)
    const bytes = await readAll(reply.body, slowly)
    expect(bytes.length).toBe(BIG.length)
    expect(Buffer.compare(bytes, BIG)).toBe(0)
  })

  it('decompresses a gzip answer, as fetch would', async () => {
    const reply = await send('/gzip')
    expect(new TextDecoder().decode(await readAll(reply.body, false))).toBe('{"ok":true}')
  })

  it('inflates a gzip bomb only as far as it is read, and cancel closes the exchange', async () => {
    const before = closes
    const reply = await send('/bomb')
    let size = 0
    while (size < 1024 * 1024) {
      const chunk = await reply.body.read()
      if (!chunk) break
      size += chunk.byteLength
    }
    reply.body.cancel()
    expect(size).toBeGreaterThanOrEqual(1024 * 1024)
    await expect.poll(() => closes).toBeGreaterThan(before)
  })

  it('rejects when the attempt is aborted before the head', async () => {
    const abort = createAbortSwitch()
    const pending = send('/silent', abort)
    setTimeout(() => abort.abort(), 20)
    await expect(pending).rejects.toThrow()
  })
})
