// The only module that imports TypeBox's compiler and value checker, so a move to TypeBox 1.x stays local.
import type { Static, TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { Value } from '@sinclair/typebox/value'
import { toFieldPath } from './to-field-path'

export interface FieldProblem {
  /** Field path in vendor style, e.g. `messages[0].content`; `''` for the root. */
  path: string
  message: string
  value: unknown
}

export interface Validator<T> {
  readonly schema: TSchema
  check(value: unknown): value is T
  /** The first problem, or `undefined` when valid. Call only after `check` failed: it is slow. */
  firstProblem(value: unknown): FieldProblem | undefined
}

/**
 * Compiles once, at module scope of the caller. Falls back to `Value.Check` where code
 * generation is forbidden (CSP-restricted edge runtimes).
 */
export function compileSchema<T extends TSchema>(schema: T): Validator<Static<T>> {
  let check: (value: unknown) => boolean
  try {
    const compiled = TypeCompiler.Compile(schema)
    check = (value) => compiled.Check(value)
  } catch {
    check = (value) => Value.Check(schema, value)
  }
  return {
    schema,
    check: check as (value: unknown) => value is Static<T>,
    firstProblem(value) {
      const first = Value.Errors(schema, value).First()
      if (!first) return undefined
      return { path: toFieldPath(first.path), message: first.message, value: first.value }
    },
  }
}
