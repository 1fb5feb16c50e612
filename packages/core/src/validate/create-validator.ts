import type { TSchema } from '@sinclair/typebox'
import { refineUnionError } from './refine-union-error'
import type { FindFirstError } from './schema-error'
import { type FieldProblem, toFieldProblem } from './to-field-problem'

export interface Validator<T> {
  readonly schema: TSchema
  check(value: unknown): value is T
  /** The first problem, or `undefined` when valid. Call only after `check` failed: it is slow. */
  firstProblem(value: unknown): FieldProblem | undefined
}

/**
 * A validator from a check and a first-problem finder. Internal: `compileSchema` passes
 * chatwire's own; the differential tests pass TypeBox's to get the reference answers.
 */
export function createValidator<T>(
  schema: TSchema,
  check: (value: unknown) => boolean,
  findFirst: FindFirstError,
): Validator<T> {
  return {
    schema,
    check: check as (value: unknown) => value is T,
    firstProblem(value) {
      const first = refineUnionError(findFirst(schema, value), findFirst)
      return first && toFieldProblem(first)
    },
  }
}
