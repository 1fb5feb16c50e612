import type { TLiteral, TSchema, TUnion } from '@sinclair/typebox'
import * as Type from './json-type'

/** A JSON object whose keys are not constrained (tool parameters, JSON Schemas, vendor bags). */
export const JsonObject = Type.Record(Type.String(), Type.Unknown())

/** A string enum as a union of literals (JSON Schema `anyOf` of `const`s). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; $id?: string } = {},
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as TUnion<TLiteral<T[number]>[]>
}

/** Wire "may be absent or null": for tolerant schemas of what upstreams send. */
export const Nullish = <T extends TSchema>(schema: T) =>
  Type.Optional(Type.Union([schema, Type.Null()]))
