import { describe, expect, it } from 'vitest'
import { ChatwireError } from '../errors/chatwire-error'
import { assertMaxDepth, findTooDeepPath, MAX_REQUEST_DEPTH } from './assert-max-depth'

function nest(levels: number, leaf: unknown = 1): unknown {
  let value = leaf
  for (let level = 0; level < levels; level++) value = { properties: value }
  return value
}

const thrown = (run: () => void) => {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('findTooDeepPath', () => {
  it.each([
    ['a scalar', 'text', 0, undefined],
    ['an empty object at the limit', {}, 1, undefined],
    ['one level too deep', { a: {} }, 1, 'a'],
    ['an array inside an object', { messages: [{ content: [{}] }] }, 3, 'messages[0].content'],
    ['the first too-deep branch', { a: 1, b: [[1]], c: [[[]]] }, 2, 'b[0]'],
  ])('%s', (_name, value, maxDepth, expected) => {
    expect(findTooDeepPath(value, maxDepth)).toBe(expected)
  })

  it('walks 1,000,000 levels without recursion', () => {
    let deep: unknown = []
    for (let level = 0; level < 1_000_000; level++) deep = [deep]
    expect(findTooDeepPath(deep, 64)).toBe(`${'[0]'.repeat(64)}`)
  })

  it('cuts long keys in the path', () => {
    const key = 'k'.repeat(10_000)
    expect(findTooDeepPath({ [key]: {} }, 1)).toBe(`${'k'.repeat(40)}…[9960 more]`)
  })

  it('stops at a cycle, as a body nested without end', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(findTooDeepPath(cyclic, 3)).toBe('self.self.self')
  })
})

describe('assertMaxDepth', () => {
  it(`accepts ${MAX_REQUEST_DEPTH} levels and rejects ${MAX_REQUEST_DEPTH + 1} with a 400 naming the field`, () => {
    // The body is level 1, `tools` 2, `tools[0]` 3, `function` 4, `parameters` 5.
    const body = (levels: number) => ({
      tools: [{ function: { parameters: nest(levels - 4) } }],
    })
    expect(() => assertMaxDepth(body(MAX_REQUEST_DEPTH))).not.toThrow()
    const error = thrown(() => assertMaxDepth(body(MAX_REQUEST_DEPTH + 1))) as ChatwireError
    expect(ChatwireError.isInstance(error)).toBe(true)
    expect(error.toJSON()).toMatchObject({
      kind: 'invalid_request',
      status: 400,
      code: 'nesting_too_deep',
      param: `tools[0].function.parameters${'.properties'.repeat(MAX_REQUEST_DEPTH - 4)}`,
    })
    expect(error.message).toMatch(
      /^Invalid 'tools\[0\]\.function\.parameters\.properties.*': nested deeper than 64 levels of objects and arrays$/,
    )
  })

  it('rejects tool parameters nested 5,000 deep, which overflow JSON.stringify', () => {
    const body = { tools: [{ function: { parameters: nest(5_000) } }] }
    expect(ChatwireError.isInstance(thrown(() => assertMaxDepth(body)))).toBe(true)
  })

  it('takes the kind and status from the options', () => {
    const error = thrown(() =>
      assertMaxDepth(nest(3), 2, { kind: 'upstream', subject: 'upstream response' }),
    ) as ChatwireError
    expect(error.toJSON()).toMatchObject({
      kind: 'upstream',
      status: 502,
      param: 'properties.properties',
    })
  })
})
