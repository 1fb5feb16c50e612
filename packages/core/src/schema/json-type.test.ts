import { Type as TypeBox } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import * as Type from './json-type'

/** Every own key in order, symbols included (`toEqual` ignores symbol keys and key order). */
function shapeOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(shapeOf)
  return Reflect.ownKeys(value).map((key) => [
    String(key),
    shapeOf((value as Record<PropertyKey, unknown>)[key]),
  ])
}

const options = { description: 'the field', default: 1, $id: 'Id', examples: ['x'] }
// Each row builds a schema twice: with chatwire's builders (T) and with TypeBox's (B).
type Builders = typeof Type
const rows: [string, (T: Builders) => unknown][] = [
  ['String', (T) => T.String()],
  [
    'String with bounds',
    (T) => T.String({ minLength: 1, maxLength: 64, pattern: '^a', ...options }),
  ],
  ['Number', (T) => T.Number({ minimum: 0, exclusiveMinimum: 0, maximum: 2, ...options })],
  ['Integer', (T) => T.Integer({ minimum: -100, maximum: 100 })],
  ['Boolean', (T) => T.Boolean(options)],
  ['Null', (T) => T.Null({ description: 'none' })],
  ['Unknown', (T) => T.Unknown({ description: 'anything' })],
  ['Literal string', (T) => T.Literal('user', options)],
  ['Literal number', (T) => T.Literal(3)],
  ['Literal boolean', (T) => T.Literal(true)],
  ['Array', (T) => T.Array(T.String(), { minItems: 1, maxItems: 4, ...options })],
  ['Optional', (T) => T.Optional(T.String({ description: 'maybe' }))],
  [
    'Object with required and optional keys',
    (T) =>
      T.Object(
        { a: T.String(), b: T.Optional(T.Integer()), 'c/d': T.Unknown() },
        { additionalProperties: false, ...options },
      ),
  ],
  ['Object of optional keys only', (T) => T.Object({ a: T.Optional(T.String()) })],
  ['empty Object', (T) => T.Object({})],
  ['Union', (T) => T.Union([T.String(), T.Null()], options)],
  ['Union of one', (T) => T.Union([T.Literal('x')], { description: 'one' })],
  ['Union of one without options', (T) => T.Union([T.Literal('x')])],
  ['Union of none', (T) => T.Union([])],
  ['Record', (T) => T.Record(T.String(), T.Unknown())],
  [
    'Record with options',
    (T) => T.Record(T.String(), T.Number(), { minProperties: 1, ...options }),
  ],
  ['Record with a key pattern', (T) => T.Record(T.String({ pattern: '^x-' }), T.String())],
  [
    'Optional nullable Union in an Object',
    (T) => T.Object({ n: T.Optional(T.Union([T.Integer({ minimum: 1 }), T.Null()])) }),
  ],
]

describe('Type (chatwire’s JSON builders)', () => {
  it.each(rows)('%s: builds the schema TypeBox builds, key for key', (_name, build) => {
    expect(shapeOf(build(Type))).toEqual(shapeOf(build(TypeBox as unknown as Builders)))
  })

  it('returns the one member of a one-member Union itself, as TypeBox does', () => {
    const member = Type.Literal('x')
    expect(Type.Union([member])).toBe(member)
    expect(TypeBox.Union([member])).toBe(member)
  })

  it('refuses a Record key that is not a string (TypeBox would build an Object)', () => {
    expect(() => Type.Record(Type.Number() as never, Type.String())).toThrow(/only string keys/)
  })
})
