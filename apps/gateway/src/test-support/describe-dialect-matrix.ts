import type { ChatStreamPart } from '@chatwire/core'
import { createChatStreamAggregator } from '@chatwire/core'
import type { Emulator } from '@chatwire/emulator'
import { chunksOf, textOf } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { callGateway, INBOUND_CLIENTS, type InboundClient } from './inbound-clients'
import type { Matrix } from './start-matrix'
import { UPSTREAM_DIALECTS } from './vendor-dialects'

function aggregate(parts: ChatStreamPart[]) {
  const aggregator = createChatStreamAggregator()
  for (const part of parts) aggregator.push(part)
  return aggregator.result()
}

/** Where the lanes run: a gateway (Node, fetch adapter, workerd…) in front of the emulators. */
export interface MatrixTarget {
  url: string
  emulators: Matrix['emulators']
  modelFor: Matrix['modelFor']
}

/** One kind of test, run for every pair of dialects. */
type MatrixLane =
  | 'text'
  | 'stream'
  | 'tools'
  | 'error-before-stream'
  | 'error-mid-stream'
  | 'abort-mid-stream'
  | 'abort-before-answer'

export interface DialectMatrixOptions {
  /** Lanes a runtime cannot run, each with the reason (shown as the skipped test's name). */
  skip?: Partial<Record<MatrixLane, string>>
  /** The inbound side: one raw client per dialect (default: the four default dialects'). */
  clients?: readonly InboundClient[]
  /** The upstream dialects, by name (default: the clients' dialects). */
  upstreams?: readonly string[]
}

/**
 * The gateway's lanes: every inbound dialect × every upstream dialect, text and tool calls,
 * streaming and not, errors before and during the stream, and client disconnects aborting the
 * upstream request. `target` is read inside each test (it is started in a `beforeAll`).
 */
export function describeDialectMatrix(
  target: () => MatrixTarget,
  options: DialectMatrixOptions = {},
): void {
  const clients = options.clients ?? UPSTREAM_DIALECTS.map((name) => INBOUND_CLIENTS[name])
  const upstreams = options.upstreams ?? clients.map((client) => client.dialect)
  const pairs = clients.flatMap((client) =>
    upstreams.map((upstream) => [client.dialect, upstream, client] as const),
  )
  const lane = (id: MatrixLane, name: string, test: () => Promise<void>) => {
    const reason = options.skip?.[id]
    if (reason === undefined) it(name, test)
    else it.skip(`${name} (skipped: ${reason})`, test)
  }
  describe.each(pairs)('%s client → %s upstream', (inbound, upstream, client) => {
    const model = () => target().modelFor(upstream)
    const call = (
      prompt: string,
      extra: {
        stream?: boolean
        includeUsage?: boolean
        tools?: boolean
        signal?: AbortSignal
      } = {},
    ) => callGateway(target().url, client, { model: model(), prompt, stream: false, ...extra })

    lane('text', 'answers a non-streaming text request', async () => {
      const answer = await call('[[text:Hello from the matrix]]')
      expect(answer.status).toBe(200)
      if (client.streamsAlways) {
        expect(textOf(answer.parts)).toBe('Hello from the matrix')
        return
      }
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
      const response = client.codec.decodeResponse(JSON.parse(answer.text))
      expect(response.choices[0]?.message.content).toBe('Hello from the matrix')
      expect(response.choices[0]?.finishReason?.unified).toBe('stop')
    })

    lane('stream', 'streams text in several chunks with usage', async () => {
      const answer = await call('[[text:one two three four five]] [[chunks:5]]', {
        stream: true,
        includeUsage: true,
      })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/)
      expect(answer.parts.at(-1)).toEqual({ type: 'done' })
      expect(
        chunksOf(answer.parts).filter((chunk) => chunk.choices[0]?.delta.content).length,
      ).toBeGreaterThanOrEqual(5)
      expect(textOf(answer.parts)).toBe('one two three four five')
      const usage = aggregate(answer.parts).usage
      expect(usage?.completionTokens).toBeGreaterThan(0)
      expect(usage?.totalTokens).toBe((usage?.promptTokens ?? 0) + (usage?.completionTokens ?? 0))
    })

    lane('tools', 'streams parallel tool calls that reassemble by index', async () => {
      const answer = await call('Weather and time in Paris? [[tools:parallel]]', {
        stream: true,
        tools: true,
      })
      expect(answer.status).toBe(200)
      const response = aggregate(answer.parts)
      const calls = response.choices[0]?.message.toolCalls ?? []
      expect(calls.map((toolCall) => toolCall.name)).toEqual(['get_weather', 'get_time'])
      for (const toolCall of calls) {
        expect(toolCall.id).not.toBe('')
        expect(toolCall.type === 'function' && JSON.parse(toolCall.arguments)).toHaveProperty(
          'city',
        )
      }
      expect(response.choices[0]?.finishReason?.unified).toBe('tool-calls')
    })

    lane(
      'error-before-stream',
      'puts a pre-stream upstream error in the client dialect',
      async () => {
        const answer = await call('[[error:429]]', { stream: true })
        expect(answer.status).toBe(429)
        const error = client.codec.decodeError(
          answer.status,
          answer.text,
          Object.fromEntries(answer.headers),
        )
        expect(error.kind).toBe('rate_limit')
        for (const [name, value] of Object.entries(client.errorHeaders ?? {}))
          expect(answer.headers.get(name)).toBe(value)
      },
    )

    lane(
      'error-mid-stream',
      'ends a stream broken mid-way with the client dialect error event, not [DONE]',
      async () => {
        const answer = await call(
          '[[text:alpha beta gamma delta]] [[chunks:4]] [[midstream-error:2]]',
          { stream: true },
        )
        expect(answer.status).toBe(200)
        expect(textOf(answer.parts)).not.toBe('')
        expect(answer.parts.at(-1)?.type).toBe('error')
        expect(answer.text).not.toContain('data: [DONE]')
      },
    )

    lane('abort-mid-stream', 'aborts the upstream request when the client goes away', async () => {
      const emulator = target().emulators[upstream]!
      const marker = `abort-${inbound}-${upstream}`
      const controller = new AbortController()
      const response = await fetch(`${target().url}${client.path(model())}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          client.body({
            model: model(),
            prompt: `${marker} [[chunks:200]] [[delay:20]]`,
            stream: true,
          }),
        ),
        signal: controller.signal,
      })
      const reader = response.body!.getReader()
      await reader.read()
      controller.abort()
      await expect
        .poll(() => findRecorded(emulator.requests, marker)?.aborted, { timeout: 3000 })
        .toBe(true)
    })
  })

  const first = clients[0] as InboundClient
  describe.each(upstreams)(`${first.dialect} client leaving before %s answers`, (upstream) => {
    lane(
      'abort-before-answer',
      'aborts the upstream request that has not answered yet',
      async () => {
        const emulator = target().emulators[upstream]!
        const marker = `stall-${upstream}`
        const controller = new AbortController()
        const call = callGateway(target().url, first, {
          model: target().modelFor(upstream),
          prompt: `${marker} [[stall]]`,
          stream: false,
          signal: controller.signal,
        })
        await expect.poll(() => findRecorded(emulator.requests, marker)?.outcome).toBe('pending')
        controller.abort()
        await expect(call).rejects.toThrow()
        await expect
          .poll(() => findRecorded(emulator.requests, marker)?.aborted, { timeout: 3000 })
          .toBe(true)
      },
    )
  })
}

function findRecorded(requests: Emulator['requests'], marker: string) {
  return requests.find((request) => JSON.stringify(request.body).includes(marker))
}
