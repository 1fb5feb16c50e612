import { ChatwireError } from '@chatwire/core'

/** Generous for base64 images and files, small enough that one request cannot exhaust memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

/** The request body as text, refusing (413) more than `limit` bytes before reading them all. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(limit)
    }
    text += decoder.decode(value, { stream: true })
  }
}

function tooLarge(limit: number): ChatwireError {
  return new ChatwireError({
    kind: 'request_too_large',
    message: `The request body is larger than ${limit} bytes.`,
  })
}
