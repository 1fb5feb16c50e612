// Test-only oracle: validation on TypeBox's compiler and `Value.Errors`, as chatwire did before it
// read schemas itself. Never imported by the library (it would put ~115 KB back into every
// bundle, which the bundle budget test catches): differential tests hold `compileSchema` to it.
import type { Static, TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ValueErrorType } from '@sinclair/typebox/errors'
import { Value } from '@sinclair/typebox/value'
import { createValidator, type Validator } from './create-validator'
import type { SchemaError, SchemaErrorType } from './schema-error'

/** TypeBox's own first error, in {@link SchemaError} form. */
export function findFirstErrorWithTypeBox(
  schema: TSchema,
  value: unknown,
): SchemaError | undefined {
  const first = Value.Errors(schema, value).First()
  if (!first) return undefined
  const { schema: at, path, message } = first
  return {
    type: ValueErrorType[first.type] as SchemaErrorType,
    schema: at,
    path,
    value: first.value,
    message,
  }
}

/** `compileSchema` with TypeBox's compiled check and TypeBox's errors: the reference answers. */
export function compileSchemaWithTypeBox<T extends TSchema>(schema: T): Validator<Static<T>> {
  const compiled = TypeCompiler.Compile(schema)
  return createValidator(schema, (value) => compiled.Check(value), findFirstErrorWithTypeBox)
}
