import { request as httpRequest } from 'node:http'
import OpenAI from 'openai'
import { describe, expect, it, vi } from 'vitest'
import { MAX_REQUEST_ID_CHARS } from '../inbound/read-request-id'
import { useObservedGateway, user } from './start-observed-gateway'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const observed = useObservedGateway()

const withId = (id: string) => ({ headers: { 'x-request-id': id } })

/** Every line of an event for a request id. */
const linesOf = (event: string, requestId: string) =>
  observed().lines.filter((line) => line.event === event && line.requestId === requestId)

/** The request's one line (written at its end: waited for, within 5 s). */
async function requestLine(requestId: string): Promise<Record<string, unknown>> {
  return vi.waitFor(
    () => {
      const found = linesOf('request', requestId)
      if (found.length === 0) throw new Error(`no request line for ${requestId}`)
      expect(found).toHaveLength(1)
      return found[0] as Record<string, unknown>
    },
    { timeout: 5000, interval: 10 },
  )
}

type APIError = InstanceType<typeof OpenAI.APIError>

/** A non-streamed chat call that fails: the SDK's error for it. */
async function failedCall(
  body: OpenAI.ChatCompletionCreateParamsNonStreaming,
  requestId?: string,
): Promise<APIError> {
  const error = await observed()
    .client.chat.completions.create(body, requestId ? withId(requestId) : {})
    .catch((thrown: unknown) => thrown)
  expect(error).toBeInstanceOf(OpenAI.APIError)
  return error as APIError
}

/** The request's line is a warning about one attempt, with `fields`; returned. */
async function failureLine(
  requestId: string,
  fields: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const line = await requestLine(requestId)
  expect(line).toMatchObject({ level: 'warn', attempts: 1, ...fields })
  return line
}

/** 0 < time to first byte ≤ time to first token ≤ duration, in ms (absent ones skipped). */
function expectTimesOrdered(line: Record<string, unknown>): void {
  const times = [line.ttfbMs, line.ttftMs, line.durationMs].filter((ms) => ms !== undefined)
  for (const ms of times) expect(ms).toBeTypeOf('number')
  expect(times[0]).toBeGreaterThan(0)
  expect([...(times as number[])].sort((a, b) => a - b)).toEqual(times)
}

