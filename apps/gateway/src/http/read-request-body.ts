import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'
import { bodyTooLarge, refuseBodyChunk } from './body-errors'
import type { BodyBudget } from './gateway-call'

/** The request body as text, refusing (413) more than `limit` bytes before reading them all. */
export async function readRequestBody(
  request: Request,
  limit: number = GATEWAY_DEFAULTS.server.maxBodyBytes,
  budget?: BodyBudget,
): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw bodyTooLarge(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    const refusal = refuseBodyChunk(size, value.byteLength, limit, budget)
    if (refusal) {
      await reader.cancel().catch(() => {})
      throw refusal
    }
    text += decoder.decode(value, { stream: true })
  }
}
