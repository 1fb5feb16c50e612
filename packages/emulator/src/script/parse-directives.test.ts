import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { parseDirectives } from './parse-directives'

describe('parseDirectives', () => {
  it.each([
    ['[[chunks:5]] hi', { chunks: 5 }],
    ['[[delay:20]] hi', { delayMs: 20 }],
    ['[[text:Exact reply, with: colons]]', { text: 'Exact reply, with: colons' }],
    ['[[finish:length]]', { finishReason: 'length' }],
    ['[[tools]]', { toolCalls: 'first' }],
    ['[[tools:parallel]]', { toolCalls: 'parallel' }],
    ['[[tools:parallel-interleaved]]', { toolCalls: 'parallel', toolCallOrder: 'interleaved' }],
    ['[[tool:a]] [[tool:b]]', { toolCalls: ['a', 'b'] }],
    ['[[tool-error]]', { toolError: true }],
    ['[[error:429]]', { error: { status: 429 } }],
    ['[[error:503]] [[retry-after:7]]', { error: { status: 503, retryAfter: 7 } }],
    ['[[retry-after:3]]', { error: { status: 429, retryAfter: 3 } }],
    ['[[midstream-error]]', { midstreamError: {} }],
    ['[[midstream-error:2]]', { midstreamError: { afterChunks: 2 } }],
    ['[[reset]]', { reset: {} }],
    ['[[reset:0]]', { reset: { afterChunks: 0 } }],
    ['[[stall]]', { stall: true }],
    ['no directives at all', {}],
  ])('%s', (prompt, script) => {
    expect(parseDirectives(prompt).script).toEqual(script)
  })

  it('removes directives from the echo text and collapses white space', () => {
    expect(parseDirectives('  Hello [[chunks:3]]\n  world [[delay:1]]!').text).toBe('Hello world !')
  })

  it('reads a text directive up to the first closing brackets, across lines', () => {
    expect(parseDirectives('[[text:line one\nline two]] rest')).toEqual({
      script: { text: 'line one\nline two' },
      text: 'rest',
    })
  })

  it.each([
    ['[[bogus]]', 'Unknown emulator directive [[bogus]]'],
    ['[[chunks:0]]', '[[chunks:0]]: expected a whole number ≥ 1'],
    ['[[chunks:two]]', '[[chunks:two]]: expected a whole number ≥ 1'],
    ['[[delay]]', '[[delay:…]] needs a value'],
    ['[[error:200]]', '[[error:200]]: expected a whole number ≥ 400'],
    ['[[error:600]]', '[[error:600]]: expected a status 400–599'],
    [
      '[[tools:all]]',
      '[[tools:all]]: expected [[tools]], [[tools:parallel]] or [[tools:parallel-interleaved]]',
    ],
    ['[[finish:tool-calls]]', '[[finish:tool-calls]]: expected stop, length or content-filter'],
  ])('rejects %s', (prompt, message) => {
    const attempt = () => parseDirectives(prompt)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect(ChatwireError.isInstance(error) && error.kind).toBe('invalid_request')
    }
  })
})
