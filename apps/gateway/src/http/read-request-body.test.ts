import { describe, expect, it } from 'vitest'
import { readRequestBody } from './read-request-body'

const streamed = (...parts: string[]) =>
  new Request('http://gateway.test/', {
    method: 'POST',
    body: new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part))
        controller.close()
      },
    }),
    duplex: 'half',
  } as RequestInit)

describe('readRequestBody', () => {
  it('reads a chunked body, joining UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"content":"héllo"}')
    const request = new Request('http://gateway.test/', {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.subarray(0, 14))
          controller.enqueue(bytes.subarray(14))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(await readRequestBody(request)).toBe('{"content":"héllo"}')
  })

  it('refuses a declared length over the limit with a 413', async () => {
    const request = new Request('http://gateway.test/', {
      method: 'POST',
      body: 'x'.repeat(11),
      headers: { 'content-length': '11' },
    })
    await expect(readRequestBody(request, 10)).rejects.toMatchObject({
      kind: 'request_too_large',
      status: 413,
    })
  })

  it('refuses a chunked body once it passes the limit', async () => {
    await expect(readRequestBody(streamed('12345', '67890', 'x'), 10)).rejects.toMatchObject({
      status: 413,
    })
    expect(await readRequestBody(streamed('12345', '67890'), 10)).toBe('1234567890')
  })
})
