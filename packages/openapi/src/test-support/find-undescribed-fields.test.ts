import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { findUndescribedFields } from './find-undescribed-fields'

const text = (description?: string) => Type.String(description ? { description } : {})
const Named = Type.Object({ id: text() }, { $id: 'Named', description: 'A named schema.' })
const byId = (ref: string) => (ref === 'Named' ? Named : undefined)

describe('findUndescribedFields', () => {
  it.each([
    ['a described field', Type.Object({ a: text('A.') }), []],
    ['an undescribed field', Type.Object({ a: text(), b: text('B.') }), ['a']],
    [
      'a nested object',
      Type.Object({ a: Type.Object({ b: text() }, { description: 'A.' }) }),
      ['a.b'],
    ],
    [
      'array items',
      Type.Object({ a: Type.Array(Type.Object({ b: text() }), { description: 'A.' }) }),
      ['a[].b'],
    ],
    [
      'a nullable field described on its non-null member',
      Type.Object({ a: Type.Union([text('A.'), Type.Null()]) }),
      [],
    ],
    [
      'a union with one undescribed member',
      Type.Object({ a: Type.Union([text('A.'), Type.Number()]) }),
      ['a'],
    ],
    [
      'the members of a union of objects',
      Type.Union([Type.Object({ a: text('A.') }), Type.Object({ b: text() })]),
      ['b'],
    ],
    [
      'an intersection',
      Type.Intersect([Type.Object({ a: text() }), Type.Object({ b: text('B.') })]),
      ['a'],
    ],
    [
      'record values',
      Type.Object({
        a: Type.Record(Type.String(), Type.Object({ b: text() }), { description: 'A.' }),
      }),
      ['a.*.b'],
    ],
    [
      'a $ref: described by its target, walked into',
      Type.Object({ a: Type.Ref('Named') }),
      ['a.id'],
    ],
    [
      'a field described at the $ref site',
      Type.Object({ a: Type.Unsafe({ $ref: 'Named', description: 'A.' }) }),
      ['a.id'],
    ],
  ])('%s', (_title, schema, expected) => {
    expect(findUndescribedFields(schema, byId)).toEqual(expected)
  })

  it('follows a recursive $ref once', () => {
    const Tree = Type.Object(
      { children: Type.Array(Type.Ref('Tree')), label: text() },
      { $id: 'Tree' },
    )
    expect(findUndescribedFields(Tree, () => Tree)).toEqual(['children', 'label'])
  })

  it('refuses a $ref it cannot resolve', () => {
    expect(() => findUndescribedFields(Type.Object({ a: Type.Ref('Nowhere') }), byId)).toThrow(
      'Unresolved $ref Nowhere',
    )
  })
})
