// Validation without TypeBox's compiler, errors and value modules (~115 KB minified, most of a
// browser bundle): `compileSchemaNode` reads the schema objects themselves, and a
// differential test (tests/bundle) holds them to TypeBox's verdicts and first errors.
//
// The parts, one job each: `compile-schema-node` dispatches on the TypeBox kind to one compiler
// per keyword family (`compile-{number,string,array,object,record}-node`, the keywords objects and
// records share in `compile-object-keywords`); `find-first-error` reports as `Value.Errors` in
// TypeBox's words (`format-schema-error-message`); `refine-union-error` (with
// `find-discriminator-error`) looks inside failed unions; `to-field-problem` turns the error into
// the `FieldProblem` dialects phrase; `create-validator` puts a check and a finder together.
import type { Static, TSchema } from '@sinclair/typebox'
import { createValidator, type Validator } from './create-validator'
import { findFirstError, nodeOf } from './find-first-error'

/**
 * Compiles once, at module scope of the caller. Generates no code (runs where `eval` is
 * forbidden, as on CSP-restricted edge runtimes). Supports the JSON kinds of chatwire's schemas
 * (see `compileSchemaNode`); any other kind or keyword throws here.
 */
export function compileSchema<T extends TSchema>(schema: T): Validator<Static<T>> {
  const node = nodeOf(schema)
  return createValidator(schema, (value) => node(value, false) === undefined, findFirstError)
}
