import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { ChatRequest } from '../schema/chat-request'
import { compileSchema } from './compile-schema'

const request = compileSchema(ChatRequest)
const ok = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }

describe('compileSchema', () => {
  it('checks canonical requests', () => {
    expect(request.check(ok)).toBe(true)
    expect(request.check({ ...ok, temperature: 'hot' })).toBe(false)
  })
  it.each([
    ['missing', { messages: [] }, 'model', 'missing'],
    ['type', { ...ok, temperature: 'hot' }, 'temperature', 'type'],
    [
      'union member by tag',
      { ...ok, messages: [{ role: 'tool', content: 'x' }] },
      'messages[0].toolCallId',
      'missing',
    ],
    [
      'nested part',
      { ...ok, messages: [{ role: 'user', content: [{ type: 'image' }] }] },
      'messages[0].content[0].url',
      'missing',
    ],
  ])('names the real field for a %s problem', (_name, value, path, reason) => {
    expect(request.firstProblem(value)).toMatchObject({ path, reason })
  })
  it.each([
    ['an unknown role', { role: 'wizard', content: 'x' }, 'messages[0].role', 'value'],
    ['a missing role', { content: 'x' }, 'messages[0].role', 'missing'],
    ['a role that is not a string', { role: 7, content: 'x' }, 'messages[0].role', 'type'],
    ['a message that is not an object', 'hello', 'messages[0]', 'type'],
  ])('names the discriminator of a tagged union for %s', (_name, message, path, reason) => {
    expect(request.firstProblem({ ...ok, messages: [message] })).toMatchObject({ path, reason })
  })

  it('lists the supported tags in schema order', () => {
    expect(
      request.firstProblem({ ...ok, messages: [{ role: 'wizard', content: 'x' }] })?.message,
    ).toBe("Supported values are: 'system', 'developer', 'user', 'assistant', 'tool', 'function'")
  })

  it('reports the bound that was broken, not its opposite', () => {
    const range = compileSchema(Type.Object({ t: Type.Number({ minimum: 0, maximum: 2 }) }))
    expect(range.firstProblem({ t: -1 })).toMatchObject({ reason: 'range', limit: 0 })
    expect(range.firstProblem({ t: 3 })).toMatchObject({ reason: 'range', limit: 2 })
  })
  it('looks inside `T | null` unions', () => {
    const nullable = compileSchema(
      Type.Object({ n: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]) }),
    )
    expect(nullable.check({ n: null })).toBe(true)
    expect(nullable.firstProblem({ n: 0 })).toMatchObject({ path: 'n', reason: 'range', limit: 1 })
  })

  it.each([
    ['a tuple', Type.Tuple([Type.String()]), "TypeBox kind 'Tuple'"],
    [
      'an intersection',
      Type.Intersect([Type.Object({ a: Type.String() }), Type.Object({ b: Type.String() })]),
      "TypeBox kind 'Intersect'",
    ],
    [
      'a string format',
      Type.Object({ at: Type.String({ format: 'date-time' }) }),
      "keyword 'format'",
    ],
    ['a reference', Type.Array(Type.Ref('Message')), "keyword '$ref'"],
  ])('refuses %s when compiling, never answering wrongly later', (_name, schema, what) => {
    expect(() => compileSchema(schema)).toThrow(`compileSchema: unsupported ${what}`)
  })
})
