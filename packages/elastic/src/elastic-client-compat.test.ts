import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ChatRequest, type ChatStreamPart, toChatError } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import { decodeBytes } from '@chatwire/testkit'
import { Client, errors } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { elasticCodec } from './elastic-codec'
import { ELASTIC_STREAM_HEADERS } from './stream/elastic-sse-framing'

// A server that answers as Elasticsearch using only the codec, and the official client
// (`@elastic/elasticsearch`, as Kibana calls it) reading it: framing, headers and errors must pass.

const parts: ChatStreamPart[] = decodeBytes(
  elasticCodec,
  new Uint8Array(
    readFileSync(new URL('./__fixtures__/elastic-parallel-tool-calls.sse', import.meta.url)),
  ),
)
const received: ChatRequest[] = []

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const server: Server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const inferenceId = decodeURIComponent(url.pathname.split('/')[3] ?? '')
  const query = Object.fromEntries(url.searchParams)
  try {
    const body = JSON.parse(await readBody(request))
    received.push(
      elasticCodec.decodeRequest(body, { params: { inference_id: inferenceId }, query }),
    )
  } catch (error) {
    const encoded = elasticCodec.encodeError(toChatError(error))
    response.writeHead(encoded.status, encoded.headers).end(encoded.body)
    return
  }
  response.writeHead(200, ELASTIC_STREAM_HEADERS)
  const encoder = elasticCodec.createStreamEncoder((event) =>
    response.write(formatSseEvent(event, elasticCodec.framing)),
  )
  for (const part of parts) encoder.push(part)
  encoder.end()
  response.end()
})

let client: Client

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  client = new Client({ node: `http://127.0.0.1:${port}`, auth: { apiKey: 'aWQ6a2V5' } })
})

afterAll(async () => {
  await client.close()
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  )
})

describe('@elastic/elasticsearch against an Elastic-codec server', () => {
  it('streams chatCompletionUnified: the client accepts the headers and reads our events', async () => {
    const stream = await client.inference.chatCompletionUnified(
      {
        inference_id: 'openai-completion',
        timeout: '30s',
        chat_completion_request: { messages: [{ role: 'user', content: 'Weather in Paris?' }] },
      },
      { asStream: true },
    )
    const chunks: Buffer[] = []
    for await (const chunk of stream as unknown as AsyncIterable<Buffer>) chunks.push(chunk)
    expect(decodeBytes(elasticCodec, new Uint8Array(Buffer.concat(chunks)))).toEqual(parts)
    expect(received.at(-1)).toMatchObject({
      model: 'openai-completion',
      extensions: { elastic: { inferenceId: 'openai-completion', timeout: '30s' } },
    })
  })

  it('surfaces a parse rejection as a ResponseError carrying the ES envelope', async () => {
    const call = client.inference.chatCompletionUnified({
      inference_id: 'openai-completion',
      // @ts-expect-error `n` is not in the 8.18 request type: exactly what ES rejects
      chat_completion_request: { messages: [{ role: 'user', content: 'Hi' }], n: 2 },
    })
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(errors.ResponseError)
    const { statusCode, body } = (error as InstanceType<typeof errors.ResponseError>).meta
    expect(statusCode).toBe(400)
    // JSON, as the ES REST layer answers: the client parses it into the envelope object.
    expect(body).toMatchObject({
      error: {
        type: 'x_content_parse_exception',
        reason: '[1:46] [UnifiedCompletionRequest] unknown field [n]',
      },
      status: 400,
    })
  })
})
