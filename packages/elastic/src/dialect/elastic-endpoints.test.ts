import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { elasticCodec } from '../elastic-codec'
import { elasticEndpoints } from './elastic-endpoints'

const [chat] = elasticEndpoints
const body = { messages: [{ role: 'user', content: 'Hello' }] }

describe('elasticEndpoints', () => {
  it('serves both stream paths, always streaming, with Elasticsearch headers', () => {
    expect(elasticEndpoints).toHaveLength(1)
    expect(chat).toMatchObject({
      gatewayPaths: [
        '/_inference/chat_completion/{inference_id}/_stream',
        '/_inference/{inference_id}/_stream',
      ],
      errorPrefix: '/_inference/',
      streaming: 'always',
      routeKeyName: 'inference endpoint',
      headers: { 'x-elastic-product': 'Elasticsearch' },
      streamHeaders: {
        'content-type': 'text/event-stream',
        'x-elastic-product': 'Elasticsearch',
      },
    })
    expect(chat?.orderToolCalls).toBeUndefined()
  })

  it.each([
    [{ params: { inference_id: 'my-chat' } }, 'my-chat'],
    [{}, 'body-model'],
  ])('routes on the inference id (%j)', (context, key) => {
    const request = elasticCodec.decodeRequest({ ...body, model: 'body-model' }, context)
    expect(chat?.routeKey(request as ChatRequest, context)).toBe(key)
  })

  it("answers an unknown inference id with Elasticsearch's 404", () => {
    expect(chat?.noRoute('nope')).toMatchObject({
      kind: 'not_found',
      message: 'Inference endpoint not found [nope]',
      type: 'resource_not_found_exception',
    })
  })

  it.each([
    ['', 'parse_exception'],
    ['{"messages":', 'x_content_parse_exception'],
  ])('rejects a body that is not JSON (%j) as Elasticsearch does', (text, type) => {
    expect(chat?.rejectBody?.(text, '/_inference/x/_stream')).toMatchObject({ status: 400, type })
  })

  it.each([
    [{}, undefined],
    [{ elasticChunks: 'bare' }, undefined],
    [{ elasticChunks: 'wrapped' }, 'wrapped'],
  ])('streams the %j route with variant %s', (route, variant) => {
    expect(chat?.streamVariant?.(route)).toBe(variant)
  })

  it('refuses the non-stream unified path with the status_exception 400', () => {
    const [refused] = chat?.refusedPaths ?? []
    expect(refused?.path).toBe('/_inference/chat_completion/{inference_id}')
    expect(refused?.refuse('/_inference/chat_completion/x')).toMatchObject({
      kind: 'invalid_request',
      status: 400,
      type: 'status_exception',
      message:
        'The [chat_completion] task type only supports streaming, please try again with the _stream API',
    })
  })
})
