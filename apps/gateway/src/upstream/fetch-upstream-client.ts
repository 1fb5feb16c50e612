import { toAbortSignal } from '../http/abort-link'
import type { ByteSource, FetchFunction, UpstreamClient } from './upstream-client'

/**
 * The portable client: any runtime's `fetch` (decompresses on its own). The body is pulled one
 * read at a time, so every limit above it holds after decompression.
 */
export function createFetchUpstreamClient(fetchFunction: FetchFunction): UpstreamClient {
  return {
    async send({ url, headers, body, abort }) {
      const signal = toAbortSignal(abort)
      const response = await fetchFunction(url, { method: 'POST', headers, body, signal })
      const replyHeaders: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        replyHeaders[name] = value
      })
      return { status: response.status, headers: replyHeaders, body: readerSource(response) }
    },
    async close() {},
  }
}

function readerSource(response: Response): ByteSource {
  const reader = response.body?.getReader()
  return {
    async read() {
      if (!reader) return undefined
      const { done, value } = await reader.read()
      return done ? undefined : value
    },
    cancel() {
      reader?.cancel().catch(() => {})
    },
  }
}
