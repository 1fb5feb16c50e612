import { createDefaultRegistry } from '@chatwire/dialects'
import { describe, expect, it } from 'vitest'
import { createChatPathMatcher, toHonoPath } from './create-chat-path-matcher'
import { createInboundDialects } from './create-inbound-dialects'
import { inboundForPath } from './inbound-for-path'

const inbound = createInboundDialects(createDefaultRegistry())
const match = createChatPathMatcher(inbound)
const describeMatch = (path: string) => {
  const found = match(path)
  return found && [`${found.inbound.dialect}.${found.inbound.endpoint}`, found.params]
}

describe('createChatPathMatcher over the default dialects', () => {
  it.each([
    ['/v1/chat/completions', ['openai.chat', {}]],
    ['/octoai/v1/chat/completions', ['octoai.chat', {}]],
    ['/friendli/serverless/v1/chat/completions', ['friendli.serverless', {}]],
    ['/friendli/dedicated/v1/chat/completions', ['friendli.dedicated', {}]],
    ['/friendli/serverless/tools/v1/chat/completions', ['friendli.tools', {}]],
    ['/_inference/chat_completion/my-chat/_stream', ['elastic.chat', { inference_id: 'my-chat' }]],
    ['/_inference/my%20chat/_stream', ['elastic.chat', { inference_id: 'my chat' }]],
    // As Hono's `:inference_id` would take it: the task-type-free path with id `chat_completion`.
    ['/_inference/chat_completion/_stream', ['elastic.chat', { inference_id: 'chat_completion' }]],
    ['/_inference/bad%zz/_stream', ['elastic.chat', { inference_id: 'bad%zz' }]],
    ['/v1/chat/completions/', undefined],
    ['/_inference//_stream', undefined],
    ['/_inference/a/b/_stream', undefined],
    ['/_inference/chat_completion/x', undefined],
    ['/octoai/v1/models', undefined],
  ])('%s → %j', (path, expected) => {
    expect(describeMatch(path)).toEqual(expected)
  })

  it.each([
    [
      '/_inference/chat_completion/{inference_id}/_stream',
      '/_inference/chat_completion/:inference_id/_stream',
    ],
    ['/v1/chat/completions', '/v1/chat/completions'],
  ])('writes %s for Hono as %s', (path, hono) => {
    expect(toHonoPath(path)).toBe(hono)
  })
})

describe('inboundForPath over the default dialects', () => {
  it.each([
    ['/_inference/chat_completion/x', 'elastic.chat'],
    ['/octoai/v1/models', 'octoai.chat'],
    ['/friendli/dedicated/v1/models', 'friendli.dedicated'],
    ['/friendli/serverless/tools/v1/other', 'friendli.tools'],
    ['/friendli/serverless/v1/other', 'friendli.serverless'],
    ['/friendli/anything', 'friendli.serverless'],
    ['/v1/models', 'openai.chat'],
    ['/nowhere', 'openai.chat'],
  ])('answers errors on %s as %s', (path, expected) => {
    const found = inboundForPath(inbound, path)
    expect(`${found.dialect}.${found.endpoint}`).toBe(expected)
  })
})
