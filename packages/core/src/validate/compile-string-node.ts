import { fail, type SchemaNode, type SchemaObject } from './schema-error'

/** `string` with `minLength`, `maxLength` and `pattern`, checked in TypeBox's order. */
export function compileStringNode(schema: SchemaObject): SchemaNode {
  const { minLength, maxLength } = schema as { minLength?: number; maxLength?: number }
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined
  return (value, report) =>
    typeof value !== 'string'
      ? fail('String', schema, value, report)
      : minLength !== undefined && !(value.length >= minLength)
        ? fail('StringMinLength', schema, value, report)
        : maxLength !== undefined && !(value.length <= maxLength)
          ? fail('StringMaxLength', schema, value, report)
          : pattern !== undefined && !pattern.test(value)
            ? fail('StringPattern', schema, value, report)
            : undefined
}
