import type { Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { type Dispatcher, Pool } from 'undici'
import { waitForDrain } from '../http/wait-for-drain'
import { createDispatchSource } from './create-dispatch-source'
import type { ByteSource, UpstreamClient, UpstreamReply, UpstreamRequest } from './upstream-client'

export interface UndiciClientOptions {
  connectTimeoutMs: number
}

/**
 * The Node client: one keep-alive undici `Pool` per upstream origin, driven through
 * `dispatch()` with a handler that feeds the body straight into a pull source — no `fetch`, no
 * `Readable`, no per-request `Request`/`Headers` objects. Timeouts other than connect are the
 * gateway's own (attempt-clock.ts): undici's are switched off so they never surface as raw
 * `UND_ERR_*` texts. An encoded answer is decompressed here, as `fetch` would.
 */
export function createUndiciUpstreamClient(options: UndiciClientOptions): UpstreamClient {
  const pools = new Map<string, Pool>()
  const targets = new Map<string, { origin: string; path: string }>()
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
  const targetOf = (url: string) => {
    let target = targets.get(url)
    if (!target) {
      const parsed = new URL(url)
      target = { origin: parsed.origin, path: parsed.pathname + parsed.search }
      // Upstream URLs come from the config (and path route keys such as inference ids): keep the cache small.
      if (targets.size >= 1024) targets.clear()
      targets.set(url, target)
    }
    return target
  }
  return {
    send: (request) => dispatch(poolFor, targetOf(request.url), request),
    async close() {
      await Promise.all([...pools.values()].map((pool) => pool.close()))
      pools.clear()
    },
  }
}

function dispatch(
  poolFor: (origin: string) => Pool,
  target: { origin: string; path: string },
  request: UpstreamRequest,
): Promise<UpstreamReply> {
  return new Promise((resolve, reject) => {
    const { abort } = request
    if (abort.aborted) return reject(new AbortError())
    const body = createDispatchSource()
    let controller: Dispatcher.DispatchController | undefined
    let started = false
    const done = abort.onAbort(() => controller?.abort(new AbortError()))
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(next) {
        controller = next
        body.attach(next)
        if (abort.aborted) next.abort(new AbortError())
      },
      onResponseStart(_controller, statusCode, headers) {
        // 1xx informational heads are not the answer.
        if (statusCode < 200) return
        started = true
        const flat = flattenHeaders(headers)
        resolve({
          status: statusCode,
          headers: flat,
          body: decoded(body, flat['content-encoding']),
        })
      },
      onResponseData(_controller, chunk) {
        body.push(chunk)
      },
      onResponseEnd() {
        done()
        body.end()
      },
      onResponseError(_controller, error) {
        done()
        if (started) body.fail(error)
        else reject(error)
      },
    }
    poolFor(target.origin).dispatch(
      {
        origin: target.origin,
        path: target.path,
        method: 'POST',
        headers: request.headers,
        body: request.body,
      },
      handler,
    )
  })
}

/**
 * A gzip/deflate/br answer decompressed through zlib, as `fetch` would; anything else as it
 * came. The compressed bytes are written only as fast as the inflated ones are read: a bomb is
 * inflated only as far as the reader's limit.
 */
function decoded(source: ByteSource, encoding: string | undefined): ByteSource {
  const stage = decompressor(encoding?.trim().toLowerCase())
  if (!stage) return source
  const inflated = createDispatchSource()
  inflated.attach({
    get paused() {
      return stage.isPaused()
    },
    pause: () => stage.pause(),
    resume: () => stage.resume(),
    abort(reason) {
      source.cancel()
      stage.destroy(reason)
    },
  })
  stage.on('data', (chunk: Uint8Array) => inflated.push(chunk))
  stage.once('end', () => inflated.end())
  stage.once('error', (error) => inflated.fail(error))
  void feed(source, stage)
  return inflated
}

async function feed(source: ByteSource, stage: Transform): Promise<void> {
  try {
    for (;;) {
      const chunk = await source.read()
      if (stage.destroyed) return source.cancel()
      if (chunk === undefined) return void stage.end()
      if (!stage.write(chunk)) await waitForDrain(stage)
    }
  } catch (error) {
    stage.destroy(error as Error)
  }
}

class AbortError extends Error {
  constructor() {
    super('The upstream attempt was aborted')
    this.name = 'AbortError'
  }
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
