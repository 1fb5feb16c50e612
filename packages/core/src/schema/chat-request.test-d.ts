import { describe, expectTypeOf, it } from 'vitest'
import type { Codec } from '../codec/codec'
import type { ChatMessage, ChatRole } from './chat-message'
import type { ChatRequest } from './chat-request'
import type { ChatStreamPart } from './chat-stream-part'
import type { ToolChoice } from './tool'

describe('canonical types inferred from the schemas', () => {
  it('optional knobs are optional and typed', () => {
    expectTypeOf<ChatRequest['temperature']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<ChatRequest['stop']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<ChatRequest['model']>().toEqualTypeOf<string>()
  })
  it('messages are discriminated by role', () => {
    expectTypeOf<ChatRole>().toEqualTypeOf<
      'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function'
    >()
    expectTypeOf<Extract<ChatMessage, { role: 'tool' }>['toolCallId']>().toEqualTypeOf<string>()
  })
  it('stream parts are discriminated by type', () => {
    expectTypeOf<ChatStreamPart['type']>().toEqualTypeOf<'chunk' | 'extension' | 'error' | 'done'>()
    expectTypeOf<
      Extract<ChatStreamPart, { type: 'chunk' }>['choices'][number]['delta']['toolCalls']
    >().toEqualTypeOf<
      | {
          index: number
          id?: string
          type?: 'function' | 'custom'
          name?: string
          arguments?: string
        }[]
      | undefined
    >()
  })
  it('tool choice keeps its string shorthands', () => {
    expectTypeOf<'auto'>().toMatchTypeOf<ToolChoice>()
    expectTypeOf<{ type: 'function'; name: string }>().toMatchTypeOf<ToolChoice>()
  })
  it('a codec decodes to the canonical request', () => {
    expectTypeOf<ReturnType<Codec['decodeRequest']>>().toEqualTypeOf<ChatRequest>()
  })
})
