import type { Codec } from '@chatwire/core'
import { describe, expectTypeOf, it } from 'vitest'
import { elasticCodec } from './elastic-codec'
import type { ElasticChatChunk, ElasticChunkToolCall } from './schema/elastic-chat-chunk'
import type {
  ElasticChatRequest,
  ElasticMessage,
  ElasticToolChoice,
} from './schema/elastic-chat-request'
import type { ElasticUnifiedErrorBody } from './schema/elastic-error-body'

describe('Elastic wire types inferred from the schemas', () => {
  it('the request has only the 8.18 whitelist, with ES types', () => {
    expectTypeOf<keyof ElasticChatRequest>().toEqualTypeOf<
      | 'messages'
      | 'model'
      | 'max_completion_tokens'
      | 'stop'
      | 'temperature'
      | 'tool_choice'
      | 'tools'
      | 'top_p'
    >()
    expectTypeOf<ElasticChatRequest['stop']>().toEqualTypeOf<string[] | string | undefined>()
    expectTypeOf<ElasticToolChoice>().toEqualTypeOf<
      string | { type: string; function: { name: string } }
    >()
  })

  it('message content is a string or text objects, never null', () => {
    expectTypeOf<ElasticMessage['content']>().toEqualTypeOf<
      string | { text: string; type: string }[] | undefined
    >()
    expectTypeOf<keyof ElasticMessage>().toEqualTypeOf<
      'content' | 'role' | 'tool_call_id' | 'tool_calls'
    >()
  })

  it('chunks are tolerant: a tool call type may be null', () => {
    expectTypeOf<ElasticChunkToolCall['type']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<ElasticChatChunk['choices'][number]['finish_reason']>().toEqualTypeOf<
      string | null | undefined
    >()
  })

  it('the unified error has a required message and type', () => {
    expectTypeOf<ElasticUnifiedErrorBody['error']['message']>().toEqualTypeOf<string>()
    expectTypeOf<ElasticUnifiedErrorBody['error']['code']>().toEqualTypeOf<string | undefined>()
  })

  it('the codec is a Codec over the Elastic body, with SSE text as its response', () => {
    expectTypeOf(elasticCodec).toMatchTypeOf<Codec>()
    expectTypeOf(elasticCodec.encodeRequest)
      .returns.toHaveProperty('body')
      .toEqualTypeOf<ElasticChatRequest>()
    expectTypeOf(elasticCodec.encodeResponse).returns.toHaveProperty('body').toEqualTypeOf<string>()
  })
})
