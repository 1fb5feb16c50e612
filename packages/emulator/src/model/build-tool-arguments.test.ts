import { describe, expect, it } from 'vitest'
import { buildToolArguments } from './build-tool-arguments'

describe('buildToolArguments', () => {
  it.each([
    [undefined, {}],
    [{ type: 'object' }, {}],
    [
      {
        type: 'object',
        properties: {
          location: { type: 'string' },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
          days: { type: 'integer', minimum: 3 },
          precise: { type: 'boolean' },
          tags: { type: 'array', items: { type: 'string' } },
          fixed: { const: 'x' },
          nullable: { type: ['null', 'number'] },
          nested: { properties: { id: { type: 'string' } } },
        },
      },
      {
        location: 'sample location',
        unit: 'celsius',
        days: 3,
        precise: true,
        tags: ['sample tags'],
        fixed: 'x',
        nullable: 1,
        nested: { id: 'sample id' },
      },
    ],
  ])('%j', (parameters, expected) => {
    expect(JSON.parse(buildToolArguments(parameters))).toEqual(expected)
  })

  it('stops recursing in self-similar schemas', () => {
    const deep: Record<string, unknown> = { type: 'object', properties: {} }
    let level = deep
    for (let depth = 0; depth < 10; depth++) {
      const next = { type: 'object', properties: {} }
      ;(level.properties as Record<string, unknown>).child = next
      level = next
    }
    expect(buildToolArguments(deep)).toBe('{"child":{"child":{"child":{"child":{"child":{}}}}}}')
  })
})
