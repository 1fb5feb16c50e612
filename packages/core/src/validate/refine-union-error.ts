import type { TSchema } from '@sinclair/typebox'
import { findDiscriminatorError } from './find-discriminator-error'
import type { FindFirstError, SchemaError } from './schema-error'

/** An object member whose literal-typed keys (`type`, `role`) all match the value: the one meant. */
function matchesLiterals(member: TSchema, value: unknown): boolean {
  if (member.type !== 'object' || typeof value !== 'object' || value === null) return false
  const literals = Object.entries((member.properties ?? {}) as Record<string, TSchema>).filter(
    ([, property]) => property.const !== undefined,
  )
  return (
    literals.length > 0 &&
    literals.every(([key, property]) => (value as Record<string, unknown>)[key] === property.const)
  )
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/**
 * TypeBox reports a failed union as a whole ("Expected union value"). For the common
 * `T | null` (and any union where only one member fits the value's JSON type) re-check
 * against that member, so the problem names the real reason: a type, a range, a missing key.
 */
export function refineUnionError(
  error: SchemaError | undefined,
  findFirst: FindFirstError,
): SchemaError | undefined {
  let current = error
  for (let depth = 0; current && current.type === 'Union' && depth < 8; depth++) {
    const members = (current.schema.anyOf ?? []) as TSchema[]
    const value = current.value
    const candidates = members.filter((member) => member.type !== 'null' || value === null)
    const sameType = candidates.filter((member) => member.type === jsonTypeOf(value))
    const tagged = sameType.filter((member) => matchesLiterals(member, value))
    const member = [tagged, sameType, candidates].find((list) => list.length === 1)?.[0]
    if (!member) return findDiscriminatorError(candidates, current) ?? current
    const inner = findFirst(member, value)
    if (!inner) return current
    current = { ...inner, path: `${current.path}${inner.path}` }
  }
  return current
}
