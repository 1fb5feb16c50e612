import type { Context } from 'hono'
import { abortLinkOf } from './abort-link'
import type { InboundCall } from './gateway-call'
import { readRequestBody } from './read-request-body'

/** A Hono (fetch) request as an {@link InboundCall}: the portable path, any runtime. */
export function fetchCall(c: Context): InboundCall {
  const request = c.req.raw
  // Read the signal first: @hono/node-server links it to the socket lazily.
  const signal = request.signal
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  return {
    method: request.method,
    path: c.req.path,
    headers,
    params: c.req.param() as Record<string, string>,
    query: c.req.query(),
    client: abortLinkOf(signal),
    readBody: (limit, budget) => readRequestBody(request, limit, budget),
  }
}
