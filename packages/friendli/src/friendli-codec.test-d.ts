import type { Codec } from '@chatwire/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type FriendliCodec, friendliCodec } from './friendli-codec'
import type { FriendliChatChunk } from './schema/friendli-chat-chunk'
import type { FriendliChatRequest } from './schema/friendli-chat-request'
import type { FriendliMessage } from './schema/friendli-message'
import type { FriendliToolAssistedChatRequest } from './schema/friendli-tool-assisted-chat-request'
import type { FriendliToolStatus } from './schema/friendli-tool-status'

describe('Friendli wire types inferred from the schemas', () => {
  it('stop is a list only; seed one number or a list; all nullable', () => {
    expectTypeOf<FriendliChatRequest['stop']>().toEqualTypeOf<string[] | null | undefined>()
    expectTypeOf<FriendliChatRequest['seed']>().toEqualTypeOf<
      number | number[] | null | undefined
    >()
  })

  it('system, assistant and tool content are strings, never parts', () => {
    type Content<Role> = Extract<FriendliMessage, { role: Role }>['content']
    expectTypeOf<Content<'system'>>().toEqualTypeOf<string>()
    expectTypeOf<Content<'tool'>>().toEqualTypeOf<string>()
    expectTypeOf<Content<'assistant'>>().toEqualTypeOf<string | null | undefined>()
  })

  it('only the tool-assisted request has built-in tools and resume_generation', () => {
    type ToolTypes<T extends { tools?: unknown }> =
      NonNullable<T['tools']> extends (infer Tool)[]
        ? Tool extends { type: infer Type }
          ? Type
          : never
        : never
    expectTypeOf<ToolTypes<FriendliChatRequest>>().toEqualTypeOf<'function'>()
    expectTypeOf<'web:search'>().toExtend<ToolTypes<FriendliToolAssistedChatRequest>>()
    expectTypeOf<'file:text'>().toExtend<ToolTypes<FriendliToolAssistedChatRequest>>()
    expectTypeOf<FriendliToolAssistedChatRequest>().toHaveProperty('resume_generation')
    expectTypeOf<FriendliToolAssistedChatRequest>().not.toHaveProperty('min_tokens')
  })

  it('a chunk may lack model; tool_status has its four statuses', () => {
    expectTypeOf<FriendliChatChunk['model']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<FriendliToolStatus['status']>().toEqualTypeOf<
      'STARTED' | 'UPDATING' | 'ENDED' | 'ERRORED'
    >()
  })

  it('the codec is a Codec', () => {
    expectTypeOf(friendliCodec).toExtend<Codec>()
    expectTypeOf<FriendliCodec['dialect']>().toEqualTypeOf<string>()
  })
})
