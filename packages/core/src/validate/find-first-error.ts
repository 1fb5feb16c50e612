import type { TSchema } from '@sinclair/typebox'
import { compileSchemaNode } from './compile-schema-node'
import { formatSchemaErrorMessage } from './format-schema-error-message'
import type { SchemaError, SchemaNode } from './schema-error'

const compiled = new WeakMap<TSchema, SchemaNode>()

/** The schema's compiled node, compiled on first use. */
export function nodeOf(schema: TSchema): SchemaNode {
  const cached = compiled.get(schema)
  if (cached) return cached
  const node = compileSchemaNode(schema)
  compiled.set(schema, node)
  return node
}

/**
 * The first problem TypeBox's `Value.Errors(schema, value)` would yield: same type, path, value
 * and message. Not for the hot path: called once a check has failed.
 */
export function findFirstError(schema: TSchema, value: unknown): SchemaError | undefined {
  const found = nodeOf(schema)(value, true)
  if (found === undefined || found === true) return undefined
  found.message = formatSchemaErrorMessage(found.type, found.schema as Record<string, unknown>)
  return found
}
