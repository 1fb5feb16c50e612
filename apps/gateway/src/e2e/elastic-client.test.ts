import type { ChatStreamPart } from '@chatwire/core'
import { createChatStreamAggregator } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { Client, errors } from '@elastic/elasticsearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeEvents } from '../test-support/inbound-clients'
import { type Matrix, startMatrix } from '../test-support/start-matrix'
import { UPSTREAM_DIALECTS } from '../test-support/vendor-dialects'

const UPSTREAMS = UPSTREAM_DIALECTS

let matrix: Matrix
let client: Client

beforeAll(async () => {
  matrix = await startMatrix()
  client = new Client({ node: matrix.gateway.url, auth: { apiKey: 'unused' }, maxRetries: 0 })
})

afterAll(async () => {
  await client?.close()
  await matrix?.close()
})

async function readAll(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function aggregate(parts: ChatStreamPart[]) {
  const aggregator = createChatStreamAggregator()
  for (const part of parts) aggregator.push(part)
  return aggregator.result()
}

describe.each(UPSTREAMS)(
  '@elastic/elasticsearch inference.chatCompletionUnified → %s upstream',
  (upstream) => {
    const inferenceId = () => matrix.modelFor(upstream)

    it('streams text and usage as Elasticsearch frames them', async () => {
      const response = await client.inference.chatCompletionUnified(
        {
          inference_id: inferenceId(),
          chat_completion_request: {
            messages: [{ role: 'user', content: '[[text:Elastic says hi]] [[chunks:3]]' }],
          },
        },
        { asStream: true, meta: true },
      )
      expect(response.statusCode).toBe(200)
      expect(response.headers['x-elastic-product']).toBe('Elasticsearch')
      expect(response.headers['content-type']).toBe('text/event-stream')
      const text = await readAll(response.body as unknown as AsyncIterable<Buffer>)
      expect(text.startsWith('\uFEFFevent: message\ndata: {')).toBe(true)
      expect(text.endsWith('\uFEFFevent: message\ndata: [DONE]\n\n')).toBe(true)
      const completion = aggregate(decodeEvents(elasticCodec, text))
      expect(completion.choices[0]?.message.content).toBe('Elastic says hi')
      expect(completion.usage?.totalTokens).toBeGreaterThan(0)
    })

    it('streams parallel tool calls', async () => {
      const tool = (name: string) => ({
        type: 'function',
        function: {
          name,
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      })
      const response = await client.inference.chatCompletionUnified(
        {
          inference_id: inferenceId(),
          chat_completion_request: {
            messages: [{ role: 'user', content: 'Rome? [[tools:parallel]]' }],
            tools: [tool('get_weather'), tool('get_time')],
          },
        },
        { asStream: true },
      )
      const completion = aggregate(
        decodeEvents(elasticCodec, await readAll(response as unknown as AsyncIterable<Buffer>)),
      )
      expect(completion.choices[0]?.message.toolCalls?.map((call) => call.name)).toEqual([
        'get_weather',
        'get_time',
      ])
    })

    it('is served what Elasticsearch accepts: developer role, coerced strings, a single message object', async () => {
      const ask = async (chat_completion_request: unknown) => {
        const response = await client.inference.chatCompletionUnified(
          {
            inference_id: inferenceId(),
            chat_completion_request: chat_completion_request as never,
          },
          { asStream: true },
        )
        const text = await readAll(response as unknown as AsyncIterable<Buffer>)
        return aggregate(decodeEvents(elasticCodec, text)).choices[0]?.message.content
      }
      const coerced = {
        messages: { role: 'user', content: '[[text:coerced]]' },
        temperature: '0.2',
        max_completion_tokens: '64',
      }
      expect(await ask(coerced)).toBe('coerced')
      const developer = {
        messages: [
          { role: 'developer', content: 'Be brief.' },
          { role: 'user', content: '[[text:developer]]' },
        ],
      }
      expect(await ask(developer)).toBe('developer')
    })

    it('raises ResponseError with the status and the unified error body', async () => {
      const call = client.inference.chatCompletionUnified({
        inference_id: inferenceId(),
        chat_completion_request: { messages: [{ role: 'user', content: '[[error:429]]' }] },
      })
      await expect(call).rejects.toBeInstanceOf(errors.ResponseError)
      const error = (await call.catch((caught) => caught)) as errors.ResponseError
      expect(error.statusCode).toBe(429)
      expect(elasticCodec.decodeError(429, String(error.body)).kind).toBe('rate_limit')
    })
  },
)

describe('@elastic/elasticsearch → gateway errors', () => {
  it('answers an unknown inference id with 404 resource_not_found_exception', async () => {
    const call = client.inference.chatCompletionUnified({
      inference_id: 'no-such-endpoint',
      chat_completion_request: { messages: [{ role: 'user', content: 'x' }] },
    })
    const error = (await call.catch((caught) => caught)) as errors.ResponseError
    expect(error).toBeInstanceOf(errors.ResponseError)
    expect(error.statusCode).toBe(404)
    expect(String(error.body)).toContain('"type":"resource_not_found_exception"')
  })

  it('rejects an unknown body field as the Elasticsearch REST layer does (JSON envelope)', async () => {
    const call = client.inference.chatCompletionUnified({
      inference_id: matrix.modelFor('openai'),
      chat_completion_request: { messages: [{ role: 'user', content: 'x' }], n: 2 } as never,
    })
    const error = (await call.catch((caught) => caught)) as errors.ResponseError
    expect(error).toBeInstanceOf(errors.ResponseError)
    expect(error.statusCode).toBe(400)
    expect(error.headers?.['content-type']).toBe('application/json')
    const reason = '[1:45] [UnifiedCompletionRequest] unknown field [n]'
    expect(error.body).toEqual({
      error: {
        root_cause: [{ type: 'x_content_parse_exception', reason }],
        type: 'x_content_parse_exception',
        reason,
      },
      status: 400,
    })
    // The client words its message from the envelope, as it does against Elasticsearch.
    expect(error.message).toContain('x_content_parse_exception')
  })

  it('reports a nested parse failure with its caused_by chain', async () => {
    const call = client.inference.chatCompletionUnified({
      inference_id: matrix.modelFor('openai'),
      chat_completion_request: { messages: [{ role: 'user', content: 'x', name: 'al' }] } as never,
    })
    const error = (await call.catch((caught) => caught)) as errors.ResponseError
    expect(error.statusCode).toBe(400)
    expect(error.body).toMatchObject({
      error: {
        type: 'x_content_parse_exception',
        reason: expect.stringMatching(
          /^\[1:\d+\] \[UnifiedCompletionRequest\] failed to parse field \[messages\]$/,
        ),
        caused_by: {
          type: 'x_content_parse_exception',
          reason: expect.stringMatching(/^\[1:\d+\] \[Message\] unknown field \[name\]$/),
        },
      },
      status: 400,
    })
  })

  it('rejects an empty messages list as the action validates it, inside the stream', async () => {
    const call = client.inference.chatCompletionUnified({
      inference_id: matrix.modelFor('openai'),
      chat_completion_request: { messages: [] },
    })
    const error = (await call.catch((caught) => caught)) as errors.ResponseError
    expect(error).toBeInstanceOf(errors.ResponseError)
    expect(error.statusCode).toBe(400)
    const decoded = elasticCodec.decodeError(400, String(error.body))
    expect(decoded).toMatchObject({
      kind: 'invalid_request',
      type: 'action_request_validation_exception',
      message: 'Validation Failed: 1: Field [messages] cannot be an empty array;',
    })
  })
})
