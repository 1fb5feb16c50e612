import { type ChatRequest, defineExtension, Type } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { toComparableRequest } from './to-comparable-request'

// A bag with one request-context field (loss kind null) and one that means something.
defineExtension({
  name: 'comparable-test',
  schema: Type.Object({ routeId: Type.String(), knob: Type.Number() }),
  losses: { routeId: null, knob: 'hint' },
})

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] }
const user: ChatRequest['messages'] = [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]

describe('toComparableRequest', () => {
  it.each<[string, Partial<ChatRequest>, Partial<ChatRequest>]>([
    [
      'a developer message as a system message',
      { messages: [{ role: 'developer', content: 'Be terse.' }] },
      { messages: [{ role: 'system', content: [{ type: 'text', text: 'Be terse.' }] }] },
    ],
    [
      'an empty assistant content as none',
      { messages: [{ role: 'assistant', content: '' }] },
      { messages: [{ role: 'assistant' }] },
    ],
    [
      'JSON mode with a schema as a JSON Schema format',
      { responseFormat: { type: 'json_object', schema: { type: 'object' } } },
      { messages: user, responseFormat: { type: 'json_schema', schema: { type: 'object' } } },
    ],
    ['an empty tool list as none', { tools: [] }, { messages: user }],
    [
      'request context left out, meaning kept',
      { extensions: { 'comparable-test': { routeId: 'r', knob: 1 } } },
      { messages: user, extensions: { 'comparable-test': { knob: 1 } } },
    ],
    [
      'a bag of request context only left out whole',
      { extensions: { 'comparable-test': { routeId: 'r' } } },
      { messages: user },
    ],
  ])('puts %s', (_name, change, expected) => {
    expect(toComparableRequest({ ...base, ...change } as ChatRequest)).toEqual({
      ...base,
      ...expected,
    })
  })
})
