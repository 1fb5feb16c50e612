import { ChatMessage, ChatRequest, TextPart } from '@chatwire/core'
import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { createSchemaRegistry } from './create-schema-registry'

const toRef = (id: string) => `#/components/schemas/${id}`

describe('createSchemaRegistry', () => {
  it('replaces a named schema by a $ref and hoists its named sub-schemas', () => {
    const registry = createSchemaRegistry(toRef)
    expect(registry.use(ChatRequest)).toEqual({ $ref: '#/components/schemas/ChatRequest' })
    const definitions = registry.definitions()
    expect(Object.keys(definitions)).toEqual(expect.arrayContaining(['ChatMessage', 'TextPart']))
    expect(definitions.ChatRequest?.properties).toMatchObject({
      messages: { type: 'array', items: { $ref: '#/components/schemas/ChatMessage' } },
    })
    expect(JSON.stringify(definitions)).not.toContain('"$id"')
  })

  it('sorts definitions by id and gives the same output whatever the registration order', () => {
    const first = createSchemaRegistry(toRef)
    first.use(TextPart)
    first.use(ChatRequest)
    const second = createSchemaRegistry(toRef)
    second.use(ChatRequest)
    second.use(ChatMessage)
    const keys = Object.keys(first.definitions())
    expect(keys).toEqual([...keys].sort())
    expect(JSON.stringify(second.definitions())).toBe(JSON.stringify(first.definitions()))
  })

  it('inlines an anonymous schema and keeps data keywords as data', () => {
    const registry = createSchemaRegistry(toRef)
    const schema = Type.Object(
      { part: TextPart },
      { examples: [{ part: { $id: 'NotASchema', type: 'text', text: 'hi' } }] },
    )
    const inline = registry.use(schema) as Record<string, unknown>
    expect(inline.properties).toEqual({ part: { $ref: '#/components/schemas/TextPart' } })
    expect(inline.examples).toEqual([{ part: { $id: 'NotASchema', type: 'text', text: 'hi' } }])
    expect(Object.keys(registry.definitions())).toEqual(['TextPart'])
  })

  it('rejects two different schemas under one $id', () => {
    const registry = createSchemaRegistry(toRef)
    registry.use(Type.Object({ a: Type.String() }, { $id: 'Clash' }))
    expect(() => registry.use(Type.Object({ b: Type.String() }, { $id: 'Clash' }))).toThrow(
      'Two different schemas share the $id "Clash"',
    )
  })

  it('accepts the same schema built twice under one $id', () => {
    const registry = createSchemaRegistry(toRef)
    registry.use(Type.Object({ a: Type.String() }, { $id: 'Twice' }))
    registry.use(Type.Object({ a: Type.String() }, { $id: 'Twice' }))
    expect(Object.keys(registry.definitions())).toEqual(['Twice'])
  })

  it('rewrites Type.Ref ids and fails on a dangling one', () => {
    const registry = createSchemaRegistry(toRef)
    registry.use(Type.Object({ part: Type.Ref('TextPart') }, { $id: 'UsesRef' }))
    expect(() => registry.definitions()).toThrow('$ref "TextPart" names no schema')
    registry.use(TextPart)
    expect(registry.definitions().UsesRef?.properties).toEqual({
      part: { $ref: '#/components/schemas/TextPart' },
    })
  })

  it('refers a self-containing schema to itself instead of recursing forever', () => {
    const node: Record<string, unknown> = { $id: 'Node', type: 'object', properties: {} }
    ;(node.properties as Record<string, unknown>).next = node
    const registry = createSchemaRegistry(toRef)
    registry.use(node)
    expect(registry.definitions()).toEqual({
      Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
    })
  })

  it('writes tuples the 2020-12 way', () => {
    const registry = createSchemaRegistry(toRef)
    const inline = registry.use(Type.Tuple([Type.String(), Type.Number()]))
    expect(inline).toEqual({
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      items: false,
      minItems: 2,
      maxItems: 2,
    })
  })
})