describe('the request log line', () => {
  it('after a streamed request: every field, usage as the client saw it, the dropped hint', async () => {
    const { data: stream, response } = await observed()
      .client.chat.completions.create(
        {
          model: 'es-chat',
          messages: user('[[text:one two three four]]'),
          stream: true,
          stream_options: { include_usage: true },
          user: 'user-1234',
        },
        withId('trace-stream-1'),
      )
      .withResponse()
    let usage: OpenAI.CompletionUsage | undefined
    let text = ''
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage
      text += chunk.choices[0]?.delta.content ?? ''
    }
    expect(text).toBe('one two three four')
    expect(usage?.total_tokens).toBeGreaterThan(0)
    expect(response.headers.get('x-request-id')).toBe('trace-stream-1')
    const dropped = response.headers.get('chatwire-dropped')
    expect(dropped).toContain('user')

    const line = await requestLine('trace-stream-1')
    expect(line).toEqual({
      time: expect.any(String),
      level: 'info',
      event: 'request',
      requestId: 'trace-stream-1',
      inbound: 'openai',
      route: 'es-*',
      model: 'es-chat',
      stream: true,
      upstream: 'es',
      attempts: 1,
      status: 200,
      outcome: 'ok',
      durationMs: expect.any(Number),
      ttfbMs: expect.any(Number),
      ttftMs: expect.any(Number),
      promptTokens: usage?.prompt_tokens,
      completionTokens: usage?.completion_tokens,
      totalTokens: usage?.total_tokens,
      dropped,
    })
    expectTimesOrdered(line)
  })

  it('after an upstream 500: its status, the upstream, no token fields, the error', async () => {
    const { status, headers } = await failedCall({
      model: 'chat-fail',
      messages: user('[[error:500]]'),
    })
    const requestId = headers?.get('x-request-id') ?? ''
    expect(requestId).toMatch(UUID)

    const line = await requestLine(requestId)
    expect(line).toEqual({
      time: expect.any(String),
      level: 'warn',
      event: 'request',
      requestId,
      inbound: 'openai',
      route: 'chat-*',
      model: 'chat-fail',
      stream: false,
      upstream: 'main',
      attempts: 1,
      status,
      outcome: 'upstream_error',
      durationMs: expect.any(Number),
      ttfbMs: expect.any(Number),
      error: expect.any(String),
    })
    expect(status).toBeGreaterThanOrEqual(500)
    expectTimesOrdered(line)
  })

  it('after an unreachable upstream: 502, no time to first byte, the failure line has the id', async () => {
    const { status, headers } = await failedCall(
      { model: 'dead-model', messages: user('Hello') },
      'trace-dead-1',
    )
    expect(status).toBe(502)
    expect(headers?.get('x-request-id')).toBe('trace-dead-1')

    const line = await failureLine('trace-dead-1', {
      upstream: 'dead',
      status: 502,
      outcome: 'upstream_error',
    })
    expect(line.error).toMatch(/unreachable/)
    expect(line).not.toHaveProperty('ttfbMs')
    expect(linesOf('upstream.failed', 'trace-dead-1')).toEqual([
      expect.objectContaining({ upstream: 'dead', round: 0 }),
    ])
  })

  it('after a mid-stream upstream error: status 200 sent, outcome upstream_error', async () => {
    const stream = await observed().client.chat.completions.create(
      { model: 'chat-break', messages: user('one two three [[midstream-error:1]]'), stream: true },
      withId('trace-break-1'),
    )
    await expect(async () => {
      for await (const _chunk of stream);
    }).rejects.toThrow()
    const line = await failureLine('trace-break-1', {
      upstream: 'main',
      status: 200,
      stream: true,
      outcome: 'upstream_error',
      error: expect.any(String),
    })
    expectTimesOrdered(line)
  })

  it('after an upstream that does not answer in time: 504, outcome timed_out', async () => {
    const error = await failedCall(
      // Three chunks 400 ms apart: the non-streamed answer comes after 1.2 s, past 150 ms.
      { model: 'slow-model', messages: user('[[text:a b c]] [[delay:400]]') },
      'trace-slow-1',
    )
    expect(error.status).toBe(504)
    const line = await failureLine('trace-slow-1', {
      upstream: 'slow',
      status: 504,
      outcome: 'timed_out',
    })
    expect(line.error).toMatch(/firstByteMs|did not answer/)
    expect(line).not.toHaveProperty('ttfbMs')
  })

  it('logs the fallback with the client id and counts both attempts', async () => {
    const { data, response } = await observed()
      .client.chat.completions.create(
        { model: 'rescue-model', messages: user('[[text:saved]]') },
        withId('trace-rescue-1'),
      )
      .withResponse()
    expect(data.choices[0]?.message.content).toBe('saved')
    expect(response.headers.get('x-request-id')).toBe('trace-rescue-1')

    expect(linesOf('upstream.failed', 'trace-rescue-1')).toEqual([
      expect.objectContaining({ upstream: 'dead', round: 0 }),
    ])
    expect(linesOf('fallback.trying', 'trace-rescue-1')).toEqual([
      expect.objectContaining({ upstream: 'main' }),
    ])
    const line = await requestLine('trace-rescue-1')
    expect(line).toMatchObject({
      level: 'info',
      upstream: 'main',
      attempts: 2,
      status: 200,
      outcome: 'ok',
      promptTokens: data.usage?.prompt_tokens,
      completionTokens: data.usage?.completion_tokens,
      totalTokens: data.usage?.total_tokens,
    })
    expect(line).not.toHaveProperty('ttftMs')
  })

  it('logs the retry with the client id and counts both attempts', async () => {
    const error = await failedCall(
      { model: 'retry-model', messages: user('[[error:503]]') },
      'trace-retry-1',
    )
    expect(error.status).toBe(503)

    expect(linesOf('upstream.retrying', 'trace-retry-1')).toEqual([
      expect.objectContaining({ upstream: 'flaky', round: 1, delayMs: expect.any(Number) }),
    ])
    expect(linesOf('upstream.failed', 'trace-retry-1').map((line) => line.round)).toEqual([0, 1])
    expect(await requestLine('trace-retry-1')).toMatchObject({
      upstream: 'flaky',
      attempts: 2,
      status: 503,
      outcome: 'upstream_error',
    })
  })
})

describe('x-request-id', () => {
  it.each([
    ['too long', 'x'.repeat(MAX_REQUEST_ID_CHARS + 1)],
    ['non-ASCII', 'caf\u00e9-1'],
    ['with a space and a quote', 'a b"c'],
  ])('replaces a %s id with a generated one, in the answer and the log', async (_name, sent) => {
    const answer = await postRaw('/v1/chat/completions', sent, {
      model: 'chat-raw',
      messages: user('[[text:ok]]'),
    })
    expect(answer.status).toBe(200)
    const returned = answer.requestId
    expect(returned).toMatch(UUID)
    expect(returned).not.toBe(sent)
    expect(await requestLine(returned)).toMatchObject({ status: 200, outcome: 'ok' })
    expect(observed().lines.some((line) => line.requestId === sent)).toBe(false)
  })

  it('returns a generated id on a request the gateway refuses itself (no route)', async () => {
    const answer = await postRaw('/v1/chat/completions', undefined, {
      model: 'nowhere',
      messages: user('hi'),
    })
    expect(answer.status).toBe(404)
    expect(answer.requestId).toMatch(UUID)
    const line = await requestLine(answer.requestId)
    expect(line).toMatchObject({ status: 404, outcome: 'local_error', attempts: 0 })
    expect(line).not.toHaveProperty('upstream')
  })
})

/** Through node:http, which sends a latin-1 header byte as is (fetch would refuse some). */
function postRaw(
  path: string,
  requestId: string | undefined,
  body: unknown,
): Promise<{ status: number; requestId: string }> {
  const url = new URL(path, observed().gateway.url)
  const text = JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (requestId !== undefined) headers['x-request-id'] = requestId
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'POST', headers, timeout: 5000 }, (incoming) => {
      incoming.resume()
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          requestId: String(incoming.headers['x-request-id'] ?? ''),
        }),
      )
    })
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')))
    outgoing.on('error', reject)
    outgoing.end(text)
  })
}
