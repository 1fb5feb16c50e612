import type { TSchema } from '@sinclair/typebox'
import type { SchemaError } from './schema-error'

// A synthetic problem only needs the JSON type it expected, for the message.
const jsonType = (type: string | undefined) => ({ type }) as unknown as TSchema

/**
 * A union of objects told apart by one literal key (`role`, `type`) that no member matched:
 * the problem is that key (missing, not a string, or not a supported value), or a value that
 * is not an object at all.
 */
export function findDiscriminatorError(
  members: TSchema[],
  error: SchemaError,
): SchemaError | undefined {
  if (members.length < 2 || !members.every((member) => member.type === 'object')) return undefined
  const value = error.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ...error,
      type: 'Object',
      schema: jsonType('object'),
      message: 'Expected object',
    }
  }
  const propertiesOf = (member: TSchema) => (member.properties ?? {}) as Record<string, TSchema>
  const key = Object.keys(propertiesOf(members[0]!)).find((name) =>
    members.every((member) => propertiesOf(member)[name]?.const !== undefined),
  )
  if (key === undefined) return undefined
  const tag = (value as Record<string, unknown>)[key]
  const path = `${error.path}/${key}`
  if (tag === undefined) {
    return {
      ...error,
      type: 'ObjectRequiredProperty',
      path,
      value: tag,
      message: 'Required property',
    }
  }
  if (typeof tag !== 'string') {
    return {
      ...error,
      type: 'String',
      path,
      value: tag,
      schema: jsonType('string'),
      message: 'Expected string',
    }
  }
  const supported = members.map((member) => `'${propertiesOf(member)[key]!.const}'`)
  return {
    ...error,
    type: 'Literal',
    path,
    value: tag,
    schema: jsonType(undefined),
    message: `Supported values are: ${supported.join(', ')}`,
  }
}
