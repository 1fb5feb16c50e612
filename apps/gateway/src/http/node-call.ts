import type { IncomingMessage } from 'node:http'
import { ClientClosedError } from '../failures/client-closed-error'
import type { AbortLink } from './abort-link'
import { bodyTooLarge, refuseBodyChunk } from './body-errors'
import type { BodyBudget, InboundCall } from './gateway-call'

/**
 * A `node:http` request as an {@link InboundCall}: no Web `Request`, `Headers` or body stream
 * on the fast path. `client` is aborted by the server when the response closes early.
 */
export function nodeCall(
  request: IncomingMessage,
  path: string,
  search: string,
  params: Record<string, string>,
  client: AbortLink,
): InboundCall {
  return {
    method: request.method ?? 'POST',
    path,
    headers: flatHeaders(request),
    params,
    query: search === '' ? {} : firstValues(new URLSearchParams(search)),
    client,
    readBody: (limit, budget) => readNodeBody(request, limit, budget),
  }
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  const raw = request.headers
  for (const name in raw) {
    const value = raw[name]
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

function firstValues(search: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of search) if (!Object.hasOwn(query, name)) query[name] = value
  return query
}

/** The body as UTF-8, refusing (413) past `limit` and (503) past the budget, without reading on. */
function readNodeBody(
  request: IncomingMessage,
  limit: number,
  budget?: BodyBudget,
): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN)
  if (declared > limit) return Promise.reject(bodyTooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength
      const refusal = refuseBodyChunk(size, chunk.byteLength, limit, budget)
      if (refusal) {
        cleanup()
        // Stop reading; the answer closes the connection (the rest of the body is not wanted).
        request.pause()
        reject(refusal)
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve(
        chunks.length === 1
          ? chunks[0]!.toString('utf8')
          : Buffer.concat(chunks, size).toString('utf8'),
      )
    }
    // The client reset or closed the connection before its body ended.
    const onGone = () => {
      cleanup()
      reject(new ClientClosedError())
    }
    function cleanup(): void {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onGone)
      request.off('close', onGone)
    }
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onGone)
    request.on('close', onGone)
  })
}
