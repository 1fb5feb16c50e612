// chatwire's schemas are built with these, imported as a namespace (`Type.String()`, as with
// TypeBox): a drop-in for TypeBox's `Type` limited to the JSON builders they use, building the
// very same schema objects (json-type.test.ts compares them key by key, symbols included).
// TypeBox's `Type` is one object holding all ~80 builders, so importing it put ~46 KB minified
// (template literals, mapped and conditional types…) into every browser bundle; as separate
// exports these are about 1 KB, each call minified to a short name, and unused ones dropped.
import {
  type JsonTypeBuilder,
  Kind,
  type ObjectOptions,
  OptionalKind,
  type TOptionalWithFlag,
  type TRecordOrObject,
  type TSchema,
  type TString,
} from '@sinclair/typebox'

type Options = Record<string, unknown> | undefined
type Builder<Name extends keyof JsonTypeBuilder> = JsonTypeBuilder[Name]

/** TypeBox's `CreateType` in its default instance mode: the options first, then the schema. */
const create = (schema: object, options: Options): never =>
  (options === undefined ? schema : { ...options, ...schema }) as never

const scalar =
  (kind: string, type?: string) =>
  (options?: Options): never =>
    create(type === undefined ? { [Kind]: kind } : { [Kind]: kind, type }, options)

const arrayOf: Builder<'Array'> = (items: TSchema, options?: Options) =>
  create({ [Kind]: 'Array', type: 'array', items }, options)

const literal: Builder<'Literal'> = (value: unknown, options?: Options) =>
  create({ [Kind]: 'Literal', const: value, type: typeof value }, options)

const objectOf: Builder<'Object'> = (properties: Record<string, TSchema>, options?: Options) => {
  const required = Object.keys(properties).filter(
    (key) => properties[key]?.[OptionalKind] !== 'Optional',
  )
  const schema =
    required.length > 0
      ? { [Kind]: 'Object', type: 'object', required, properties }
      : { [Kind]: 'Object', type: 'object', properties }
  return create(schema, options)
}

const optional = <T extends TSchema>(schema: T): TOptionalWithFlag<T, true> =>
  ({ ...schema, [OptionalKind]: 'Optional' }) as never

/** `Type.Record(Type.String(), value)`: string keys only (TypeBox would build an Object else). */
function record<Value extends TSchema>(
  key: TString,
  value: Value,
  options: ObjectOptions = {},
): TRecordOrObject<TString, Value> {
  if (key[Kind] !== 'String') throw new TypeError('Type.Record: only string keys are supported')
  const pattern = typeof key.pattern === 'string' ? key.pattern : '^(.*)$'
  return create(
    { [Kind]: 'Record', type: 'object', patternProperties: { [pattern]: value } },
    options,
  )
}

const union: Builder<'Union'> = (types: TSchema[], options?: Options) =>
  types.length === 0
    ? create({ [Kind]: 'Never', not: {} }, options)
    : types.length === 1
      ? create(types[0] as TSchema, options)
      : create({ [Kind]: 'Union', anyOf: types }, options)

const booleanType: Builder<'Boolean'> = scalar('Boolean', 'boolean')
const integerType: Builder<'Integer'> = scalar('Integer', 'integer')
const nullType: Builder<'Null'> = scalar('Null', 'null')
const numberType: Builder<'Number'> = scalar('Number', 'number')
const stringType: Builder<'String'> = scalar('String', 'string')
const unknownType: Builder<'Unknown'> = scalar('Unknown')

// Exported under TypeBox's names (`Type.String`), which are also globals' names: hence the aliases.
export {
  arrayOf as Array,
  booleanType as Boolean,
  integerType as Integer,
  literal as Literal,
  nullType as Null,
  numberType as Number,
  objectOf as Object,
  optional as Optional,
  record as Record,
  stringType as String,
  union as Union,
  unknownType as Unknown,
}
